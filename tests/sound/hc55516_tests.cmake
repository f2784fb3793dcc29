# The HC55516 CVSD decoder (Sinistar's speech).
add_executable(test_hc55516 ${CMAKE_CURRENT_SOURCE_DIR}/sound/test_hc55516.c)
target_link_libraries(test_hc55516 cabinet_core)
add_test(NAME test_hc55516 COMMAND test_hc55516)
