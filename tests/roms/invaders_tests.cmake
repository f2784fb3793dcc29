# Homebrew Space Invaders test ROM sets (program: tests/roms/invaders/invaders.asm).
# Builds ${CMAKE_BINARY_DIR}/roms/invaders_test/{invaders,sitv}/ with the real file names and
# sizes of MAME's sets; the board tests compare Cabinet's frames with MAME 0.251's
# (tests/refs/invaders, remade by tools/mame_refs.sh), with the scripted inputs, and check that
# two runs give the same frame hashes. Every frame must match, the interrupt counters included:
# the driver starts the line-96 timer from MAME's power-on phase (VBLANK start) and keeps an
# interrupt raised before the first EI pending, as MAME's INTE latch does. Needs Debian's z80asm.
set(_inv_src ${CMAKE_CURRENT_LIST_DIR}/invaders)
set(_inv_root ${CMAKE_BINARY_DIR}/roms/invaders_test)
cabinet_test_set(invaders SYSTEM invaders DIR invaders_test ASM z80asm SOURCE invaders/invaders.asm
  SPLIT 2048 invaders.h invaders.g invaders.f invaders.e)
cabinet_test_set(sitv SYSTEM sitv DIR invaders_test ASM z80asm SOURCE invaders/invaders.asm
  SPLIT 2048 tv0h.s1 tv02.rp1 tv03.n1 tv04.m1)
foreach(set invaders sitv)
  cabinet_board_test(invaders_frames_${set} SET ${set} REFS invaders/${set} PREFIX inputs
    INPUTS invaders/inputs.txt FRAMES 2 10 29 40 70 90 DETERMINISM LABELS roms invaders)
endforeach()

get_property(_inv_built GLOBAL PROPERTY CABINET_SET_invaders_BUILT)
if(NOT _inv_built)
  return()
endif()
add_executable(invaders_sample_check ${_inv_src}/sample_check.c)
target_link_libraries(invaders_sample_check cabinet_core m)
# Samples (synthetic set made at test time): the right sample at the right frame.
add_test(NAME invaders_samples
  COMMAND ${_inv_src}/run_samples.sh $<TARGET_FILE:cabinet> $<TARGET_FILE:invaders_sample_check>
          ${_inv_root} ${_inv_src}/samples_expected.txt)
set_tests_properties(invaders_samples PROPERTIES LABELS roms)
# -snapview artwork: size and overlay colours of the composed snapshot (artwork copied beside the binary).
add_test(NAME invaders_artwork_snapshot
  COMMAND ${_inv_src}/run_artwork.sh $<TARGET_FILE:cabinet> $<TARGET_FILE:frame_compare>
          ${_inv_root} ${CMAKE_BINARY_DIR}/artwork)
set_tests_properties(invaders_artwork_snapshot PROPERTIES LABELS roms)
