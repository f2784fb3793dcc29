# Cabinet's Centipede test set (sources in tests/roms/centiped): builds
# ${CMAKE_BINARY_DIR}/roms/centiped_test/centiped/ with the seven files of
# MAME's `centiped` set (real names and sizes), so that
# ${CMAKE_BINARY_DIR}/roms/centiped_test is a rompath for `centiped`; and the
# board test comparing Cabinet with MAME 0.251's frames and audio of that set
# (tests/refs/centiped, remade by tools/mame_refs.sh). Needs xa (xa65).
find_package(Python3 COMPONENTS Interpreter)
set(_cent_src ${CMAKE_CURRENT_LIST_DIR}/centiped)
add_executable(centiped_romgen ${_cent_src}/romgen.c)
target_link_libraries(centiped_romgen cabinet_romtool)
set_target_properties(centiped_romgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
cabinet_test_set(centiped SYSTEM centiped DIR centiped_test ASM xa SOURCE centiped/test.s
  SPLIT 2048 136001-407.d1 136001-408.e1 136001-409.fh1 136001-410.j1
  ROMGEN centiped_romgen MAKE "gfx 136001-211.f7 136001-212.hj7" "prom 136001-213.p4")
# The mid-frame program (centiped/midframe.s: sprites, playfield and palette rewritten at each of the
# four IRQs of a frame) as a second set, roms/centiped_midframe/centiped, with the same graphics
cabinet_test_set(centiped_midframe SYSTEM centiped DIR centiped_midframe ASM xa SOURCE centiped/midframe.s
  SPLIT 2048 136001-407.d1 136001-408.e1 136001-409.fh1 136001-410.j1
  ROMGEN centiped_romgen MAKE "gfx 136001-211.f7 136001-212.hj7" "prom 136001-213.p4")

if(NOT Python3_FOUND)
  message(WARNING "python3 not found: centiped_vs_mame and centiped_earom_nvram are not run")
  return()
endif()
# Frames with trackball and button inputs; audio: per 0.25 s window the tone frequency within
# 0.5% where MAME plays a steady tone, sound/silence alike elsewhere, the first sound within 2 ms
# (centiped/audio_check.py); the POKEY output bit exact against Cabinet's own recording (10 s at
# the chip's 54 kHz rate, no inputs, made when the POKEY was stepped one clock at a time);
# two runs alike; a state saved after frame 50 resumes like the straight run.
cabinet_board_test(centiped_vs_mame SET centiped REFS centiped PREFIX test INPUTS centiped/inputs.txt
  FRAMES 20 45 75 95 105 128 135 155 175 300 SECONDS 8 OPTIONS -samplerate 48000
  AUDIO test.wav ${Python3_EXECUTABLE} ${_cent_src}/audio_check.py @REF@ @WAV@
  DETERMINISM SAVESTATE 50 3 AUDIO_SHA1 cabinet_audio_sha1.txt 10 54000 LABELS roms centiped)

get_property(_cent_built GLOBAL PROPERTY CABINET_SET_centiped_BUILT)
if(TARGET cabinet AND _cent_built)
  # EAROM high-score memory saved on exit and read back by the next run
  add_test(NAME centiped_earom_nvram
    COMMAND ${Python3_EXECUTABLE} ${_cent_src}/earom_check.py $<TARGET_FILE:cabinet>
            ${CMAKE_BINARY_DIR}/roms/centiped_test ${CMAKE_BINARY_DIR}/centiped_earom)
  set_tests_properties(centiped_earom_nvram PROPERTIES LABELS roms)
endif()

# Sprites moved (64 a frame from 16), tiles and palette rewritten between the four IRQs of each
# frame: MAME 0.251 draws the board band by band (a partial update on every 16V timer event), so
# every band shows its own sprites and tiles; palette RAM acts at once on the whole frame.
cabinet_board_test(centiped_midframe_vs_mame SET centiped_midframe REFS centiped_midframe PREFIX midframe
  FRAMES 20 45 80 111 150 190 230 280 SECONDS 6 DETERMINISM SAVESTATE 50 3 LABELS roms centiped)

