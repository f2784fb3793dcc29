# Benchmarks: built with the project, run by hand (`make bench`), never by ctest.
file(GLOB BENCH_PROGRAMS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/bench/prog_*.c)
add_executable(cpubench ${CMAKE_SOURCE_DIR}/bench/cpubench.c ${BENCH_PROGRAMS})
target_include_directories(cpubench PRIVATE ${CMAKE_SOURCE_DIR})
target_link_libraries(cpubench cabinet_core)
set_target_properties(cpubench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
