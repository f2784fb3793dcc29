# Run-ahead and rewind (src/frontend/runahead.c, rewind.c): unit test in
# process, the headless runner, and the latency measured in the window.
# cabz80_lag.asm is assembled as cabz80.1 into roms_lag/ (its own folder:
# same name as the real test program).
set(CABZ80_LAG_ROM ${CMAKE_BINARY_DIR}/roms_lag/cabz80/cabz80.1)
add_custom_command(OUTPUT ${CABZ80_LAG_ROM}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/roms_lag/cabz80
  COMMAND ${Z80ASM} -o ${CABZ80_LAG_ROM} ${CMAKE_SOURCE_DIR}/tests/roms/cabz80/cabz80_lag.asm
  DEPENDS ${CMAKE_SOURCE_DIR}/tests/roms/cabz80/cabz80_lag.asm
  COMMENT "Assembling the cabz80 latency test ROM")
add_custom_target(rom_cabz80_lag ALL DEPENDS ${CABZ80_LAG_ROM})

add_executable(test_timeshift ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_timeshift.c
               ${CMAKE_SOURCE_DIR}/src/frontend/runahead.c ${CMAKE_SOURCE_DIR}/src/frontend/rewind.c
               ${CMAKE_SOURCE_DIR}/src/frontend/sdl/latency.c)
target_link_libraries(test_timeshift cabinet_core)
add_test(NAME test_timeshift COMMAND test_timeshift ${CMAKE_BINARY_DIR}/roms ${CMAKE_BINARY_DIR}/roms_lag)
set_tests_properties(test_timeshift PROPERTIES TIMEOUT 120 LABELS frontend)

add_test(NAME frontend_timeshift
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_timeshift_cli.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms)
set_tests_properties(frontend_timeshift PROPERTIES TIMEOUT 240 LABELS frontend)

# The latency measured in the window drops by N frames; rewind on Backspace.
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME frontend_window_timeshift
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window_timeshift.sh $<TARGET_FILE:cabinet>
            ${CMAKE_BINARY_DIR}/roms ${CMAKE_BINARY_DIR}/roms_lag)
  set_tests_properties(frontend_window_timeshift PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS frontend
                       ENVIRONMENT "${_window_asan}")
endif()
