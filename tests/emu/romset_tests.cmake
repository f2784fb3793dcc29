# ROM-set subsystem: hashes, hash files, zip sets and the audit commands.
# Test zips are generated at run time in a temp folder.
set(ROMSET_TEST_DIR ${CMAKE_CURRENT_SOURCE_DIR}/emu)
add_library(romset_fixture STATIC ${ROMSET_TEST_DIR}/romset_fixture.c)
target_link_libraries(romset_fixture PUBLIC cabinet_core)

foreach(t hashdb romload)
  add_executable(test_${t} ${ROMSET_TEST_DIR}/test_${t}.c)
  target_link_libraries(test_${t} romset_fixture)
  add_test(NAME emu_${t} COMMAND test_${t})
  set_tests_properties(emu_${t} PROPERTIES LABELS "emu;romset")
endforeach()

# audit.c belongs to the frontend, which cabinet_core does not hold.
add_executable(test_audit ${ROMSET_TEST_DIR}/test_audit.c ${CMAKE_SOURCE_DIR}/src/frontend/audit.c)
target_link_libraries(test_audit romset_fixture)
add_test(NAME emu_audit COMMAND test_audit)
set_tests_properties(emu_audit PROPERTIES LABELS "emu;romset")
