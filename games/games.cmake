# Cabinet's bundled homebrew games, built from source with the rest of the
# project. Included from tests/roms/cabpac_tests.cmake (so the tests glob picks
# it up) or from the top CMakeLists.txt; the guard makes either order safe.
include_guard(GLOBAL)

# ---- cabpac: "Viper", a snake game for the Namco Pac-Man board ----
# Output: ${CMAKE_BINARY_DIR}/roms/cabpac/<10 files>, so ${CMAKE_BINARY_DIR}/roms
# is a rompath for `cabpac`. Needs Debian's z80asm or pasmo (identical bytes).
set(CABPAC_SRC ${CMAKE_CURRENT_LIST_DIR}/cabpac)
set(CABPAC_DIR ${CMAKE_BINARY_DIR}/roms/cabpac)

find_program(CABINET_Z80ASM NAMES z80asm)
find_program(CABINET_PASMO NAMES pasmo)
if(NOT CABINET_Z80ASM AND NOT CABINET_PASMO)
  message(WARNING "Neither z80asm nor pasmo found: the bundled game cabpac will not be built")
  return()
endif()

include(${CMAKE_SOURCE_DIR}/tools/romtool/romtool.cmake)
add_executable(cabpac_gfx ${CABPAC_SRC}/gfx.c)
target_link_libraries(cabpac_gfx cabinet_romtool)
set_target_properties(cabpac_gfx PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

set(_cabpac_bin ${CMAKE_BINARY_DIR}/roms/tools/cabpac.bin)
set(_cabpac_prg ${CABPAC_DIR}/cabpac.6e ${CABPAC_DIR}/cabpac.6f ${CABPAC_DIR}/cabpac.6h ${CABPAC_DIR}/cabpac.6j)
set(_cabpac_gfx ${CABPAC_DIR}/cabpac.5e ${CABPAC_DIR}/cabpac.5f)
set(_cabpac_prom ${CABPAC_DIR}/cabpac.7f ${CABPAC_DIR}/cabpac.4a ${CABPAC_DIR}/cabpac.1m ${CABPAC_DIR}/cabpac.3m)
if(CABINET_Z80ASM)
  set(_cabpac_asm ${CABINET_Z80ASM} -o ${_cabpac_bin} ${CABPAC_SRC}/cabpac.asm)
else()
  set(_cabpac_asm ${CABINET_PASMO} --bin ${CABPAC_SRC}/cabpac.asm ${_cabpac_bin})
endif()
add_custom_command(
  OUTPUT ${_cabpac_prg} ${_cabpac_gfx} ${_cabpac_prom}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CABPAC_DIR}
  COMMAND ${_cabpac_asm}
  COMMAND cabpac_gfx split ${_cabpac_bin} 4096 ${_cabpac_prg}
  COMMAND cabpac_gfx gfx ${_cabpac_gfx}
  COMMAND cabpac_gfx proms ${_cabpac_prom}
  DEPENDS ${CABPAC_SRC}/cabpac.asm cabpac_gfx
  COMMENT "Bundled game: roms/cabpac"
  VERBATIM)
add_custom_target(cabpac_roms ALL DEPENDS ${_cabpac_prg} ${_cabpac_gfx} ${_cabpac_prom})

# The game running in the emulator (skips with 77 until `cabpac` is registered).
if(TARGET cabinet)
  add_test(NAME cabpac_game
    COMMAND sh ${CABPAC_SRC}/test_cabpac.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            ${CMAKE_BINARY_DIR}/test-out/cabpac ${CABPAC_SRC}/attract.inp)
  set_tests_properties(cabpac_game PROPERTIES SKIP_RETURN_CODE 77 LABELS "games;pacman")
endif()

# hash/cabpac.xml must describe the files this build produces (deterministic).
add_test(NAME cabpac_hash
  COMMAND sh ${CABPAC_SRC}/mkhash.sh ${CABPAC_DIR} ${CMAKE_SOURCE_DIR}/hash/cabpac.xml)
set_tests_properties(cabpac_hash PROPERTIES LABELS "games")
