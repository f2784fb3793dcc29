# The i8257 DMA controller driven directly (its use on a board: the dkong_* tests).
add_executable(test_i8257 ${CMAKE_CURRENT_SOURCE_DIR}/machine/test_i8257.c)
target_link_libraries(test_i8257 cabinet_core)
add_test(NAME test_i8257 COMMAND test_i8257)
