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

# The two-AY Konami boards (sources in tests/roms/konami): one main program,
# konami_main.asm, included by a file per map; one sound program,
# konami2_sound.asm; the Galaxian generator's graphics and PROM. MAME 0.251
# references in tests/refs/<system>. The audio phase is konami2_sound.asm's
# commands 1-8 (AY #1 A tone, B tone through 0.047 uF, AY #2 A through
# 0.22 uF, AY #2 B envelope sawtooth, AY #1 B from the timer, AY #2 C low
# tone, AY #1 C through 0.047 uF, AY #2 C rising with the envelope),
# checked as Frogger's.
set(_ksrc ${CMAKE_CURRENT_LIST_DIR}/konami)
function(konami_board system source roms chunk snd sndchunk gfx prom)
  cabinet_test_set(${system} SYSTEM ${system} ASM z80asm SOURCE konami/${source} INCLUDE ${_ksrc}
    DEPENDS ${_ksrc}/konami_main.asm SPLIT ${chunk} ${roms}
    ROMGEN galaxian_galgen MAKE "gfx ${gfx}" "prom ${prom}")
  cabinet_test_set(${system}_sound SYSTEM ${system} DIR ${system} ASM z80asm SOURCE konami/konami2_sound.asm
    SPLIT ${sndchunk} ${snd})
  cabinet_board_test(${system}_frames SET ${system} REFS ${system} INPUTS ${_ksrc}/konami_inputs.txt
    FRAMES 2 3 10 30 60 100 150 201 210 225 245 300)
  cabinet_board_test(${system}_determinism SET ${system} SECONDS 6 DETERMINISM)
  cabinet_board_test(${system}_savestate SET ${system} SAVESTATE 150 4)
  cabinet_board_test(${system}_audio SET ${system} REFS ${system} SECONDS 10 OPTIONS -samplerate 48000
    AUDIO tone_ref.txt galaxian_tone_check check @REF@ @WAV@ 5.3 9.55
    MAKE_REF galaxian_tone_check analyse @WAV@ 5.3 9.55)
endfunction()

konami_board(scramble scramble_test.asm "s1.2d;s2.2e;s3.2f;s4.2h;s5.2j;s6.2l;s7.2m;s8.2p" 2048
  "ot1.5c;ot2.5d;ot3.5e" 2048 "c2.5f c1.5h" c01s.6e)
konami_board(theend scramble_test.asm "ic13_1t.bin;ic14_2t.bin;ic15_3t.bin;ic16_4t.bin;ic17_5t.bin;ic18_6t.bin" 2048
  "ic56_1.bin;ic55_2.bin" 2048 "ic30_2c.bin ic31_1c.bin" 6331-1j.86)
konami_board(atlantis atlantis_test.asm "2c;2e;2f;2h;2j;2l" 2048
  "ot1.5c;ot2.5d;ot3.5e" 2048 "5f 5h" c01s.6e)
konami_board(scobra scobra_test.asm "epr1265.2c;2e;epr1267.2f;2h;epr1269.2j;2l" 4096
  "5c;5d;5e" 2048 "epr1274.5h epr1273.5f" 82s123.6e)
konami_board(amidar amidar_test.asm "1.2c;2.2e;3.2f;4.2h;5.2j" 4096
  "s1.5c;s2.5d" 4096 "c2.5f c2.5d" amidar.clr)

# One clone each, on its parent's configuration: the same programs under the
# clone's file names, frames against MAME 0.251 running the clone.
function(konami_clone system source roms chunk snd sndchunk gfx prom)
  cabinet_test_set(${system} SYSTEM ${system} ASM z80asm SOURCE konami/${source} INCLUDE ${_ksrc}
    DEPENDS ${_ksrc}/konami_main.asm SPLIT ${chunk} ${roms}
    ROMGEN galaxian_galgen MAKE "gfx ${gfx}" "prom ${prom}")
  cabinet_test_set(${system}_sound SYSTEM ${system} DIR ${system} ASM z80asm SOURCE konami/konami2_sound.asm
    SPLIT ${sndchunk} ${snd})
  cabinet_board_test(${system}_frames SET ${system} REFS ${system} INPUTS ${_ksrc}/konami_inputs.txt
    FRAMES 2 30 150 300)
endfunction()
konami_clone(scrambles scramble_test.asm "2d;2e;2f;2h;2j;2l;2m;2p" 2048 "ot1.5c;ot2.5d;ot3.5e" 2048 "5f 5h" c01s.6e)
konami_clone(theends scramble_test.asm
  "the_end_ra3_13.ic13;the_end_ra3_14.ic14;the_end_ra3_15.ic15;the_end_ra3_16.ic16;the_end_ra3_17.ic17;the_end_ra3_18.ic18"
  2048 "the_end_ra3_56.ic56;the_end_ra2_55.ic55" 2048 "the_end_ra3_30.ic30 the_end_ra3_31.ic31" 6331-1j.86)
konami_clone(atlantis2 atlantis_test.asm "boa_1.2c;boa_2.2e;boa_3.2f;boa_4.2h;boa_5.2j;boa_6.2l;boa_7.2m;boa_8.2p" 2048
  "boa_11.5c;boa_12.5d;boa_13.5e" 2048 "boa_9.5f boa_10.5h" c01s.6e)
konami_clone(scobras scobra_test.asm "scobra2c.bin;scobra2e.bin;scobra2f.bin;scobra2h.bin;scobra2j.bin;scobra2l.bin" 4096
  "epr1275.5c;epr1276.5d;epr1277.5e" 2048 "epr1274.5h epr1273.5f" 82s123.6e)
konami_clone(amidaru amidar_test.asm "amidarus.2c;amidarus.2e;amidarus.2f;amidarus.2h;amidarus.2j" 4096
  "amidarus.5c;amidarus.5d" 4096 "amidarus.5f amidarus.5h" amidar.clr)

# The CPU-heavy Frogger set for -bench against MAME (docs/performance.md):
# build/roms/frogger_bench/frogger, no test.
cabinet_test_set(frogger_bench SYSTEM frogger ASM z80asm SOURCE frogger/frogger_bench.asm
  SPLIT 4096 frogger.26 frogger.27 frsm3.7
  ROMGEN galaxian_galgen MAKE "gfx frogger.607 frogger.606" "prom pr-91.6l")
cabinet_test_set(frogger_bench_sound SYSTEM frogger DIR frogger_bench ASM z80asm SOURCE frogger/frogger_sound.asm
  ENCODE konamigen_frogger frogger.608 frogger.609 frogger.610)

# Frogger's clone Frog (froggers): The End's map with Frogger's one-AY sound
# board: the two-AY boards' main program on that map, Frogger's sound
# program (its first ROM D0/D1-swapped); frames and audio against MAME.
cabinet_test_set(froggers SYSTEM froggers ASM z80asm SOURCE konami/scramble_test.asm INCLUDE ${_ksrc}
  DEPENDS ${_ksrc}/konami_main.asm
  SPLIT 2048 vid_d2.bin vid_e2.bin vid_f2.bin vid_h2.bin vid_j2.bin vid_l2.bin
  ROMGEN galaxian_galgen MAKE "gfx frogger.607 epr-1036.1k" "prom pr-91.6l")
cabinet_test_set(froggers_sound SYSTEM froggers DIR froggers ASM z80asm SOURCE frogger/frogger_sound.asm
  ENCODE konamigen_frogger frogger.608 frogger.609 frogger.610)
cabinet_board_test(froggers_frames SET froggers REFS froggers INPUTS ${_ksrc}/konami_inputs.txt
  FRAMES 2 30 150 210 300)
cabinet_board_test(froggers_audio SET froggers REFS froggers SECONDS 10 OPTIONS -samplerate 48000
  AUDIO tone_ref.txt galaxian_tone_check check @REF@ @WAV@ 5.3 9.55
  MAKE_REF galaxian_tone_check analyse @WAV@ 5.3 9.55)
