# Homebrew Crazy Climber test set (sources in tests/roms/cclimber): builds
# ${CMAKE_BINARY_DIR}/roms/cclimber_test/cclimber/ with the 16 files of MAME's
# `cclimber` set under their real names and sizes (own program, encrypted
# for the board's decrypting CPU by ccenc.c; own graphics, PROMs, samples).
# The board tests compare Cabinet's frames with the MAME 0.251 references
# in tests/refs/cclimber pixel for pixel and the AY + sample player sound
# with MAME's recording (tests/tools/psg_audio_check.py). Needs z80asm.
set(_cc_src ${CMAKE_CURRENT_LIST_DIR}/cclimber)
add_executable(cclimber_romgen ${_cc_src}/ccgen.c)
target_link_libraries(cclimber_romgen cabinet_romtool)
add_executable(cclimber_encode ${_cc_src}/ccenc.c)
target_link_libraries(cclimber_encode cabinet_romtool cabinet_core)
set_target_properties(cclimber_romgen cclimber_encode PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(cclimber SYSTEM cclimber DIR cclimber_test ASM z80asm pasmo SOURCE cclimber/cclimber_test.asm
  ENCODE cclimber_encode cc11 cc10 cc09 cc08 cc07
  ROMGEN cclimber_romgen MAKE "gfx1 cc06 cc05 cc04 cc03" "gfx2 cc02 cc01"
  "proms cclimber.pr1 cclimber.pr2 cclimber.pr3" "samples cc13 cc12")

# playfield with column scroll and flips, sprites, the big sprite over and
# under them, flip screen, inputs (scripted)
cabinet_board_test(cclimber_frames SET cclimber REFS cclimber INPUTS cclimber/inputs.txt
  FRAMES 2 10 30 59 61 89 91 119 121 150 179 181 240 300)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  # AY tones, noise, envelope, then the sample player (frames 30-300)
  cabinet_board_test(cclimber_audio SET cclimber REFS cclimber SECONDS 6 OPTIONS -samplerate 48000
    AUDIO audio.wav ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/tools/psg_audio_check.py @REF@ @WAV@ 0.3 5.8)
endif()
cabinet_board_test(cclimber_determinism SET cclimber SECONDS 6 DETERMINISM)
cabinet_board_test(cclimber_savestate SET cclimber SAVESTATE 200 4)
# the scripted run recorded (-record) and played back: same frame and audio hashes
add_test(NAME cclimber_record_playback COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh $<TARGET_FILE:cabinet>
  cclimber ${CMAKE_BINARY_DIR}/roms/cclimber_test ${CMAKE_CURRENT_LIST_DIR}/cclimber/inputs.txt 7)
set_tests_properties(cclimber_record_playback PROPERTIES SKIP_RETURN_CODE 77 LABELS cclimber)
