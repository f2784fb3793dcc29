# Runs the homebrew Galaxian set, snapshots FRAMES (native, unrotated) and
# compares them with the MAME references (PREFIX_fNNNN.png, PREFIX defaulting
# to normal) pixel for pixel.
file(REMOVE_RECURSE ${OUT})
string(REPLACE "," ";" _frames "${FRAMES}")
list(GET _frames -1 _last)
math(EXPR _secs "${_last} / 60 + 1")
execute_process(COMMAND ${CABINET} galaxian -rompath ${ROMS} -norotate -snapview native
                        -snapframes ${FRAMES} -snapshot_directory ${OUT} -seconds_to_run ${_secs} -sound none
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cabinet failed (${rc}): ${out}")
endif()
if(NOT DEFINED PREFIX)
  set(PREFIX normal)
endif()
execute_process(COMMAND ${COMPARE} --frames ${REFS} ${PREFIX} ${OUT}/galaxian ${_frames} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "frames differ from the MAME 0.251 references")
endif()
