# AY-3-8910A PSG unit test (the device driven directly, exact samples).
add_executable(test_ay8910 ${CMAKE_CURRENT_SOURCE_DIR}/sound/test_ay8910.c)
target_link_libraries(test_ay8910 cabinet_core)
add_test(NAME test_ay8910 COMMAND test_ay8910)

# Konami sound board: timer chain, filter capacitors, output levels.
add_executable(test_konami_sound ${CMAKE_CURRENT_SOURCE_DIR}/sound/test_konami_sound.c)
target_link_libraries(test_konami_sound cabinet_core)
add_test(NAME test_konami_sound COMMAND test_konami_sound)
