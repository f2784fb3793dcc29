# Determinism, save states and input recordings (docs/reliability.md).
add_test(NAME reliability
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_reliability.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms)
add_executable(test_state_iso ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_state_iso.c)
target_link_libraries(test_state_iso cabinet_core)
add_test(NAME test_state_iso COMMAND test_state_iso ${CMAKE_BINARY_DIR}/roms)
