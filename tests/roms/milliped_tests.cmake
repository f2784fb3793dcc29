# Cabinet's Millipede-board test sets (sources in tests/roms/milliped; graphics and PROMs from
# centiped_romgen, tests/roms/centiped/romgen.c): Maze Invaders and Millipede, each with the real
# set's file names and sizes, and their board tests against MAME 0.251. Needs xa (xa65).
set(_mill_src ${CMAKE_CURRENT_LIST_DIR}/milliped)

# Maze Invaders: 16 sprites reused in the four bands of the frame (the IRQ handler moves them),
# all four sprite palettes and playfield colour codes, both tile banks, palette RAM through the
# colour PROM, the four analog sticks (stick select 2580-2583, read at 2020), DIPs through both
# POKEYs' ALLPOT. MAME 0.251 draws band by band, as Cabinet.
cabinet_test_set(mazeinv SYSTEM mazeinv DIR mazeinv_test ASM xa SOURCE milliped/mazeinv.s
  SPLIT 4096 136011-005.p1 136011-004.mn1 136011-003.l1 136011-002.k1 136011-001.hj1
  ROMGEN centiped_romgen MAKE "gfxbank 136011-007.hj6 136011-006.f6" "cprom 136011-009.c11"
  "prom 136011-008.c10")
# Sound: each channel of both POKEYs in turn, 30 frames each; audio as Millipede's check.
# Frames 227, 230 and 233: a 5-cycle store of the IRQ handler straddles the 16V timer's partial
# update at line 192; MAME's 6502 stops mid-instruction at the timer and the write lands after the
# update: Cabinet's core fires the due timers before that access (cpu_base.slice_end).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  set(_mazeinv_audio OPTIONS -samplerate 48000 AUDIO test.wav ${Python3_EXECUTABLE}
    ${CMAKE_CURRENT_LIST_DIR}/centiped/audio_check.py @REF@ @WAV@ 0.75:0.5:5.75)
else()
  message(WARNING "python3 not found: mazeinv_vs_mame runs without its audio check")
  set(_mazeinv_audio)
endif()
cabinet_board_test(mazeinv_vs_mame SET mazeinv REFS mazeinv PREFIX test INPUTS milliped/mazeinv_inputs.txt
  FRAMES 20 45 80 111 150 190 227 230 233 280
  SECONDS 6 ${_mazeinv_audio} DETERMINISM SAVESTATE 50 3 LABELS roms milliped)

# Millipede: every channel of both POKEYs in turn (half a second each), the EAROM round trip,
# IN0/IN1 with the trackball enabled and disabled (TBEN: counts, or the P8 switches), IN2 with
# CNTRLSEL clear and set, both POKEYs' ALLPOT (DIP banks), palette RAM rewritten each frame, tiles
# in both banks and four colours, sprites in the four sprite palettes. Frames and audio against
# MAME 0.251 (audio: per 0.25 s window the tone within 0.5% in the middle of each channel's half
# second, sound/silence alike elsewhere, the first sound within 2 ms).
find_package(Python3 COMPONENTS Interpreter)
cabinet_test_set(milliped SYSTEM milliped DIR milliped_test ASM xa SOURCE milliped/test.s
  SPLIT 4096 136013-104.mn1 136013-103.l1 136013-102.jk1 136013-101.h1
  ROMGEN centiped_romgen MAKE "gfxbank 136013-107.r5 136013-106.p5" "prom 136001-213.e7")
if(Python3_FOUND)
  cabinet_board_test(milliped_vs_mame SET milliped REFS milliped PREFIX test INPUTS milliped/inputs.txt
    FRAMES 20 45 75 100 130 160 200 260 330 SECONDS 6 OPTIONS -samplerate 48000
    AUDIO test.wav ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/centiped/audio_check.py @REF@ @WAV@ 0.75:0.5:5.75
    DETERMINISM SAVESTATE 50 3 LABELS roms milliped)
endif()
