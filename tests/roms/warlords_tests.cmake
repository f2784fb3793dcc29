# Cabinet's Warlords test set (sources in tests/roms/warlords; graphics and PROMs from
# centiped_romgen, tests/roms/centiped/romgen.c) with the real set's file names and sizes, and
# its board test against MAME 0.251. Needs xa (xa65).
# The program reads the four paddles through POKEY POT0-3 and ALLPOT at each VBLANK and prints
# them: the input script moves them (+N/-N, held within MAME's PORT_MINMAX 1d-cb), and the frames
# must match MAME 0.251's with the same script; tiles and sprites in all four quadrants (colour
# by quadrant), every tile flip; the cabinet switch turned to upright late in the run (the
# picture mirrored, PROM 40-7f in grey).
set(_war_src ${CMAKE_CURRENT_LIST_DIR}/warlords)
cabinet_test_set(warlords SYSTEM warlords DIR warlords_test ASM xa SOURCE warlords/test.s
  SPLIT 2048 037154-01.m1 037153-01.k1 037158-01.j1 037157-01.h1 037156-01.e1 037155-01.d1
  ROMGEN centiped_romgen MAKE "wgfx 037159-01.e6" "wprom 037235-01.n7" "prom 037161-01.m6")
# Sound: the POKEY's four channels in turn, 30 frames each; audio checked as Millipede's.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  set(_war_audio OPTIONS -samplerate 48000 AUDIO test.wav ${Python3_EXECUTABLE}
    ${CMAKE_CURRENT_LIST_DIR}/centiped/audio_check.py @REF@ @WAV@ 0.75:0.5:5.75)
else()
  message(WARNING "python3 not found: warlords_vs_mame runs without its audio check")
  set(_war_audio)
endif()
cabinet_board_test(warlords_vs_mame SET warlords REFS warlords PREFIX test INPUTS warlords/inputs.txt
  FRAMES 20 45 80 111 150 190 230 250 280 SECONDS 6 ${_war_audio} DETERMINISM SAVESTATE 50 3 LABELS roms warlords)
