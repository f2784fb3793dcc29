# Every fuzz entry point over its seed corpus and its crash regressions,
# built with the normal compiler (no libFuzzer needed).
set(FUZZ_SRC_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
set(FUZZ_REPLAY_TARGETS hashdb zipset savestate inp inputscript png wav)
set(FUZZ_REPLAY_SRC ${FUZZ_SRC_DIR}/fuzz_replay.c ${FUZZ_SRC_DIR}/fuzz_common.c
  ${CMAKE_SOURCE_DIR}/src/frontend/inp.c ${CMAKE_SOURCE_DIR}/src/frontend/headless.c
  ${CMAKE_SOURCE_DIR}/src/frontend/statefile.c)
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
  set_tests_properties(fuzz_replay_${t} PROPERTIES LABELS fuzz)
endforeach()
