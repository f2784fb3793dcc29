# Homebrew Bomb Jack test set (sources in tests/roms/bombjack): builds
# ${CMAKE_BINARY_DIR}/roms/bombjack_test/bombjack/ with the 16 files of MAME's
# `bombjack` set under their real names and sizes: the main program
# (bombjack_test.asm) in the five main ROMs, the sound board program
# (bombjack_sound.asm) in 01_h03t.bin, own graphics and maps (bjgen.c).
# The board tests compare Cabinet's frames with the MAME 0.251 references
# in tests/refs/bombjack pixel for pixel and the three AYs' sound with MAME's
# recording (tests/tools/psg_audio_check.py). Needs z80asm.
set(_bj_src ${CMAKE_CURRENT_LIST_DIR}/bombjack)
add_executable(bombjack_romgen ${_bj_src}/bjgen.c)
target_link_libraries(bombjack_romgen cabinet_romtool)
set_target_properties(bombjack_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(bombjack SYSTEM bombjack DIR bombjack_test ASM z80asm pasmo SOURCE bombjack/bombjack_test.asm
  SPLIT 8192 09_j01b.bin 10_l01b.bin 11_m01b.bin 12_n01b.bin
  ROMGEN bombjack_romgen MAKE "chars 03_e08t.bin 04_h08t.bin 05_k08t.bin"
  "bgtiles 06_l08t.bin 07_n08t.bin 08_r08t.bin" "sprites 16_m07b.bin 15_l07b.bin 14_j07b.bin" "maps 02_p04t.bin")
# 13.1r (c000-dfff) is unused by the program: an empty (FFh) ROM
cabinet_test_set(bombjack_c000 SYSTEM bombjack DIR bombjack_test ASM z80asm pasmo SOURCE bombjack/bombjack_empty.asm
  SPLIT 8192 13.1r)
cabinet_test_set(bombjack_sound SYSTEM bombjack DIR bombjack_test ASM z80asm pasmo SOURCE bombjack/bombjack_sound.asm
  SPLIT 8192 01_h03t.bin)

# background pictures, text layer, sprites small and big with flips,
# palette RAM changes, flip screen, inputs (scripted)
cabinet_board_test(bombjack_frames SET bombjack REFS bombjack INPUTS bombjack/inputs.txt
  FRAMES 2 10 30 59 61 100 101 141 149 151 180 199 201 240 300)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  # sound commands 1-6 (frames 30-180) through the latch and the sound CPU
  cabinet_board_test(bombjack_audio SET bombjack REFS bombjack SECONDS 5 OPTIONS -samplerate 48000
    AUDIO audio.wav ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/tools/psg_audio_check.py @REF@ @WAV@ 0.3 4.2)
endif()
cabinet_board_test(bombjack_determinism SET bombjack SECONDS 5 DETERMINISM)
cabinet_board_test(bombjack_savestate SET bombjack SAVESTATE 140 4)
# the scripted run recorded (-record) and played back: same frame and audio hashes
add_test(NAME bombjack_record_playback COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh $<TARGET_FILE:cabinet>
  bombjack ${CMAKE_BINARY_DIR}/roms/bombjack_test ${CMAKE_CURRENT_LIST_DIR}/bombjack/inputs.txt 6)
set_tests_properties(bombjack_record_playback PROPERTIES SKIP_RETURN_CODE 77 LABELS bombjack)
