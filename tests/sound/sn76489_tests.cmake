# SN76489 PSG unit test (the device driven directly, exact samples).
add_executable(test_sn76489 ${CMAKE_CURRENT_SOURCE_DIR}/sound/test_sn76489.c)
target_link_libraries(test_sn76489 cabinet_core)
add_test(NAME test_sn76489 COMMAND test_sn76489)
