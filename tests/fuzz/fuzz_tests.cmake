# libFuzzer targets (docs/reliability.md); only with -DCABINET_FUZZ=ON and
# clang. The same entry points run without libFuzzer in replay_tests.cmake.
if(CABINET_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CABINET_FUZZ needs clang: configure with CC=clang")
  endif()
  set(FUZZ_SAN -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # Coverage for the whole core; its users link the sanitizer runtimes.
  target_compile_options(cabinet_core PRIVATE -fsanitize=fuzzer-no-link ${FUZZ_SAN})
  target_link_options(cabinet_core INTERFACE -fsanitize=address,undefined)
  # The emulation (CPU cores, drivers, chips, drawing) keeps edge coverage
  # but not comparison tracing: when a loaded state runs a frame, tracing
  # every compare of the instruction and pixel loops took two thirds of the
  # time (perf). The loaders and parsers (src/emu, src/util) keep it.
  file(GLOB _fuzz_emulation_src CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/cpu/*.c ${CMAKE_SOURCE_DIR}/src/drivers/*.c
       ${CMAKE_SOURCE_DIR}/src/sound/*.c ${CMAKE_SOURCE_DIR}/src/video/*.c ${CMAKE_SOURCE_DIR}/src/machine/*.c)
  set_source_files_properties(${_fuzz_emulation_src} DIRECTORY ${CMAKE_SOURCE_DIR}
                              PROPERTIES COMPILE_OPTIONS -fno-sanitize-coverage=trace-cmp)
  set(FUZZ_SRC_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
  # The frontend without main() (window_none.c stands in for the window).
  file(GLOB FUZZ_FRONTEND CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/frontend/*.c)
  list(REMOVE_ITEM FUZZ_FRONTEND ${CMAKE_SOURCE_DIR}/src/frontend/main.c)
  foreach(t hashdb zipset archive savestate inp inputscript png wav layout ini listxml)
    add_executable(fuzz_${t} ${FUZZ_SRC_DIR}/fuzz_${t}.c ${FUZZ_SRC_DIR}/fuzz_common.c ${FUZZ_FRONTEND})
    target_compile_definitions(fuzz_${t} PRIVATE CABINET_LIBFUZZER=1)
    target_compile_options(fuzz_${t} PRIVATE -fsanitize=fuzzer ${FUZZ_SAN})
    target_link_options(fuzz_${t} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_${t} cabinet_core)
    set_target_properties(fuzz_${t} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  endforeach()
endif()
