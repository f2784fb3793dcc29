# Cabinet's Missile Command test sets (sources in tests/roms/missile): builds
# ${CMAKE_BINARY_DIR}/roms/missile_test/missile/ with the seven files of MAME's
# `missile` set (real names and sizes), and the board tests comparing Cabinet
# with MAME 0.251's frames and audio of that set (tests/refs/missile, remade
# by tools/mame_refs.sh). Needs xa (xa65).
find_package(Python3 COMPONENTS Interpreter)
set(_mis_src ${CMAKE_CURRENT_LIST_DIR}/missile)
add_executable(missile_romgen ${_mis_src}/romgen.c)
target_link_libraries(missile_romgen cabinet_romtool)
set_target_properties(missile_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
set(_mis_roms 035820-02.h1 035821-02.jk1 035822-03e.kl1 035823-02.ln1 035824-02.np1 035825-02.r1)
cabinet_test_set(missile SYSTEM missile DIR missile_test ASM xa SOURCE missile/test.s
  SPLIT 2048 ${_mis_roms} ROMGEN missile_romgen MAKE "prom 035826-01.l6")
# The CPU-heavy variant for -bench (docs/performance.md): region B redrawn with MADSEL writes nonstop
cabinet_test_set(missile_bench SYSTEM missile DIR missile_bench ASM xa SOURCE missile/bench.s
  INCLUDE ${_mis_src} DEPENDS ${_mis_src}/test.s
  SPLIT 2048 ${_mis_roms} ROMGEN missile_romgen MAKE "prom 035826-01.l6")

# Frames of the drawing (plain, MADSEL and third-plane writes, MADSEL reads; frames 10-70 catch it
# mid-way, band by band as the partial updates at each IRQ clock draw it, so the CPU's progress with
# the slowed lines and the extra MADSEL clocks must be MAME's; frames 51-69, where the third-plane
# drawing runs through the slowed lines, need the timers to fire between the accesses of an
# instruction as MAME's 6502 lets them (cpu_base.slice_end), and the reset sequence's seven clocks
# before the first fetch, without which 53, 57, 58 and 63 had one pixel drawn a write early), the input rows (trackball, switches,
# the loop count per frame in units of 64), the colour change and the flipped screen reading the
# cocktail trackball; the four POKEY channels in pitch and timing
# (missile/audio_check.py); two runs alike; a state saved after frame 120 resumes alike.
if(Python3_FOUND)
  set(_mis_audio AUDIO test.wav ${Python3_EXECUTABLE} ${_mis_src}/audio_check.py @REF@ @WAV@)
else()
  message(WARNING "python3 not found: missile_vs_mame runs without its audio check")
  set(_mis_audio)
endif()
cabinet_board_test(missile_vs_mame SET missile REFS missile PREFIX test INPUTS missile/inputs.txt
  FRAMES 10 20 30 40 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 90 118 128 138 148 158
  168 200 260 350 402 416 424 432 440 SECONDS 8
  OPTIONS -samplerate 48000
  ${_mis_audio} DETERMINISM SAVESTATE 120 3 LABELS roms missile)
# The bench program redraws all the time: its frames (mid-way through a redraw) against MAME's; two
# runs alike.
cabinet_board_test(missile_bench_determinism SET missile_bench REFS missile_bench PREFIX bench
  FRAMES 90 150 SECONDS 3 DETERMINISM LABELS roms missile)
