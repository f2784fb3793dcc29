# The discrete building blocks (sound/disc_rc, disc_osc, disc_mix) against
# the textbook values of their circuits.
add_executable(test_discrete ${CMAKE_CURRENT_SOURCE_DIR}/sound/test_discrete.c)
target_link_libraries(test_discrete cabinet_core m)
add_test(NAME test_discrete COMMAND test_discrete)

# The sound thread: the same samples rendered on a worker as on the caller.
add_executable(test_sound_worker ${CMAKE_CURRENT_SOURCE_DIR}/sound/test_sound_worker.c)
target_link_libraries(test_sound_worker cabinet_core)
add_test(NAME test_sound_worker COMMAND test_sound_worker)
