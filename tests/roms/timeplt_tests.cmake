# Homebrew Time Pilot test set (sources in tests/roms/timeplt): builds
# ${CMAKE_BINARY_DIR}/roms/timeplt_test/timeplt/ with the 11 files of MAME's
# `timeplt` set under their real names and sizes: the main program
# (timeplt_test.asm) in tm1-tm3, the sound board program (timeplt_sound.asm)
# in tm7, own graphics and PROMs (tpgen.c). The board tests compare Cabinet's
# frames with the MAME 0.251 references in tests/refs/timeplt pixel for pixel
# and the two AYs' sound (through the switched filters and the mute) with
# MAME's recording (tests/tools/psg_audio_check.py). tools/mame_refs.sh
# remakes them. Needs z80asm or pasmo.
set(_timeplt_src ${CMAKE_CURRENT_LIST_DIR}/timeplt)
add_executable(timeplt_romgen ${_timeplt_src}/tpgen.c)
target_link_libraries(timeplt_romgen cabinet_romtool)
set_target_properties(timeplt_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(timeplt SYSTEM timeplt DIR timeplt_test ASM z80asm pasmo SOURCE timeplt/timeplt_test.asm
  SPLIT 8192 tm1 tm2 tm3
  ROMGEN timeplt_romgen MAKE "tiles tm6" "sprites tm4 tm5" "proms timeplt.b4 timeplt.b5 timeplt.e9 timeplt.e12")
cabinet_test_set(timeplt_sound SYSTEM timeplt DIR timeplt_test ASM z80asm pasmo SOURCE timeplt/timeplt_sound.asm
  SPLIT 4096 tm7)
# the clone timepltc (Centuri): its own three program ROMs (the same program)
# beside the parent's folder, which holds the files it shares
cabinet_test_set(timepltc SYSTEM timepltc DIR timeplt_test ASM z80asm pasmo SOURCE timeplt/timeplt_test.asm
  SPLIT 8192 cd1y cd2y cd3y)

# every tile code, colour, flip and the priority category, sprites with
# flips over both edges, the line counter's mid-frame sprite changes, flip
# screen, video off, inputs and DIPs (scripted), the watchdog's reset (frame
# 664, the one the reset leaves undrawn, is left out: MAME 0.251 alternates two
# screen bitmaps while nothing is drawn, Cabinet repeats its one; see the
# program's notes)
cabinet_board_test(timeplt_frames SET timeplt SYSTEM timeplt REFS timeplt INPUTS timeplt/inputs.txt
  FRAMES 2 10 31 50 56 71 96 119 120 150 179 180 200 240 300 320 321 322 323 340 660 663 665 668 700)
cabinet_board_test(timepltc_frames SET timepltc SYSTEM timepltc REFS timepltc INPUTS timeplt/inputs.txt
  FRAMES 50 150 240)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  # sound commands 1-14 (frames 30-450) through the latch, the sound IRQ, the
  # timer, the filters and the mute
  cabinet_board_test(timeplt_audio SET timeplt SYSTEM timeplt REFS timeplt SECONDS 8 OPTIONS -samplerate 48000
    AUDIO audio.wav ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/tools/psg_audio_check.py @REF@ @WAV@ 0.3 7.8)
endif()
cabinet_board_test(timeplt_determinism SET timeplt SYSTEM timeplt SECONDS 5 DETERMINISM)
cabinet_board_test(timeplt_savestate SET timeplt SYSTEM timeplt SAVESTATE 140 4)
# the scripted run recorded (-record) and played back: same frame and audio hashes
add_test(NAME timeplt_record_playback COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh
  $<TARGET_FILE:cabinet> timeplt ${CMAKE_BINARY_DIR}/roms/timeplt_test ${_timeplt_src}/inputs.txt 6)
set_tests_properties(timeplt_record_playback PROPERTIES SKIP_RETURN_CODE 77 LABELS timeplt)
