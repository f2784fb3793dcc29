# Ms. Pac-Man auxiliary board: a homebrew test (tests/roms/mspacman, see its
# README) encoded into MAME 0.251's `mspacman` file names and sizes, so that
# ${CMAKE_BINARY_DIR}/roms/auxboard is a rompath for `mspacman`; and the
# ctest comparing Cabinet's frames with MAME's (tests/refs/mspacman).
# Needs Debian's z80asm or pasmo (the test skips without the set).
set(MSPAC_SRC ${CMAKE_CURRENT_LIST_DIR}/mspacman)
set(PACMAN_SRC_FOR_MSPAC ${CMAKE_CURRENT_LIST_DIR}/pacman)

find_program(CABINET_Z80ASM NAMES z80asm)
find_program(CABINET_PASMO NAMES pasmo)
if(CABINET_Z80ASM OR CABINET_PASMO)
  add_executable(mspacman_encode ${MSPAC_SRC}/encode.c)
  set_target_properties(mspacman_encode PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
  set(_dir ${CMAKE_BINARY_DIR}/roms/auxboard/mspacman)
  set(_bin ${CMAKE_BINARY_DIR}/roms/tools/mspacman_auxboard.bin)
  set(_prg ${_dir}/pacman.6e ${_dir}/pacman.6f ${_dir}/pacman.6h ${_dir}/pacman.6j ${_dir}/u5 ${_dir}/u6 ${_dir}/u7)
  set(_gfx ${_dir}/5e ${_dir}/5f)
  set(_prom ${_dir}/82s123.7f ${_dir}/82s126.4a ${_dir}/82s126.1m ${_dir}/82s126.3m)
  if(CABINET_Z80ASM)
    set(_asm_cmd ${CABINET_Z80ASM} -I ${PACMAN_SRC_FOR_MSPAC} -o ${_bin} ${MSPAC_SRC}/auxboard.asm)
  else()
    set(_asm_cmd ${CABINET_PASMO} -I ${PACMAN_SRC_FOR_MSPAC} --bin ${MSPAC_SRC}/auxboard.asm ${_bin})
  endif()
  # graphics and PROMs: the Pac-Man test sets' generator (roms_tests.cmake)
  add_custom_command(
    OUTPUT ${_prg} ${_gfx} ${_prom}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
    COMMAND ${_asm_cmd}
    COMMAND mspacman_encode ${_bin} ${_prg}
    COMMAND pacman_romgen gfx ${_gfx}
    COMMAND pacman_romgen proms ${_prom}
    DEPENDS ${MSPAC_SRC}/auxboard.asm ${PACMAN_SRC_FOR_MSPAC}/common.asm ${PACMAN_SRC_FOR_MSPAC}/tail.asm
            mspacman_encode pacman_romgen
    COMMENT "Ms. Pac-Man test ROM set: roms/auxboard/mspacman"
    VERBATIM)
  add_custom_target(mspacman_test_roms ALL DEPENDS ${_prg} ${_gfx} ${_prom})
endif()

if(TARGET cabinet)
  add_test(NAME mspacman_frames_auxboard
    COMMAND ${CMAKE_SOURCE_DIR}/tests/emu/pacman_run.sh frames $<TARGET_FILE:cabinet> $<TARGET_FILE:frame_compare>
            ${CMAKE_BINARY_DIR}/roms ${CMAKE_SOURCE_DIR}/tests/refs/mspacman auxboard
            ${CMAKE_BINARY_DIR}/mspacman_tests/auxboard mspacman)
  set_tests_properties(mspacman_frames_auxboard PROPERTIES LABELS pacman SKIP_RETURN_CODE 77)
endif()
