# Homebrew Space Invaders test ROM sets (program: tests/roms/invaders/invaders.asm).
# Builds ${CMAKE_BINARY_DIR}/roms/invaders_test/{invaders,sitv}/ with the real file names and
# sizes of MAME's sets, then compares Cabinet's frames with MAME 0.251's (tests/refs/invaders,
# made by tools/mame_refs_invaders.sh) and checks that two runs give the same frame hashes.
find_program(INVADERS_Z80ASM NAMES z80asm)
if(NOT INVADERS_Z80ASM)
  message(WARNING "z80asm not found: the invaders test ROM sets are not built")
  return()
endif()

set(_inv_src ${CMAKE_CURRENT_LIST_DIR}/invaders)
set(_inv_bin ${CMAKE_BINARY_DIR}/roms/tools/invaders_test.bin)
set(_inv_root ${CMAKE_BINARY_DIR}/roms/invaders_test)
set(_inv_files_invaders invaders.h invaders.g invaders.f invaders.e)
set(_inv_files_sitv tv0h.s1 tv02.rp1 tv03.n1 tv04.m1)

add_executable(invaders_sample_check ${_inv_src}/sample_check.c)
target_link_libraries(invaders_sample_check cabinet_core m)

set(_inv_outputs)
set(_inv_cmds)
foreach(set invaders sitv)
  set(i 0)
  foreach(f ${_inv_files_${set}})
    list(APPEND _inv_outputs ${_inv_root}/${set}/${f})
    math(EXPR skip "${i} * 4")
    list(APPEND _inv_cmds COMMAND dd if=${_inv_bin} of=${_inv_root}/${set}/${f} bs=512 skip=${skip} count=4 status=none)
    math(EXPR i "${i} + 1")
  endforeach()
endforeach()
add_custom_command(
  OUTPUT ${_inv_outputs}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/roms/tools ${_inv_root}/invaders ${_inv_root}/sitv
  COMMAND ${INVADERS_Z80ASM} -o ${_inv_bin} ${_inv_src}/invaders.asm
  ${_inv_cmds}
  DEPENDS ${_inv_src}/invaders.asm
  COMMENT "Space Invaders test ROM sets: roms/invaders_test"
  VERBATIM)
add_custom_target(invaders_test_roms ALL DEPENDS ${_inv_outputs})

foreach(set invaders sitv)
  add_test(NAME invaders_frames_${set}
    COMMAND ${_inv_src}/run_frames.sh $<TARGET_FILE:cabinet> $<TARGET_FILE:frame_compare>
            ${_inv_root} ${CMAKE_SOURCE_DIR}/tests/refs/invaders ${set} ${_inv_src}/inputs.txt)
  set_tests_properties(invaders_frames_${set} PROPERTIES LABELS roms)
endforeach()
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
