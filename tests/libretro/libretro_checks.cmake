# Tests of the libretro core, included from cmake/libretro.cmake (after the
# tests folder, so the board test sets and the bundled game are known).

# RetroArch (Debian's 1.14, under Xvfb) against the headless runner, for each
# board's homebrew set; skipped (77) where RetroArch or Xvfb is missing.
set(_lr_script ${CMAKE_CURRENT_LIST_DIR}/retroarch_frame.sh)
set(_lr_frames 200)
function(cabinet_retroarch_test name set setdir)
  set(_modes plain runahead rewind)
  if(name MATCHES "^(pacman_sprites|invaders)$")
    list(APPEND _modes frontrot) # ROT90 and ROT270 through SET_ROTATION
  endif()
  if(name STREQUAL "invaders")
    list(APPEND _modes artwork) # artwork/invaders, the colour overlay
  endif()
  foreach(mode ${_modes})
    add_test(NAME libretro_retroarch_${name}_${mode}
      COMMAND sh ${_lr_script} $<TARGET_FILE:cabinet_libretro> $<TARGET_FILE:cabinet> $<TARGET_FILE:frame_compare>
              ${CMAKE_BINARY_DIR}/test-out/libretro/${name}_${mode} ${set} ${setdir} ${_lr_frames} ${mode} ${ARGN})
    set_tests_properties(libretro_retroarch_${name}_${mode} PROPERTIES SKIP_RETURN_CODE 77 LABELS "libretro;retroarch"
      RUN_SERIAL TRUE)
  endforeach()
endfunction()

# The bundled game with no content, and from its zip.
cabinet_retroarch_test(nogame - ${CMAKE_BINARY_DIR}/roms/cabpac)
cabinet_retroarch_test(cabpac cabpac ${CMAKE_BINARY_DIR}/roms/cabpac)
foreach(id pacman_sprites mspacman_auxboard galaxian centiped invaders)
  get_property(_sys GLOBAL PROPERTY CABINET_SET_${id}_SYSTEM)
  get_property(_rp GLOBAL PROPERTY CABINET_SET_${id}_ROMPATH)
  if(_sys)
    cabinet_retroarch_test(${id} ${_sys} ${_rp}/${_sys})
  endif()
endforeach()
# A clone: its parent's zip beside it.
get_property(_rp GLOBAL PROPERTY CABINET_SET_sitv_ROMPATH)
if(_rp)
  cabinet_retroarch_test(sitv sitv ${_rp}/sitv invaders ${_rp}/invaders)
endif()

# States: the standalone frontend's in the core and the reverse, and a fixed
# serialize size (tests/libretro/test_libretro_state.c, on the built .so).
add_executable(test_libretro_state ${CMAKE_CURRENT_LIST_DIR}/test_libretro_state.c)
target_link_libraries(test_libretro_state cabinet_core ${CMAKE_DL_LIBS})
add_dependencies(test_libretro_state cabinet_libretro)
set_target_properties(test_libretro_state PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
add_test(NAME libretro_state_cabpac
  COMMAND $<TARGET_FILE:test_libretro_state>
          $<TARGET_FILE:cabinet_libretro> $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms cabpac
          ${CMAKE_BINARY_DIR}/test-out/libretro/state_cabpac)
set_tests_properties(libretro_state_cabpac PROPERTIES LABELS libretro)
foreach(id pacman_sprites mspacman_auxboard galaxian centiped invaders sitv)
  get_property(_sys GLOBAL PROPERTY CABINET_SET_${id}_SYSTEM)
  get_property(_rp GLOBAL PROPERTY CABINET_SET_${id}_ROMPATH)
  if(_sys)
    add_test(NAME libretro_state_${id}
      COMMAND $<TARGET_FILE:test_libretro_state>
              $<TARGET_FILE:cabinet_libretro> $<TARGET_FILE:cabinet> ${_rp} ${_sys}
              ${CMAKE_BINARY_DIR}/test-out/libretro/state_${id})
    set_tests_properties(libretro_state_${id} PROPERTIES LABELS libretro)
  endif()
endforeach()

# The RetroPad mapping: the Pac-Man inputs test program, its input script
# pressed on the RetroPad against -inputscript.
get_property(_rp GLOBAL PROPERTY CABINET_SET_pacman_inputs_ROMPATH)
if(_rp)
  add_test(NAME libretro_input_pacman
    COMMAND $<TARGET_FILE:test_libretro_state> $<TARGET_FILE:cabinet_libretro> $<TARGET_FILE:cabinet> ${_rp} pacman
            ${CMAKE_BINARY_DIR}/test-out/libretro/input_pacman ${CMAKE_SOURCE_DIR}/tests/roms/pacman/inputs.txt)
  set_tests_properties(libretro_input_pacman PROPERTIES LABELS libretro)
endif()
# Centipede's test program: buttons, joystick and the trackball on the mouse.
get_property(_rp GLOBAL PROPERTY CABINET_SET_centiped_ROMPATH)
if(_rp)
  add_test(NAME libretro_input_centiped
    COMMAND $<TARGET_FILE:test_libretro_state> $<TARGET_FILE:cabinet_libretro> $<TARGET_FILE:cabinet> ${_rp} centiped
            ${CMAKE_BINARY_DIR}/test-out/libretro/input_centiped ${CMAKE_SOURCE_DIR}/tests/roms/centiped/inputs.txt)
  set_tests_properties(libretro_input_centiped PROPERTIES LABELS libretro)
endif()
