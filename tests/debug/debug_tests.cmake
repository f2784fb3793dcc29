# The debugger and the instruction trace (docs/debugger.md).
set(_dbg ${CMAKE_CURRENT_LIST_DIR})
add_test(NAME debug_session_cabpac
  COMMAND sh ${_dbg}/run_session.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms cabpac
          ${_dbg}/cabpac_session.dbg ${_dbg}/cabpac_session.expected)
add_test(NAME debug_map_pacman
  COMMAND sh ${_dbg}/run_session.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms cabpac
          ${_dbg}/pacman_map.dbg ${_dbg}/pacman_map.expected)
add_test(NAME debug_missile_peek
  COMMAND sh ${_dbg}/run_session.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms/missile_test missile
          ${_dbg}/missile_peek.dbg ${_dbg}/missile_peek.expected)
add_test(NAME debug_trace_checks
  COMMAND sh ${_dbg}/trace_checks.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
          ${CMAKE_SOURCE_DIR}/games/cabpac/attract.inp)
# one board per CPU family: Z80, Z80 + MCS-48, 8080, 6502, 6809 + 6800; Frogger reads
# its sound CPU's cycle count from the main CPU (konami_sound.c)
foreach(_set cabpac:.:5 dkong:dkong_sound:3 invaders:invaders_test:3 missile:missile_test:3
        joust:williams_joust:3 frogger:frogger:3)
  string(REPLACE ":" ";" _p ${_set})
  list(GET _p 0 _sys)
  list(GET _p 1 _dir)
  list(GET _p 2 _secs)
  add_test(NAME debug_same_frames_${_sys}
    COMMAND sh ${_dbg}/same_frames.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms ${_sys} ${_dir} ${_secs})
endforeach()
set_tests_properties(debug_session_cabpac debug_map_pacman debug_missile_peek debug_trace_checks debug_same_frames_cabpac
  debug_same_frames_dkong debug_same_frames_invaders debug_same_frames_missile debug_same_frames_joust
  debug_same_frames_frogger
  PROPERTIES SKIP_RETURN_CODE 77)
# interrupt acknowledges as their own trace lines (Pac-Man homebrew's VBLANK IRQ)
add_test(NAME debug_trace_irq
  COMMAND sh ${_dbg}/trace_irq.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms)
set_tests_properties(debug_trace_irq PROPERTIES SKIP_RETURN_CODE 77)
