# Homebrew Mr. Do! test set (sources in tests/roms/mrdo): builds
# ${CMAKE_BINARY_DIR}/roms/mrdo_test/mrdo/ with the 15 files of MAME's `mrdo`
# set under their real names and sizes (own program, graphics, PROMs); the
# board tests compare Cabinet's frames with the MAME 0.251 references in
# tests/refs/mrdo pixel for pixel and the two SN76489s' sound with MAME's
# recording (tests/tools/psg_audio_check.py: level, pitch, onsets and ends).
# tools/mame_refs.sh remakes both. Needs Debian's z80asm.
set(_mrdo_src ${CMAKE_CURRENT_LIST_DIR}/mrdo)
add_executable(mrdo_romgen ${_mrdo_src}/mrdogen.c)
target_link_libraries(mrdo_romgen cabinet_romtool)
set_target_properties(mrdo_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(mrdo SYSTEM mrdo DIR mrdo_test ASM z80asm pasmo SOURCE mrdo/mrdo_test.asm
  SPLIT 8192 a4-01.bin c4-02.bin e4-03.bin f4-04.bin
  ROMGEN mrdo_romgen MAKE "fgchars s8-09.bin u8-10.bin" "bgchars r8-08.bin n8-07.bin"
  "sprites h5-05.bin k5-06.bin" "proms u02--2.bin t02--3.bin f10--1.bin j10--4.bin u001_pal16r6cn.j2")

# layers, scroll, flip, sprites, inputs (scripted) and the protection read
cabinet_board_test(mrdo_frames SET mrdo REFS mrdo INPUTS mrdo/inputs.txt
  FRAMES 2 10 30 59 61 90 119 121 150 179 181 240 300 400)
# the two SN76489s (program frames 30-360) against MAME's recording
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  cabinet_board_test(mrdo_audio SET mrdo REFS mrdo SECONDS 7 OPTIONS -samplerate 48000
    AUDIO audio.wav ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/tools/psg_audio_check.py @REF@ @WAV@ 0.3 6.8)
endif()
cabinet_board_test(mrdo_determinism SET mrdo SECONDS 5 DETERMINISM)
cabinet_board_test(mrdo_savestate SET mrdo SAVESTATE 150 4)
# the scripted run recorded (-record) and played back: same frame and audio hashes
add_test(NAME mrdo_record_playback COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh $<TARGET_FILE:cabinet>
  mrdo ${CMAKE_BINARY_DIR}/roms/mrdo_test ${CMAKE_CURRENT_LIST_DIR}/mrdo/inputs.txt 8)
set_tests_properties(mrdo_record_playback PROPERTIES SKIP_RETURN_CODE 77 LABELS mrdo)
