# Window tests: the real SDL window on the cabz80 test board under Xvfb
# (skipped, exit 77, when xvfb-run is missing or the build has no SDL2).
add_executable(frontend_check ${CMAKE_CURRENT_SOURCE_DIR}/frontend/frontend_check.c
               ${CMAKE_SOURCE_DIR}/src/frontend/sdl/font.c)
target_link_libraries(frontend_check cabinet_core)
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME frontend_window
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            $<TARGET_FILE:frontend_check> $<TARGET_FILE:frame_compare>)
  set_tests_properties(frontend_window PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120 LABELS frontend)
endif()
# The X11/GL/D-Bus libraries SDL loads keep allocations LeakSanitizer reports
# from unloaded modules, so the window tests run without leak checks under
# the sanitizers; leak checks stay on for every other test.
set(_window_asan "")
if(CABINET_SANITIZE)
  set(_window_asan "ASAN_OPTIONS=detect_leaks=0:halt_on_error=1")
endif()
if(TEST frontend_window AND CABINET_SANITIZE)
  set_tests_properties(frontend_window PROPERTIES ENVIRONMENT "${_window_asan}")
endif()
# NVRAM, recordings, artwork, SDL2_mixer and cabinet.ini through the window.
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  set(_mixer_expected 0)
  if(SDL2_MIXER_FOUND)
    set(_mixer_expected 1)
  endif()
  add_test(NAME frontend_window_play
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window_play.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            $<TARGET_FILE:frontend_check> ${CMAKE_SOURCE_DIR}/artwork $<TARGET_FILE:frame_compare>)
  set_tests_properties(frontend_window_play PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 240 LABELS frontend
                       ENVIRONMENT "CABINET_EXPECT_MIXER=${_mixer_expected};${_window_asan}")
endif()
# The picture's shape: MAME's display aspect, whole factors, full screen.
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME frontend_window_shape
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window_shape.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            $<TARGET_FILE:frontend_check>)
  set_tests_properties(frontend_window_shape PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 240 LABELS frontend
                       ENVIRONMENT "${_window_asan}")
endif()
# Readable UI at any size: menu and messages measured on window shots.
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME frontend_window_ui
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window_ui.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            $<TARGET_FILE:frontend_check>)
  set_tests_properties(frontend_window_ui PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180 LABELS frontend
                       ENVIRONMENT "${_window_asan}")
endif()
# The output layer: symlinks, temp names, failures, concurrent writers, WAV limit.
add_executable(test_fileio ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_fileio.c)
target_link_libraries(test_fileio cabinet_core)
target_include_directories(test_fileio PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME test_fileio COMMAND sh -c "rm -rf '${CMAKE_BINARY_DIR}/fileio_scratch' && $<TARGET_FILE:test_fileio> '${CMAKE_BINARY_DIR}/fileio_scratch'")
set_tests_properties(test_fileio PROPERTIES TIMEOUT 60 LABELS frontend)
# Nothing lost, headless: signals, NVRAM kept, record/playback with NVRAM, failed runs.
add_test(NAME frontend_outputs
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_outputs.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
          $<TARGET_FILE:frontend_check>)
set_tests_properties(frontend_outputs PROPERTIES TIMEOUT 240 LABELS frontend)
# Zip opening linear in entries (100k entries), exact duplicate names.
find_package(Python3 COMPONENTS Interpreter)
add_executable(test_zipscale ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_zipscale.c)
target_link_libraries(test_zipscale cabinet_core)
target_include_directories(test_zipscale PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
if(Python3_Interpreter_FOUND)
  add_test(NAME test_zipscale COMMAND sh -c "mkdir -p '${CMAKE_BINARY_DIR}/zipscale' && ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/frontend/make_zips.py '${CMAKE_BINARY_DIR}/zipscale' && $<TARGET_FILE:test_zipscale> '${CMAKE_BINARY_DIR}/zipscale'")
  set_tests_properties(test_zipscale PROPERTIES TIMEOUT 120 LABELS frontend)
endif()
# MAME's option set, -showconfig, launch lines, ini order, -volume/-autosave/-writeconfig.
add_test(NAME frontend_mame_options
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_mame_options.sh $<TARGET_FILE:cabinet>)
set_tests_properties(frontend_mame_options PROPERTIES TIMEOUT 120 LABELS frontend)
# 7z sets and zips with zstd/lzma/bzip2 entries (libarchive).
add_executable(make_7z ${CMAKE_CURRENT_SOURCE_DIR}/tools/make_7z.c)
target_link_libraries(make_7z PkgConfig::LIBARCHIVE)
if(Python3_Interpreter_FOUND)
  add_test(NAME frontend_archives
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_archives.sh $<TARGET_FILE:cabinet> $<TARGET_FILE:make_7z>
            ${Python3_EXECUTABLE})
  set_tests_properties(frontend_archives PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120 LABELS frontend)
endif()
# Keyboard control of paddles, sticks and trackballs (MAME's key rule).
add_executable(test_analogkeys ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_analogkeys.c
  ${CMAKE_SOURCE_DIR}/src/frontend/analogkeys.c)
target_link_libraries(test_analogkeys cabinet_core)
target_include_directories(test_analogkeys PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME test_analogkeys COMMAND test_analogkeys)
set_tests_properties(test_analogkeys PROPERTIES TIMEOUT 30 LABELS frontend)
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME frontend_window_analogkeys
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window_analogkeys.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms)
  set_tests_properties(frontend_window_analogkeys PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180 LABELS frontend
                       ENVIRONMENT "${_window_asan}")
endif()
# The window's system list without a window: order, search, favourites file, status.
add_executable(test_selectlist ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_selectlist.c
               ${CMAKE_SOURCE_DIR}/src/frontend/selectlist.c ${CMAKE_SOURCE_DIR}/src/frontend/snapsize.c)
target_link_libraries(test_selectlist cabinet_core)
add_test(NAME frontend_selectlist COMMAND sh -c "rm -rf '${CMAKE_BINARY_DIR}/selectlist_scratch' && $<TARGET_FILE:test_selectlist> '${CMAKE_BINARY_DIR}/selectlist_scratch' '${CMAKE_BINARY_DIR}/roms'")
set_tests_properties(frontend_selectlist PROPERTIES TIMEOUT 60 LABELS frontend)
# Choosing a game in the window, the launch report, start-up information, Bookkeeping, -snapsize.
if(SDL2_FOUND AND NOT CABINET_HEADLESS_ONLY)
  add_test(NAME frontend_window_select
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_window_select.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
            $<TARGET_FILE:frontend_check>)
  set_tests_properties(frontend_window_select PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS frontend
                       ENVIRONMENT "${_window_asan}")
endif()
