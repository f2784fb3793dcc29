# Motorola 6800: unit test executable (the conformance suites are in suites.cmake).

# tests/cpu/*.c is globbed into cputest; the unit test has its own main().
set(M6800_UNIT_SRC ${CMAKE_CURRENT_SOURCE_DIR}/cpu/test_m6800_unit.c)
get_target_property(_cputest_srcs cputest SOURCES)
list(REMOVE_ITEM _cputest_srcs ${M6800_UNIT_SRC})
set_property(TARGET cputest PROPERTY SOURCES ${_cputest_srcs})

add_executable(test_m6800_unit ${M6800_UNIT_SRC})
target_link_libraries(test_m6800_unit cabinet_core)
add_test(NAME cpu_6800_unit COMMAND test_m6800_unit)
set_tests_properties(cpu_6800_unit PROPERTIES LABELS cpu)
