# Host-side helpers of the homebrew ROM generators (games/, tests/roms/).
include_guard(GLOBAL)
add_library(cabinet_romtool STATIC ${CMAKE_CURRENT_LIST_DIR}/romtool.c)
target_include_directories(cabinet_romtool PUBLIC ${CMAKE_CURRENT_LIST_DIR})
