# Homebrew Galaxian test set (sources in tests/roms/galaxian): builds
# ${CMAKE_BINARY_DIR}/roms/galaxian_test/galaxian/ holding the eight files of
# MAME's `galaxian` set with their real names and sizes (own program,
# graphics and PROM data); the board tests compare Cabinet's frames with the
# MAME 0.251 references in tests/refs/galaxian pixel for pixel, starfield
# included, and its tone generator with MAME's (tools/mame_refs.sh remakes
# both). Needs Debian's z80asm.
set(_gsrc ${CMAKE_CURRENT_LIST_DIR}/galaxian)
add_executable(galaxian_galgen ${_gsrc}/galgen.c)
target_link_libraries(galaxian_galgen cabinet_romtool)
set_target_properties(galaxian_galgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
add_executable(galaxian_tone_check ${_gsrc}/tone_check.c)
target_link_libraries(galaxian_tone_check cabinet_core m)

cabinet_test_set(galaxian SYSTEM galaxian DIR galaxian_test ASM z80asm SOURCE galaxian/galaxian_test.asm
  SPLIT 2048 galmidw.u galmidw.v galmidw.w galmidw.y 7l
  ROMGEN galaxian_galgen MAKE "gfx 1h.bin 1k.bin" "prom 6l.bpr")

cabinet_board_test(galaxian_frames SET galaxian REFS galaxian
  FRAMES 2 3 4 5 10 30 60 61 62 100 150 200 255 300)
cabinet_board_test(galaxian_determinism SET galaxian SECONDS 5 DETERMINISM)
# The tone-only phase of the program (frames 320-575: 8 segments of 8 silent frames then 24 frames
# of the tone at pitch 0, 64, 128, 160, 192, 208, 224, 240, i.e. 750 Hz ... 12 kHz), analysed by
# galaxian/tone_check.c: the tone's on/off times and dominant frequency per run and per 50 ms
# window. Exact part: the tone generator (pitch latch, divider, 4-bit counter): same frequencies,
# starts within 3 ms. Compared loosely: tone ends (MAME's output rings on up to 14 ms after pitch
# FFh). Not compared (approximated in src/sound/galaxian_snd.c): the three background 555s and
# their LFO sweep, the HIT noise and the FIRE burst, the mixing levels and output filter; MAME's
# background and HIT still decay under segments 0-1, so the comparison starts at 6.48 s
# (segments 2-7).
cabinet_board_test(galaxian_tone SET galaxian REFS galaxian SECONDS 11 OPTIONS -samplerate 48000
  AUDIO tone_ref.txt galaxian_tone_check check @REF@ @WAV@ 6.48 10.5
  MAKE_REF galaxian_tone_check analyse @WAV@ 6.48 10.5)

# The mid-frame program (galaxian/galaxian_midframe.asm, same graphics and
# PROM): column scroll and colour, sprites, bullets, video RAM and flip X/Y
# rewritten at timed lines of each frame; MAME 0.251 draws each band with the
# values of its time (update_partial on every video/object RAM write).
cabinet_test_set(galaxian_midframe SYSTEM galaxian ASM z80asm SOURCE galaxian/galaxian_midframe.asm
  SPLIT 2048 galmidw.u galmidw.v galmidw.w galmidw.y 7l
  ROMGEN galaxian_galgen MAKE "gfx 1h.bin 1k.bin" "prom 6l.bpr")
cabinet_board_test(galaxian_midframe SET galaxian_midframe SYSTEM galaxian REFS galaxian_midframe
  PREFIX midframe FRAMES 10 40 75 110 150 190 230 300)
# a state saved mid-run restores the tilemap's scroll and flip with the RAM
cabinet_board_test(galaxian_midframe_savestate SET galaxian_midframe SYSTEM galaxian SAVESTATE 110 4)

# Galaxian-hardware variants (sources in tests/roms/mooncrst): Moon Cresta
# (encrypted program, 512 tiles, the graphics bank latches) and Uniwar S
# (the 6002h bank), each with its MAME 0.251 frames.
set(_msrc ${CMAKE_CURRENT_LIST_DIR}/mooncrst)
add_executable(mcgen ${_msrc}/mcgen.c)
target_link_libraries(mcgen cabinet_romtool)
set_target_properties(mcgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
add_executable(mcgen_encode ${_msrc}/mcgen.c)
target_compile_definitions(mcgen_encode PRIVATE MCGEN_ENCODE=1)
target_link_libraries(mcgen_encode cabinet_romtool)
set_target_properties(mcgen_encode PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
cabinet_test_set(mooncrst SYSTEM mooncrst ASM z80asm SOURCE mooncrst/mooncrst_test.asm
  ENCODE mcgen_encode mc1 mc2 mc3 mc4 mc5.7r mc6.8d mc7.8e mc8
  ROMGEN mcgen MAKE "gfx mcs_b mcs_d mcs_a mcs_c" "prom mmi6331.6l")
cabinet_board_test(mooncrst_frames SET mooncrst REFS mooncrst
  FRAMES 2 3 10 30 60 61 62 100 150 200 255 300)
cabinet_board_test(mooncrst_determinism SET mooncrst SECONDS 5 DETERMINISM)
cabinet_board_test(mooncrst_savestate SET mooncrst SAVESTATE 110 4)
cabinet_test_set(uniwars SYSTEM uniwars ASM z80asm SOURCE mooncrst/uniwars_test.asm
  SPLIT 2048 f07_1a.bin h07_2a.bin k07_3a.bin m07_4a.bin d08p_5a.bin gg6 m08p_7a.bin n08p_8a.bin
  ROMGEN mcgen MAKE "gfx egg10 h01_2.bin egg9 k01_2.bin" "prom uniwars.clr")
cabinet_board_test(uniwars_frames SET uniwars REFS uniwars
  FRAMES 2 3 10 30 60 100 150 200 255 300)
cabinet_board_test(uniwars_determinism SET uniwars SECONDS 5 DETERMINISM)
# Jump Bug: 768 tiles and its bank bits, the AY-3-8910 at 1.536 MHz (the
# audio phase: tones on A, B, C in turn, pitch and timing vs MAME's).
cabinet_test_set(jumpbug SYSTEM jumpbug ASM z80asm SOURCE mooncrst/jumpbug_test.asm
  SPLIT 4096 jb1 jb2 jb3 jb4
  ROMGEN mcgen MAKE "gfx6 jbl jbm jbn jbi jbj jbk" "prom l06_prom.bin" "blank4k jb5 jb6" "blank2k jb7")
cabinet_board_test(jumpbug_frames SET jumpbug REFS jumpbug
  FRAMES 2 3 10 30 60 100 150 200 255 300)
cabinet_board_test(jumpbug_determinism SET jumpbug SECONDS 5 DETERMINISM)
cabinet_board_test(jumpbug_savestate SET jumpbug SAVESTATE 110 4)
cabinet_board_test(jumpbug_audio SET jumpbug REFS jumpbug SECONDS 10 OPTIONS -samplerate 48000
  AUDIO tone_ref.txt galaxian_tone_check check @REF@ @WAV@ 5.3 9.55
  MAKE_REF galaxian_tone_check analyse @WAV@ 5.3 9.55)
# Jump Bug's clone on its configuration
cabinet_test_set(jumpbugb SYSTEM jumpbugb ASM z80asm SOURCE mooncrst/jumpbug_test.asm
  SPLIT 4096 jb1 jb2 jb3b jb4
  ROMGEN mcgen MAKE "gfx6 jbl jbm jbn jbi jbj jbk" "prom l06_prom.bin" "blank4k jb5b jb6b" "blank2k jb7b")
cabinet_board_test(jumpbugb_frames SET jumpbugb REFS jumpbugb FRAMES 2 30 150 300)
# Moon Cresta's and Uniwar S's clones on their parents' configurations
cabinet_test_set(mooncrstu SYSTEM mooncrstu ASM z80asm SOURCE mooncrst/mooncrst_test.asm
  ENCODE mcgen_encode mcue_mc1.bin mcue_mc2.bin mcue_mc3.bin mcue_mc4.bin mcue_mc5.bin mcue_mc6.bin mcue_mc7.bin
  mcue_mc8.bin
  ROMGEN mcgen MAKE "gfx mcs_b mcs_d mcs_a mcs_c" "prom mmi6331.6l")
cabinet_board_test(mooncrstu_frames SET mooncrstu REFS mooncrstu FRAMES 2 30 100 300)
cabinet_test_set(gteikoku SYSTEM gteikoku ASM z80asm SOURCE mooncrst/uniwars_test.asm
  SPLIT 2048 f07_1a.bin h07_2a.bin k07_3a.bin m07_4a.bin d08p_5a.bin e08p_6a.bin m08p_7a.bin n08p_8a.bin
  ROMGEN mcgen MAKE "gfx h01_1.bin h01_2.bin k01_1.bin k01_2.bin" "prom l06_prom.bin")
cabinet_board_test(gteikoku_frames SET gteikoku REFS gteikoku FRAMES 2 30 100 300)
# King & Balloon: Moon Cresta's board with the speech Z80 and its 4-bit DAC
# (kingball_sound.asm squares at three pitches from the command latch; the
# audio window has the DAC alone).
cabinet_test_set(kingball SYSTEM kingball ASM z80asm SOURCE mooncrst/kingball_test.asm
  SPLIT 4096 prg1.7f prg2.7j
  ROMGEN mcgen MAKE "gfx chg1.1h kbblank1 chg2.1k kbblank2" "prom kb2-1" "blank2k prg3.7l")
cabinet_test_set(kingball_sound SYSTEM kingball DIR kingball ASM z80asm SOURCE mooncrst/kingball_sound.asm
  SPLIT 2048 kbe1.ic4 kbe2.ic5 kbe3.ic6 kbe2.ic7)
cabinet_board_test(kingball_frames SET kingball REFS kingball FRAMES 2 30 100 300)
cabinet_board_test(kingball_determinism SET kingball SECONDS 5 DETERMINISM)
cabinet_board_test(kingball_audio SET kingball REFS kingball SECONDS 11 OPTIONS -samplerate 48000
  AUDIO tone_ref.txt galaxian_tone_check check @REF@ @WAV@ 7.0 10.5
  MAKE_REF galaxian_tone_check analyse @WAV@ 7.0 10.5)
