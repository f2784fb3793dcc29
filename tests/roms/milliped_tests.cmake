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
cabinet_board_test(mazeinv_vs_mame SET mazeinv REFS mazeinv PREFIX test INPUTS milliped/mazeinv_inputs.txt
  FRAMES 20 45 80 111 150 190 230 280 SECONDS 6 DETERMINISM SAVESTATE 50 3 LABELS roms milliped)
