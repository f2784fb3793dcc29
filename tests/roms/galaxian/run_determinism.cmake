# Two runs of the homebrew Galaxian set must give the same -framehash
# (last frame and all audio).
foreach(i 1 2)
  execute_process(COMMAND ${CABINET} galaxian -rompath ${ROMS} -seconds_to_run 5 -framehash
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out${i} ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cabinet failed (${rc}): ${err}")
  endif()
endforeach()
if(NOT out1 STREQUAL out2 OR out1 STREQUAL "")
  message(FATAL_ERROR "runs differ:\n${out1}\n${out2}")
endif()
message(STATUS "${out1}")
