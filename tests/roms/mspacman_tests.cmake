# Ms. Pac-Man auxiliary board: a homebrew test (tests/roms/mspacman, see its
# README) encoded into MAME 0.251's `mspacman` file names and sizes, so that
# ${CMAKE_BINARY_DIR}/roms/auxboard is a rompath for `mspacman`; and the board
# test comparing Cabinet's frames with MAME's (tests/refs/mspacman/auxboard).
# Graphics and PROMs come from the Pac-Man test sets' generator
# (pacman_tests.cmake). Needs Debian's z80asm or pasmo.
set(_pacsrc ${CMAKE_CURRENT_LIST_DIR}/pacman)
add_executable(mspacman_encode ${CMAKE_CURRENT_LIST_DIR}/mspacman/encode.c)
set_target_properties(mspacman_encode PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

cabinet_test_set(mspacman_auxboard SYSTEM mspacman DIR auxboard ASM z80asm pasmo
  SOURCE mspacman/auxboard.asm INCLUDE ${_pacsrc} DEPENDS ${_pacsrc}/common.asm ${_pacsrc}/tail.asm
  ENCODE mspacman_encode pacman.6e pacman.6f pacman.6h pacman.6j u5 u6 u7
  ROMGEN pacman_romgen MAKE "gfx 5e 5f" "proms 82s123.7f 82s126.4a 82s126.1m 82s126.3m")
cabinet_board_test(mspacman_frames_auxboard SET mspacman_auxboard REFS mspacman/auxboard
  FRAMES 1 2 10 30 45 60 61 62 120 200 300 LABELS pacman)
