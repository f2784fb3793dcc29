# Homebrew Pac-Man test ROM sets (sources in tests/roms/pacman, see its README).
# Builds, for each test program, ${CMAKE_BINARY_DIR}/roms/<program>/pacman/
# holding the ten files of MAME's `pacman` set with their real names and sizes,
# so that ${CMAKE_BINARY_DIR}/roms/<program> is a rompath for `pacman`.
# Needs Debian's z80asm or pasmo; without either the sets are skipped.
set(PACMAN_TESTROM_SRC ${CMAKE_CURRENT_LIST_DIR}/pacman)
set(PACMAN_TESTROM_PROGRAMS tiles sprites sound inputs watchdog)

find_program(CABINET_Z80ASM NAMES z80asm)
find_program(CABINET_PASMO NAMES pasmo)
if(NOT CABINET_Z80ASM AND NOT CABINET_PASMO)
  message(WARNING "Neither z80asm nor pasmo found: homebrew Pac-Man test ROM sets will not be built")
  return()
endif()

include(${CMAKE_SOURCE_DIR}/tools/romtool/romtool.cmake)
add_executable(pacman_romgen ${PACMAN_TESTROM_SRC}/romgen.c)
target_link_libraries(pacman_romgen cabinet_romtool)
set_target_properties(pacman_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

set(_pacman_asm_deps ${PACMAN_TESTROM_SRC}/common.asm ${PACMAN_TESTROM_SRC}/tail.asm)
set(_pacman_all_outputs)
foreach(prog ${PACMAN_TESTROM_PROGRAMS})
  set(_dir ${CMAKE_BINARY_DIR}/roms/${prog}/pacman)
  set(_bin ${CMAKE_BINARY_DIR}/roms/tools/pacman_${prog}.bin)
  set(_prg ${_dir}/pacman.6e ${_dir}/pacman.6f ${_dir}/pacman.6h ${_dir}/pacman.6j)
  set(_gfx ${_dir}/pacman.5e ${_dir}/pacman.5f)
  set(_prom ${_dir}/82s123.7f ${_dir}/82s126.4a ${_dir}/82s126.1m ${_dir}/82s126.3m)
  if(CABINET_Z80ASM)
    set(_asm_cmd ${CABINET_Z80ASM} -I ${PACMAN_TESTROM_SRC} -o ${_bin} ${PACMAN_TESTROM_SRC}/${prog}.asm)
  else()
    set(_asm_cmd ${CABINET_PASMO} -I ${PACMAN_TESTROM_SRC} --bin ${PACMAN_TESTROM_SRC}/${prog}.asm ${_bin})
  endif()
  add_custom_command(
    OUTPUT ${_prg} ${_gfx} ${_prom}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
    COMMAND ${_asm_cmd}
    COMMAND pacman_romgen split ${_bin} 4096 ${_prg}
    COMMAND pacman_romgen gfx ${_gfx}
    COMMAND pacman_romgen proms ${_prom}
    DEPENDS ${PACMAN_TESTROM_SRC}/${prog}.asm ${_pacman_asm_deps} pacman_romgen
    COMMENT "Pac-Man test ROM set: roms/${prog}/pacman"
    VERBATIM)
  list(APPEND _pacman_all_outputs ${_prg} ${_gfx} ${_prom})
endforeach()
add_custom_target(pacman_test_roms ALL DEPENDS ${_pacman_all_outputs})
