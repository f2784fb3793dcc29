# Intel MCS-48: unit test executable (timer/counter, interrupts, disassembler).

# tests/cpu/*.c is globbed into cputest; the unit test has its own main().
set(MCS48_UNIT_SRC ${CMAKE_CURRENT_SOURCE_DIR}/cpu/test_mcs48_unit.c)
get_target_property(_cputest_srcs cputest SOURCES)
list(REMOVE_ITEM _cputest_srcs ${MCS48_UNIT_SRC})
set_property(TARGET cputest PROPERTY SOURCES ${_cputest_srcs})

add_executable(test_mcs48_unit ${MCS48_UNIT_SRC})
target_link_libraries(test_mcs48_unit cabinet_core)
add_test(NAME cpu_mcs48_unit COMMAND test_mcs48_unit)
set_tests_properties(cpu_mcs48_unit PROPERTIES LABELS cpu)
