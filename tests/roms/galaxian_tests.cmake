# Homebrew Galaxian test set (sources in tests/roms/galaxian): builds
# ${CMAKE_BINARY_DIR}/roms/galaxian_test/galaxian/ holding the eight files of
# MAME's `galaxian` set with their real names and sizes (own program,
# graphics and PROM data), then compares Cabinet's frames with the MAME 0.251
# references in tests/refs/galaxian pixel for pixel, starfield included.
find_program(GALAXIAN_Z80ASM NAMES z80asm)
if(NOT GALAXIAN_Z80ASM)
  message(WARNING "z80asm not found: the Galaxian test set will not be built")
  return()
endif()

set(_gsrc ${CMAKE_CURRENT_LIST_DIR}/galaxian)
set(_gdir ${CMAKE_BINARY_DIR}/roms/galaxian_test/galaxian)
set(_gbin ${CMAKE_BINARY_DIR}/roms/tools/galaxian_test.bin)
include(${CMAKE_SOURCE_DIR}/tools/romtool/romtool.cmake)
add_executable(galaxian_galgen ${_gsrc}/galgen.c)
target_link_libraries(galaxian_galgen cabinet_romtool)
set_target_properties(galaxian_galgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
add_executable(galaxian_tone_check ${_gsrc}/tone_check.c)
target_link_libraries(galaxian_tone_check cabinet_core m)

set(_gprg ${_gdir}/galmidw.u ${_gdir}/galmidw.v ${_gdir}/galmidw.w ${_gdir}/galmidw.y ${_gdir}/7l)
add_custom_command(
  OUTPUT ${_gprg} ${_gdir}/1h.bin ${_gdir}/1k.bin ${_gdir}/6l.bpr
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_gdir} ${CMAKE_BINARY_DIR}/roms/tools
  COMMAND ${GALAXIAN_Z80ASM} -o ${_gbin} ${_gsrc}/galaxian_test.asm
  COMMAND galaxian_galgen split ${_gbin} 2048 ${_gprg}
  COMMAND galaxian_galgen gfx ${_gdir}/1h.bin ${_gdir}/1k.bin
  COMMAND galaxian_galgen prom ${_gdir}/6l.bpr
  DEPENDS ${_gsrc}/galaxian_test.asm galaxian_galgen
  COMMENT "Galaxian test ROM set: roms/galaxian_test/galaxian"
  VERBATIM)
add_custom_target(galaxian_test_roms ALL DEPENDS ${_gprg} ${_gdir}/1h.bin ${_gdir}/1k.bin ${_gdir}/6l.bpr)

# the mid-frame program (galaxian_midframe.asm), same graphics and PROM
set(_mdir ${CMAKE_BINARY_DIR}/roms/galaxian_midframe/galaxian)
set(_mbin ${CMAKE_BINARY_DIR}/roms/tools/galaxian_midframe.bin)
set(_mprg ${_mdir}/galmidw.u ${_mdir}/galmidw.v ${_mdir}/galmidw.w ${_mdir}/galmidw.y ${_mdir}/7l)
add_custom_command(
  OUTPUT ${_mprg} ${_mdir}/1h.bin ${_mdir}/1k.bin ${_mdir}/6l.bpr
  COMMAND ${CMAKE_COMMAND} -E make_directory ${_mdir} ${CMAKE_BINARY_DIR}/roms/tools
  COMMAND ${GALAXIAN_Z80ASM} -o ${_mbin} ${_gsrc}/galaxian_midframe.asm
  COMMAND galaxian_galgen split ${_mbin} 2048 ${_mprg}
  COMMAND galaxian_galgen gfx ${_mdir}/1h.bin ${_mdir}/1k.bin
  COMMAND galaxian_galgen prom ${_mdir}/6l.bpr
  DEPENDS ${_gsrc}/galaxian_midframe.asm galaxian_galgen
  COMMENT "Galaxian mid-frame test ROM set: roms/galaxian_midframe/galaxian"
  VERBATIM)
add_custom_target(galaxian_midframe_roms ALL DEPENDS ${_mprg} ${_mdir}/1h.bin ${_mdir}/1k.bin ${_mdir}/6l.bpr)

# frames with MAME 0.251 references (tools/mame_refs_galaxian.sh)
set(GALAXIAN_REF_FRAMES 2 3 4 5 10 30 60 61 62 100 150 200 255 300)
string(REPLACE ";" "," _gframes "${GALAXIAN_REF_FRAMES}")
if(TARGET cabinet)
  add_test(NAME galaxian_frames
    COMMAND ${CMAKE_COMMAND} -DCABINET=$<TARGET_FILE:cabinet> -DCOMPARE=$<TARGET_FILE:frame_compare>
            -DROMS=${CMAKE_BINARY_DIR}/roms/galaxian_test -DOUT=${CMAKE_BINARY_DIR}/galaxian_frames
            -DREFS=${CMAKE_SOURCE_DIR}/tests/refs/galaxian -DFRAMES=${_gframes}
            -P ${_gsrc}/run_frames.cmake)
  add_test(NAME galaxian_determinism
    COMMAND ${CMAKE_COMMAND} -DCABINET=$<TARGET_FILE:cabinet> -DROMS=${CMAKE_BINARY_DIR}/roms/galaxian_test
            -P ${_gsrc}/run_determinism.cmake)
  add_test(NAME galaxian_tone
    COMMAND ${_gsrc}/run_tone.sh $<TARGET_FILE:cabinet> $<TARGET_FILE:galaxian_tone_check>
            ${CMAKE_BINARY_DIR}/roms/galaxian_test ${CMAKE_SOURCE_DIR}/tests/refs/galaxian/tone_ref.txt)
  # the mid-frame program against MAME's partial updates (tools/mame_refs_galaxian_midframe.sh)
  set(GALAXIAN_MIDFRAME_FRAMES 10 40 75 110 150 190 230 300)
  string(REPLACE ";" "," _mframes "${GALAXIAN_MIDFRAME_FRAMES}")
  add_test(NAME galaxian_midframe
    COMMAND ${CMAKE_COMMAND} -DCABINET=$<TARGET_FILE:cabinet> -DCOMPARE=$<TARGET_FILE:frame_compare>
            -DROMS=${CMAKE_BINARY_DIR}/roms/galaxian_midframe -DOUT=${CMAKE_BINARY_DIR}/galaxian_midframe_frames
            -DREFS=${CMAKE_SOURCE_DIR}/tests/refs/galaxian_midframe -DPREFIX=midframe -DFRAMES=${_mframes}
            -P ${_gsrc}/run_frames.cmake)
  set_tests_properties(galaxian_frames galaxian_determinism galaxian_tone galaxian_midframe PROPERTIES LABELS galaxian)
endif()
