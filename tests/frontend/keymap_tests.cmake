# Controllers in the input map and the cfg round trip (src/frontend/sdl/keymap.c,
# config.c), in process: synthetic controller events, no display or device.
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_executable(test_keymap ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_keymap.c
                 ${CMAKE_SOURCE_DIR}/src/frontend/sdl/keymap.c ${CMAKE_SOURCE_DIR}/src/frontend/sdl/config.c
                 ${CMAKE_SOURCE_DIR}/src/frontend/sdl/dips.c ${CMAKE_SOURCE_DIR}/src/frontend/sdl/uikeys.c
                 ${CMAKE_SOURCE_DIR}/src/frontend/sdl/chipvol.c)
  target_link_libraries(test_keymap cabinet_core PkgConfig::SDL2)
  target_include_directories(test_keymap PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  add_test(NAME frontend_keymap_cfg COMMAND sh -c "rm -rf '${CMAKE_BINARY_DIR}/keymap_scratch' && mkdir -p '${CMAKE_BINARY_DIR}/keymap_scratch' && $<TARGET_FILE:test_keymap> '${CMAKE_BINARY_DIR}/keymap_scratch'")
  set_tests_properties(frontend_keymap_cfg PROPERTIES TIMEOUT 60 LABELS frontend)
endif()
