# Pac-Man board: homebrew test programs (tests/roms/pacman, see its README),
# each built into ${CMAKE_BINARY_DIR}/roms/<program>/pacman/ with the ten files
# of MAME's `pacman` set (real names and sizes), so that roms/<program> is a
# rompath for `pacman`; and the board tests comparing Cabinet's frames and
# audio with MAME 0.251's (tests/refs/pacman; tools/mame_refs.sh remakes them).
# Frame 1 shows the start-up code half done: it checks the CPU's exact cycle
# counts from reset on.
# Needs Debian's z80asm or pasmo (the tests skip without them).
set(PACMAN_TESTROM_SRC ${CMAKE_CURRENT_LIST_DIR}/pacman)
add_executable(pacman_romgen ${PACMAN_TESTROM_SRC}/romgen.c)
target_link_libraries(pacman_romgen cabinet_romtool)
set_target_properties(pacman_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
add_executable(pacman_audio ${PACMAN_TESTROM_SRC}/audio_check.c)
target_link_libraries(pacman_audio cabinet_core m)

foreach(prog tiles sprites sound inputs watchdog)
  cabinet_test_set(pacman_${prog} SYSTEM pacman DIR ${prog} ASM z80asm pasmo
    SOURCE pacman/${prog}.asm INCLUDE ${PACMAN_TESTROM_SRC}
    DEPENDS ${PACMAN_TESTROM_SRC}/common.asm ${PACMAN_TESTROM_SRC}/tail.asm
    SPLIT 4096 pacman.6e pacman.6f pacman.6h pacman.6j
    ROMGEN pacman_romgen MAKE "gfx pacman.5e pacman.5f" "proms 82s123.7f 82s126.4a 82s126.1m 82s126.3m")
endforeach()

cabinet_board_test(pacman_frames_tiles SET pacman_tiles REFS pacman/tiles
  FRAMES 1 2 16 33 34 48 80 112 144 176 208 240 258 300)
cabinet_board_test(pacman_frames_sprites SET pacman_sprites REFS pacman/sprites
  FRAMES 1 2 30 60 61 62 63 90 120 150 180 240 300 400 520)
cabinet_board_test(pacman_frames_sound SET pacman_sound REFS pacman/sound FRAMES 1 2 60 240 300)
cabinet_board_test(pacman_frames_inputs SET pacman_inputs REFS pacman/inputs PREFIX input
  INPUTS pacman/inputs.txt
  FRAMES 1 2 10 20 21 22 23 25 45 65 85 105 125 145 165 185 205 225 245 265 285 305 315)
cabinet_board_test(pacman_frames_watchdog SET pacman_watchdog REFS pacman/watchdog
  FRAMES 1 2 60 120 121 130 131 132 133 134 135 136 137 138 139 140 141 142 150 200 290 300 500)
# WSG pitch, level and timing against MAME's 5 s recording (pacman/audio_check.c)
cabinet_board_test(pacman_audio SET pacman_sound REFS pacman/sound SECONDS 5
  AUDIO normal.wav pacman_audio @REF@ @WAV@)
cabinet_board_test(pacman_determinism SET pacman_sprites SECONDS 5 DETERMINISM)
