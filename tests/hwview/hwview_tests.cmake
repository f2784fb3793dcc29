# Viewers (-dumpgfx) and pixel provenance (-why), headless: test_hwview.sh.
add_executable(png_sha1 ${CMAKE_CURRENT_LIST_DIR}/png_sha1.c)
target_link_libraries(png_sha1 cabinet_core)
add_test(NAME hwview_headless
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_hwview.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
          ${CMAKE_CURRENT_LIST_DIR} $<TARGET_FILE:png_sha1>)
set_tests_properties(hwview_headless PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 240 LABELS "frontend;video")
# F4 in the window under Xvfb (skipped without xvfb-run or SDL2).
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME hwview_window
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_hwview_window.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            $<TARGET_FILE:png_sha1>)
  set_tests_properties(hwview_window PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120 LABELS frontend)
endif()
# provenance_describe's redraw path (no notes): the same chains, emulation unchanged.
add_executable(test_why_redraw ${CMAKE_CURRENT_LIST_DIR}/test_why_redraw.c)
target_link_libraries(test_why_redraw cabinet_core)
add_test(NAME hwview_why_redraw COMMAND test_why_redraw ${CMAKE_BINARY_DIR}/roms ${CMAKE_CURRENT_LIST_DIR}/expected)
set_tests_properties(hwview_why_redraw PROPERTIES SKIP_RETURN_CODE 77 LABELS video)
# PROM chains of palettes from several PROMs (1942, Time Pilot, Mr. Do!, Donkey Kong, Galaxian).
add_test(NAME hwview_prom_chains
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_prom_chains.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
          ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(hwview_prom_chains PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 240 LABELS video)
