# Homebrew sets for the siblings of the Space Invaders board (taito8080.c,
# mw8080bw.c): one program (mw8080/mw8080.asm) assembled into each system's
# files (MAME's names and sizes), Taito's colour PROMs made by mw8080/promgen.c.
# Every board test compares Cabinet's frames with MAME 0.251's
# (tests/refs/mw8080_<set>, made by tools/mame_refs.sh) and checks that two
# runs agree (DETERMINISM) and that a state saved mid-run resumes to the
# same frames (SAVESTATE). Needs Debian's z80asm (or pasmo).
set(_mw_src ${CMAKE_CURRENT_LIST_DIR}/mw8080)
add_executable(mw8080_promgen ${_mw_src}/promgen.c)
set_target_properties(mw8080_promgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

# cabinet_mw8080_set(<set> <rom bytes> <rom files> [PROMS <files>])
function(cabinet_mw8080_set set bytes)
  cmake_parse_arguments(PARSE_ARGV 2 A "" "" "PROMS")
  set(_make)
  if(A_PROMS)
    list(JOIN A_PROMS " " _p)
    set(_make ROMGEN mw8080_promgen MAKE "prom ${_p}")
  endif()
  cabinet_test_set(mw8080_${set} SYSTEM ${set} DIR mw8080_test ASM z80asm pasmo SOURCE mw8080/mw8080.asm
    SPLIT ${bytes} ${A_UNPARSED_ARGUMENTS} ${_make})
endfunction()

cabinet_mw8080_set(invadpt2 2048 pv01 pv02 pv03 pv04 pv05 PROMS pv06.1 pv07.2)
cabinet_mw8080_set(moonbase 1024 ze3-1.a4 ze3-2.c4 ze3-3.e4 ze3-4.f4 ze3-5.h4 ze3-6.l4 ze3-7.a5 ze3-8.c5
  ze3-9.e5 ze3-10.f5 PROMS cv01.g7 cv02.h7)
cabinet_mw8080_set(lrescue 2048 lrescue.1 lrescue.2 lrescue.3 lrescue.4 lrescue.5 lrescue.6 PROMS 7643-1.cpu)
cabinet_mw8080_set(grescue 2048 lrescue.1 lrescue.2 lrescue.3 grescue.4 grescue.5 lrescue.6 PROMS 7643-1.cpu)
cabinet_mw8080_set(ballbomb 2048 tn01 tn02 tn03 tn04 tn05-1 PROMS tn06 tn07)
cabinet_mw8080_set(ozmawars 2048 mw01 mw02 mw03 mw04 mw05 mw06 PROMS 01.1 02.2)
# clones and the other systems on the same boards
cabinet_mw8080_set(invadpt2a 1024 uv01.36 uv02.35 uv03.34 uv04.33 uv05.32 uv06.31 uv07.42 uv08.41 uv09.40 uv10.39 PROMS pv06 pv07)
cabinet_mw8080_set(invadpt2br 2048 pv01 br_pv02 br_pv03 br_pv04 br_pv05 PROMS pv06.1 pv07.2)
cabinet_mw8080_set(moonbasea 1024 ze3-1.a4 ze3-2.c4 ze3-3.e4 ze3-4_alt.f4 ze3-5.h4 ze3-6.l4 ze3-7.a5 ze3-8.c5
  ze3-9.e5 ze3-10.f5 PROMS cv01.g7 cv02.h7)
cabinet_mw8080_set(lrescuem 1024 48.ic36 49.ic35 50.ic34 51.ic33 52.ic32 53.ic31 54.ic42
  55.ic41 56.ic40 57.ic39 58.ic38 59.ic37 PROMS cv01-7643.2c cv02-7643.1c)
cabinet_mw8080_set(mlander 2048 ml1.u36 ml2.u35 ml3.u34 ml4.u33 ml5.u32 ml6.u31 PROMS 01.bin 02.bin)
cabinet_mw8080_set(desterth 2048 36_h.bin 35_g.bin 34_f.bin 33_e.bin 32_d.bin 31_c.bin 42_b.bin PROMS 7643-1.cpu)
cabinet_mw8080_set(ozmawars2 1024 oz1 oz2 oz3 oz4 oz5 oz6 oz7
  oz8 oz9 oz10 oz11 oz12 PROMS 01.1 02.2)
cabinet_mw8080_set(galxwars 1024 univgw3.0 univgw4.1 univgw5.2 univgw6.3 univgw1.4 univgw2.5 PROMS 01.1 02.2)
cabinet_mw8080_set(spcewarl 2048 spcewarl.1 spcewarl.2 spcewarl.3 spcewarl.4 PROMS 01.1 02.2)
cabinet_mw8080_set(spclaser 2048 la01 la02 la03 la04 PROMS 01.1 02.2)

set(_mw_taito invadpt2 moonbase lrescue grescue ballbomb ozmawars invadpt2a invadpt2br moonbasea lrescuem mlander
  desterth ozmawars2 galxwars)
foreach(set ${_mw_taito})
  cabinet_board_test(mw8080_frames_${set} SET mw8080_${set} REFS mw8080_${set} PREFIX inputs
    INPUTS mw8080/inputs_taito.txt FRAMES 2 10 29 40 60 70 90 DETERMINISM SAVESTATE 45 3
    LABELS roms mw8080)
endforeach()

# Konami's Space War / Space Laser: the controls are plain bits of IN1 and IN2
foreach(set spcewarl spclaser)
  cabinet_board_test(mw8080_frames_${set} SET mw8080_${set} REFS mw8080_${set} PREFIX inputs
    INPUTS mw8080/inputs_spclaser.txt FRAMES 2 10 29 40 60 70 90 DETERMINISM SAVESTATE 45 3
    LABELS roms mw8080)
endforeach()

# Midway's black and white games (mw8080bw.c): 1 KB and 512-byte ROMs
cabinet_mw8080_set(seawolf 1024 sw0041.h sw0042.g sw0043.f sw0044.e)
cabinet_mw8080_set(seawolfo 512 1.h1 2.g1 3.f1 4.e1 5.d1 6.c1 7.b1 8.a1)
cabinet_mw8080_set(gunfight 1024 7609h.bin 7609g.bin 7609f.bin 7609e.bin)
cabinet_mw8080_set(gunfighto 512 gf-h.h gf-g.g gf-f.f gf-e.e gf-d.d gf-c.c gf-b.b gf-a.a)
cabinet_mw8080_set(tornbase 2048 tb.h tb.g tb.f)
cabinet_mw8080_set(boothill 2048 romh.cpu romg.cpu romf.cpu rome.cpu)
foreach(set seawolf seawolfo gunfight gunfighto tornbase boothill)
  string(REGEX REPLACE "o$" "" _board ${set})
  cabinet_board_test(mw8080_frames_${set} SET mw8080_${set} REFS mw8080_${set} PREFIX inputs
    INPUTS mw8080/inputs_${_board}.txt FRAMES 2 10 29 40 60 70 90 DETERMINISM SAVESTATE 45 3
    LABELS roms mw8080)
endforeach()

# Record then play back every system (run_record.sh).
set(_mw_pairs)
foreach(set ${_mw_taito})
  list(APPEND _mw_pairs ${set}:inputs_taito.txt:CONTP1:0x02)
endforeach()
list(APPEND _mw_pairs spcewarl:inputs_spclaser.txt:IN1:0x20 spclaser:inputs_spclaser.txt:IN1:0x20)
list(APPEND _mw_pairs seawolf:inputs_seawolf.txt:IN0:0x20 seawolfo:inputs_seawolf.txt:IN0:0x20
  gunfight:inputs_gunfight.txt:IN0:0x08 gunfighto:inputs_gunfight.txt:IN0:0x08
  tornbase:inputs_tornbase.txt:LPITCH:0x08 boothill:inputs_boothill.txt:IN1:0x08)
add_test(NAME mw8080_record_playback
  COMMAND ${_mw_src}/run_record.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms/mw8080_test ${_mw_src} ${_mw_pairs})
set_tests_properties(mw8080_record_playback PROPERTIES LABELS "roms;mw8080" TIMEOUT 300)

# Samples: the right sample at the right frame, MAME's sample names (run_samples.sh,
# with the invaders test's sample_check).
if(TARGET invaders_sample_check)
  add_test(NAME mw8080_samples
    COMMAND ${_mw_src}/run_samples.sh $<TARGET_FILE:cabinet> $<TARGET_FILE:invaders_sample_check>
            ${CMAKE_BINARY_DIR}/roms/mw8080_test ${_mw_src}/samples)
  set_tests_properties(mw8080_samples PROPERTIES LABELS "roms;mw8080")
endif()

# The SN76477 saucer (invadpt2's latch 1 bit 0, on from interrupt 60 to 75 of
# the program): without the sample files both emulators play the chip alone,
# compared with MAME 0.251 sample for sample (mw8080/sn76477_check.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  cabinet_board_test(mw8080_audio_invadpt2 SET mw8080_invadpt2 REFS mw8080_invadpt2 SECONDS 3
    OPTIONS -samplerate 48000
    AUDIO saucer.txt ${Python3_EXECUTABLE} ${_mw_src}/sn76477_check.py check @REF@ @WAV@
    MAKE_REF ${Python3_EXECUTABLE} ${_mw_src}/sn76477_check.py @WAV@ LABELS roms mw8080)
endif()

# Tornado Baseball's tones (mw8080/tornbase_sound.asm: each tone enable in
# turn): the runs (on/off times) and their frequencies against MAME 0.251's
# WAV, by the tone checker of the Galaxian tests (galaxian/tone_check.c).
add_executable(mw8080_tone_check ${CMAKE_CURRENT_LIST_DIR}/galaxian/tone_check.c)
target_link_libraries(mw8080_tone_check cabinet_core m)
cabinet_test_set(mw8080_tbsound SYSTEM tornbase DIR mw8080_tbsound ASM z80asm pasmo SOURCE mw8080/tornbase_sound.asm
  SPLIT 2048 tb.h tb.g tb.f)
cabinet_board_test(mw8080_audio_tornbase SET mw8080_tbsound REFS mw8080_tornbase SECONDS 5 OPTIONS -samplerate 48000
  AUDIO tone_ref.txt mw8080_tone_check check @REF@ @WAV@ 0.1 4.8
  MAKE_REF mw8080_tone_check analyse @WAV@ 0.1 4.8 LABELS roms mw8080)
cabinet_board_test(mw8080_tbsound_savestate SET mw8080_tbsound SAVESTATE 100 3 LABELS roms mw8080)

# Balloon Bomber's music generator (mw8080/ballbomb_music.asm: notes written
# to port 1): the runs and their frequencies against MAME 0.251's WAV.
cabinet_test_set(mw8080_bbmusic SYSTEM ballbomb DIR mw8080_bbmusic ASM z80asm pasmo SOURCE mw8080/ballbomb_music.asm
  SPLIT 2048 tn01 tn02 tn03 tn04 tn05-1 ROMGEN mw8080_promgen MAKE "prom tn06 tn07")
cabinet_board_test(mw8080_audio_ballbomb SET mw8080_bbmusic REFS mw8080_ballbomb SECONDS 4 OPTIONS -samplerate 48000
  AUDIO music_ref.txt mw8080_tone_check check @REF@ @WAV@ 0.1 3.7
  MAKE_REF mw8080_tone_check analyse @WAV@ 0.1 3.7 LABELS roms mw8080)
cabinet_board_test(mw8080_bbmusic_savestate SET mw8080_bbmusic SAVESTATE 100 3 LABELS roms mw8080)
