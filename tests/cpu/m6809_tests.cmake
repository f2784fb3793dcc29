# Motorola 6809: unit tests (interrupts, SYNC/CWAI, disassembler, two
# instances, save state). The conformance suites are in suites.cmake.
add_executable(test_m6809_unit ${CMAKE_CURRENT_SOURCE_DIR}/cpu/test_m6809_unit.c)
target_link_libraries(test_m6809_unit cabinet_core)
add_test(NAME cpu_6809_unit COMMAND test_m6809_unit)
set_tests_properties(cpu_6809_unit PROPERTIES LABELS cpu)
