# Pac-Man board: the homebrew test sets (tests/roms/roms_tests.cmake) run
# headless and are compared with MAME 0.251's frames and audio
# (tests/refs/pacman), pixel for pixel (tests/tools/frame_compare.c); plus a
# determinism check.
add_executable(pacman_audio ${CMAKE_CURRENT_SOURCE_DIR}/emu/pacman_audio.c)
target_link_libraries(pacman_audio cabinet_core m)

# The ROM sets are built by roms_tests.cmake (included after this file); a
# missing set (no z80asm/pasmo) makes the tests skip (exit 77).

set(_pac_run ${CMAKE_CURRENT_SOURCE_DIR}/emu/pacman_run.sh)
set(_pac_refs ${CMAKE_SOURCE_DIR}/tests/refs/pacman)
set(_pac_out ${CMAKE_BINARY_DIR}/pacman_tests)
foreach(prog tiles sprites sound inputs watchdog)
  add_test(NAME pacman_frames_${prog}
    COMMAND ${_pac_run} frames $<TARGET_FILE:cabinet> $<TARGET_FILE:frame_compare> ${CMAKE_BINARY_DIR}/roms
            ${_pac_refs} ${prog} ${_pac_out}/${prog})
  set_tests_properties(pacman_frames_${prog} PROPERTIES LABELS pacman)
endforeach()
add_test(NAME pacman_audio
  COMMAND ${_pac_run} audio $<TARGET_FILE:cabinet> $<TARGET_FILE:pacman_audio> ${CMAKE_BINARY_DIR}/roms
          ${_pac_refs} ${_pac_out}/audio)
add_test(NAME pacman_determinism
  COMMAND ${_pac_run} determinism $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms sprites ${_pac_out}/determinism)
set_tests_properties(pacman_audio pacman_determinism PROPERTIES LABELS pacman)
set_tests_properties(pacman_frames_tiles pacman_frames_sprites pacman_frames_sound pacman_frames_inputs
  pacman_frames_watchdog pacman_audio pacman_determinism PROPERTIES SKIP_RETURN_CODE 77)

