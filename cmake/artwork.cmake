# Bundled artwork (artwork/<set>/default.lay and its pictures) is copied
# beside the binary, where the default -artpath "artwork" finds it.
# Included from the top CMakeLists.txt.
file(GLOB_RECURSE CABINET_ARTWORK_FILES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/artwork/*.lay ${CMAKE_SOURCE_DIR}/artwork/*.png)
set(CABINET_ARTWORK_OUT)
foreach(f ${CABINET_ARTWORK_FILES})
  file(RELATIVE_PATH rel ${CMAKE_SOURCE_DIR} ${f})
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/${rel}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${f} ${CMAKE_BINARY_DIR}/${rel}
    DEPENDS ${f})
  list(APPEND CABINET_ARTWORK_OUT ${CMAKE_BINARY_DIR}/${rel})
endforeach()
add_custom_target(artwork ALL DEPENDS ${CABINET_ARTWORK_OUT})
