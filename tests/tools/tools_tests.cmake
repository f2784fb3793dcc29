# Tools shared by the board tests. This file is included after the other
# *tests.cmake files (tests/CMakeLists.txt globs them in order), so they name
# these targets only through $<TARGET_FILE:...> in their add_test commands.

# frame_compare: frames against MAME references pixel for pixel, and pixel /
# size checks of single snapshots (usage at the top of frame_compare.c).
add_executable(frame_compare ${CMAKE_CURRENT_SOURCE_DIR}/tools/frame_compare.c)
target_link_libraries(frame_compare cabinet_core)
