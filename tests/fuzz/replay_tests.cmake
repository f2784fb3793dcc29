# Every fuzz entry point over its seed corpus and its crash regressions,
# built with the normal compiler (no libFuzzer needed).
set(FUZZ_SRC_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
set(FUZZ_REPLAY_TARGETS hashdb zipset archive savestate inp inputscript png wav layout ini listxml)
# The frontend without main() (window_none.c stands in for the window).
file(GLOB FUZZ_FRONTEND CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/frontend/*.c)
list(REMOVE_ITEM FUZZ_FRONTEND ${CMAKE_SOURCE_DIR}/src/frontend/main.c)
set(FUZZ_REPLAY_SRC ${FUZZ_SRC_DIR}/fuzz_replay.c ${FUZZ_SRC_DIR}/fuzz_common.c ${FUZZ_FRONTEND})
foreach(t ${FUZZ_REPLAY_TARGETS})
  list(APPEND FUZZ_REPLAY_SRC ${FUZZ_SRC_DIR}/fuzz_${t}.c)
endforeach()
add_executable(fuzz_replay ${FUZZ_REPLAY_SRC})
target_link_libraries(fuzz_replay cabinet_core)
foreach(t ${FUZZ_REPLAY_TARGETS})
  set(inputs ${FUZZ_SRC_DIR}/corpus/${t})
  if(EXISTS ${FUZZ_SRC_DIR}/regressions/${t})
    list(APPEND inputs ${FUZZ_SRC_DIR}/regressions/${t})
  endif()
  add_test(NAME fuzz_replay_${t} COMMAND fuzz_replay ${t} ${inputs})
  set_tests_properties(fuzz_replay_${t} PROPERTIES LABELS fuzz TIMEOUT 120)
endforeach()
# archive: a regression 7z makes libarchive ask malloc for 34 GB; in a real
# run malloc fails and the file is reported, so under AddressSanitizer the
# allocation is allowed to fail the same way (scripts/fuzz.sh does as much)
set_tests_properties(fuzz_replay_archive PROPERTIES
  ENVIRONMENT "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:allocator_may_return_null=1")
