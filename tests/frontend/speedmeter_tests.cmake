# -bench's Average speed (src/frontend/speedmeter.c), counted as MAME counts it.
add_executable(test_speedmeter ${CMAKE_CURRENT_SOURCE_DIR}/frontend/test_speedmeter.c
               ${CMAKE_SOURCE_DIR}/src/frontend/speedmeter.c)
target_link_libraries(test_speedmeter cabinet_core m)
target_include_directories(test_speedmeter PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME test_speedmeter COMMAND test_speedmeter)
set_tests_properties(test_speedmeter PROPERTIES LABELS frontend)
