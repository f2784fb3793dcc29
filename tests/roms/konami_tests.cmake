# (named konami_tests so that it is read after galaxian_tests.cmake, whose
# galaxian_tone_check it uses)
# Homebrew Frogger test set (sources in tests/roms/frogger): the main
# program (frogger_test.asm) in frogger.26/.27 and frsm3.7, the sound board
# program (frogger_sound.asm) in frogger.608-610 (the first with D0/D1
# swapped, as the board wants), the Galaxian generator's graphics and PROM
# under Frogger's names. MAME 0.251 references in tests/refs/frogger.
set(_fsrc ${CMAKE_CURRENT_LIST_DIR}/frogger)
add_executable(konamigen ${_fsrc}/konamigen.c)
target_link_libraries(konamigen cabinet_romtool)
set_target_properties(konamigen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
add_executable(konamigen_frogger ${_fsrc}/konamigen.c)
target_compile_definitions(konamigen_frogger PRIVATE KONAMIGEN_FROGGER=1)
target_link_libraries(konamigen_frogger cabinet_romtool)
set_target_properties(konamigen_frogger PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(frogger SYSTEM frogger ASM z80asm SOURCE frogger/frogger_test.asm
  SPLIT 4096 frogger.26 frogger.27 frsm3.7
  ROMGEN galaxian_galgen MAKE "gfx frogger.607 frogger.606" "prom pr-91.6l")
cabinet_test_set(frogger_sound SYSTEM frogger DIR frogger ASM z80asm SOURCE frogger/frogger_sound.asm
  ENCODE konamigen_frogger frogger.608 frogger.609 frogger.610)

cabinet_board_test(frogger_frames SET frogger REFS frogger INPUTS ${_fsrc}/frogger_inputs.txt
  FRAMES 2 3 10 30 60 100 150 201 210 225 245 300)
cabinet_board_test(frogger_determinism SET frogger SECONDS 6 DETERMINISM)
cabinet_board_test(frogger_savestate SET frogger SAVESTATE 150 4)
# The audio phase (frames 320-575, 5.28-9.5 s): eight segments, silence then
# one sound each: tones on A, B (0.047 uF), C (0.22 uF), the envelope
# sawtooth alone, the timer-driven volume square (349.56 Hz), a tone through
# A's 0.047 uF, a low tone, a tone rising with the attack envelope.
# galaxian_tone_check compares the runs' starts and ends and their
# frequencies with MAME's.
cabinet_board_test(frogger_audio SET frogger REFS frogger SECONDS 10 OPTIONS -samplerate 48000
  AUDIO tone_ref.txt galaxian_tone_check check @REF@ @WAV@ 5.3 9.55
  MAKE_REF galaxian_tone_check analyse @WAV@ 5.3 9.55)
