# Artwork (.lay parsing, compositing, lookup) and samples (device, loader,
# -listsamples / -verifysamples). Fixtures are generated in temp folders.
set(ART_TEST_DIR ${CMAKE_CURRENT_SOURCE_DIR}/artwork)
add_executable(test_artwork ${ART_TEST_DIR}/test_artwork.c ${CMAKE_SOURCE_DIR}/src/frontend/artwork.c)
target_link_libraries(test_artwork romset_fixture PkgConfig::EXPAT PkgConfig::PNG)
add_test(NAME artwork_layout COMMAND test_artwork)

add_executable(test_samples ${ART_TEST_DIR}/test_samples.c ${CMAKE_SOURCE_DIR}/src/frontend/samples_load.c
  ${CMAKE_SOURCE_DIR}/src/frontend/samples_cmd.c ${CMAKE_SOURCE_DIR}/src/frontend/audit.c)
target_link_libraries(test_samples romset_fixture)
add_test(NAME artwork_samples COMMAND test_samples)
set_tests_properties(artwork_layout artwork_samples PROPERTIES LABELS "artwork")
target_compile_definitions(test_artwork PRIVATE CABINET_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
