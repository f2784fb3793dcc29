# Homebrew Capcom 1942 test set (sources in tests/roms/1942): builds
# ${CMAKE_BINARY_DIR}/roms/c1942_test/1942/ with the 27 files of MAME's `1942`
# set under their real names and sizes: the main program (c1942_test.asm) in
# srb-03.m3 + srb-04.m4, the sound board program (c1942_sound.asm) in
# sr-01.c11, own graphics, PROMs and banked ROMs (c1942gen.c). The board
# tests compare Cabinet's frames with the MAME 0.251 references in
# tests/refs/c1942 pixel for pixel and the two AYs' sound with MAME's
# recording (tests/tools/psg_audio_check.py). Needs z80asm or pasmo.
set(_c1942_src ${CMAKE_CURRENT_LIST_DIR}/1942)
add_executable(c1942_romgen ${_c1942_src}/c1942gen.c)
target_link_libraries(c1942_romgen cabinet_romtool)
set_target_properties(c1942_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(c1942 SYSTEM 1942 DIR c1942_test ASM z80asm pasmo SOURCE 1942/c1942_test.asm
  SPLIT 16384 srb-03.m3 srb-04.m4
  ROMGEN c1942_romgen MAKE "chars sr-02.f2" "tiles sr-08.a1 sr-09.a2 sr-10.a3 sr-11.a4 sr-12.a5 sr-13.a6"
  "sprites sr-14.l1 sr-15.l2 sr-16.n1 sr-17.n2"
  "proms sb-5.e8 sb-6.e9 sb-7.e10 sb-0.f1 sb-4.d6 sb-8.k3 sb-2.d1 sb-3.d2 sb-1.k6 sb-9.m11"
  "banks srb-05.m5 srb-06.m6 srb-07.m7")
cabinet_test_set(c1942_sound SYSTEM 1942 DIR c1942_test ASM z80asm pasmo SOURCE 1942/c1942_sound.asm
  SPLIT 16384 sr-01.c11)
# the clone 1942a (Revision A): its own five program ROMs (the same program
# and banks) beside the parent's folder, which holds the files it shares
cabinet_test_set(c1942a SYSTEM 1942a DIR c1942_test ASM z80asm pasmo SOURCE 1942/c1942_test.asm
  SPLIT 16384 sra-03.m3 sr-04.m4 ROMGEN c1942_romgen MAKE "banks sr-05.m5 sr-06.m6 sr-07.m7")

# text layer, scrolling background with its palette banks, sprites of every
# height in the three groups, flip screen, ROM banks, inputs (scripted)
cabinet_board_test(c1942_frames SET c1942 SYSTEM 1942 REFS c1942 INPUTS 1942/inputs.txt
  FRAMES 2 10 31 49 50 51 99 100 149 150 151 175 199 200 201 240 300)
cabinet_board_test(c1942a_frames SET c1942a SYSTEM 1942a REFS c1942a INPUTS 1942/inputs.txt FRAMES 50 150 240)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  # sound commands 1-7 (frames 30-240) through the latch and the sound CPU's IRQs
  cabinet_board_test(c1942_audio SET c1942 SYSTEM 1942 REFS c1942 SECONDS 6 OPTIONS -samplerate 48000
    AUDIO audio.wav ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/tools/psg_audio_check.py @REF@ @WAV@ 0.3 5.0)
endif()
cabinet_board_test(c1942_determinism SET c1942 SYSTEM 1942 SECONDS 5 DETERMINISM)
cabinet_board_test(c1942_savestate SET c1942 SYSTEM 1942 SAVESTATE 140 4)
# the scripted run recorded (-record) and played back: same frame and audio hashes
add_test(NAME c1942_record_playback COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh $<TARGET_FILE:cabinet>
  1942 ${CMAKE_BINARY_DIR}/roms/c1942_test ${_c1942_src}/inputs.txt 6)
set_tests_properties(c1942_record_playback PROPERTIES SKIP_RETURN_CODE 77 LABELS c1942)
