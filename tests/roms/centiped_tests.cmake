# Cabinet's Centipede test set (sources in tests/roms/centiped): builds
# ${CMAKE_BINARY_DIR}/roms/centiped_test/centiped/ with the seven files of
# MAME's `centiped` set (real names and sizes), so that
# ${CMAKE_BINARY_DIR}/roms/centiped_test is a rompath for `centiped`; and the
# tests comparing Cabinet with MAME 0.251's frames and audio of that set
# (tests/refs/centiped, made by tools/mame_refs_centiped.sh).
find_program(CABINET_XA NAMES xa xa65)
if(NOT CABINET_XA)
  message(WARNING "xa (xa65) not found: the Centipede test set and its tests are skipped")
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)

set(_cent_src ${CMAKE_CURRENT_LIST_DIR}/centiped)
set(_cent_dir ${CMAKE_BINARY_DIR}/roms/centiped_test/centiped)
set(_cent_bin ${CMAKE_BINARY_DIR}/roms/tools/centiped_test.bin)
include(${CMAKE_SOURCE_DIR}/tools/romtool/romtool.cmake)
add_executable(centiped_romgen ${_cent_src}/romgen.c)
target_link_libraries(centiped_romgen cabinet_romtool)
set_target_properties(centiped_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
set(_cent_prg ${_cent_dir}/136001-407.d1 ${_cent_dir}/136001-408.e1 ${_cent_dir}/136001-409.fh1 ${_cent_dir}/136001-410.j1)
set(_cent_gfx ${_cent_dir}/136001-211.f7 ${_cent_dir}/136001-212.hj7)
set(_cent_prom ${_cent_dir}/136001-213.p4)
add_custom_command(
  OUTPUT ${_cent_prg} ${_cent_gfx} ${_cent_prom}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_cent_dir} ${CMAKE_BINARY_DIR}/roms/tools
  COMMAND ${CABINET_XA} -o ${_cent_bin} ${_cent_src}/test.s
  COMMAND centiped_romgen split ${_cent_bin} 2048 ${_cent_prg}
  COMMAND centiped_romgen gfx ${_cent_gfx}
  COMMAND centiped_romgen prom ${_cent_prom}
  DEPENDS ${_cent_src}/test.s centiped_romgen
  COMMENT "Centipede test ROM set: roms/centiped_test/centiped"
  VERBATIM)
add_custom_target(centiped_test_roms ALL DEPENDS ${_cent_prg} ${_cent_gfx} ${_cent_prom})

# The mid-frame program (midframe.s: sprites, playfield and palette rewritten at each of the four IRQs
# of a frame) as a second set, roms/centiped_midframe/centiped, with the same graphics
set(_mid_dir ${CMAKE_BINARY_DIR}/roms/centiped_midframe/centiped)
set(_mid_bin ${CMAKE_BINARY_DIR}/roms/tools/centiped_midframe.bin)
set(_mid_prg ${_mid_dir}/136001-407.d1 ${_mid_dir}/136001-408.e1 ${_mid_dir}/136001-409.fh1 ${_mid_dir}/136001-410.j1)
set(_mid_gfx ${_mid_dir}/136001-211.f7 ${_mid_dir}/136001-212.hj7)
set(_mid_prom ${_mid_dir}/136001-213.p4)
add_custom_command(
  OUTPUT ${_mid_prg} ${_mid_gfx} ${_mid_prom}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_mid_dir} ${CMAKE_BINARY_DIR}/roms/tools
  COMMAND ${CABINET_XA} -o ${_mid_bin} ${_cent_src}/midframe.s
  COMMAND centiped_romgen split ${_mid_bin} 2048 ${_mid_prg}
  COMMAND centiped_romgen gfx ${_mid_gfx}
  COMMAND centiped_romgen prom ${_mid_prom}
  DEPENDS ${_cent_src}/midframe.s centiped_romgen
  COMMENT "Centipede mid-frame ROM set: roms/centiped_midframe/centiped"
  VERBATIM)
add_custom_target(centiped_midframe_roms ALL DEPENDS ${_mid_prg} ${_mid_gfx} ${_mid_prom})

if(TARGET cabinet AND Python3_FOUND)
  add_test(NAME centiped_vs_mame
    COMMAND ${Python3_EXECUTABLE} ${_cent_src}/check.py $<TARGET_FILE:cabinet>
            ${CMAKE_BINARY_DIR}/roms/centiped_test ${CMAKE_SOURCE_DIR}/tests/refs/centiped
            ${CMAKE_BINARY_DIR}/centiped_check $<TARGET_FILE:frame_compare>)
  set_tests_properties(centiped_vs_mame PROPERTIES LABELS roms SKIP_RETURN_CODE 77)
endif()

if(TARGET cabinet AND Python3_FOUND)
  # EAROM high-score memory saved on exit and read back by the next run
  add_test(NAME centiped_earom_nvram
    COMMAND ${Python3_EXECUTABLE} ${_cent_src}/earom_check.py $<TARGET_FILE:cabinet>
            ${CMAKE_BINARY_DIR}/roms/centiped_test ${CMAKE_BINARY_DIR}/centiped_earom)
  set_tests_properties(centiped_earom_nvram PROPERTIES LABELS roms)
endif()

if(TARGET cabinet AND Python3_FOUND)
  # sprites, playfield and palette rewritten between the four IRQs of a frame: MAME 0.251's partial
  # updates on the 16V timer (tests/refs/centiped_midframe, made by tools/mame_refs_centiped_midframe.sh)
  add_test(NAME centiped_midframe_vs_mame
    COMMAND ${Python3_EXECUTABLE} ${_cent_src}/midframe_check.py $<TARGET_FILE:cabinet>
            ${CMAKE_BINARY_DIR}/roms/centiped_midframe ${CMAKE_SOURCE_DIR}/tests/refs/centiped_midframe
            ${CMAKE_BINARY_DIR}/centiped_midframe_check $<TARGET_FILE:frame_compare>)
  set_tests_properties(centiped_midframe_vs_mame PROPERTIES LABELS roms SKIP_RETURN_CODE 77)
endif()
