# Unit tests of the video parts: screen partial updates, tilemap, gfx, resistor networks.
foreach(t test_screen test_tilemap test_gfx test_resnet)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/video/${t}.c)
    add_executable(${t} ${CMAKE_CURRENT_SOURCE_DIR}/video/${t}.c)
    target_link_libraries(${t} cabinet_core)
    add_test(NAME video_${t} COMMAND ${t})
    set_tests_properties(video_${t} PROPERTIES LABELS video)
  endif()
endforeach()
