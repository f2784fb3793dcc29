# Cabinet's Williams test sets (sources in tests/roms/williams): the blitter
# board program (williams/blitter_test.c, 6809 and 6808 code written through
# the C helpers of williams/asm.h: no Debian package assembles 6809) builds
# ${CMAKE_BINARY_DIR}/roms/williams_blitter/robotron/ with the files of
# MAME's `robotron` set (real names and sizes); the board tests compare
# Cabinet with MAME 0.251's frames of that set (tests/refs/williams_blitter,
# remade by tools/mame_refs.sh).
set(_wms_src ${CMAKE_CURRENT_LIST_DIR}/williams)
add_executable(williams_blitter_test ${_wms_src}/blitter_test.c)
target_compile_options(williams_blitter_test PRIVATE -Wno-unused-function)
set_target_properties(williams_blitter_test PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
cabinet_test_set(williams_blitter SYSTEM robotron GENERATOR williams_blitter_test robotron SOURCE williams/blitter_test.c
  DEPENDS ${_wms_src}/asm.h
  SPLIT 4096 2084_rom_10b_3005-22.a7 2084_rom_11b_3005-23.c7 2084_rom_12b_3005-24.e7
    2084_rom_1b_3005-13.e4 2084_rom_2b_3005-14.c4 2084_rom_3b_3005-15.a4 2084_rom_4b_3005-16.e5
    2084_rom_5b_3005-17.c5 2084_rom_6b_3005-18.a5 2084_rom_7b_3005-19.e6 2084_rom_8b_3005-20.c6
    2084_rom_9b_3005-21.a6
  ROMGEN williams_blitter_test MAKE "sound video_sound_rom_3_std_767.ic12" "proms decoder_rom_4.3g decoder_rom_6.3c")

# Every blitter mode, the palette, CMOS, the VA11/COUNT240 interrupt phases and pen 15 rewritten at
# each VA11 interrupt (MAME draws the board a line at a time), a sprite moving a column a frame.
cabinet_board_test(williams_blitter_vs_mame SET williams_blitter REFS williams_blitter PREFIX blitter
  INPUTS williams/inputs_robotron.txt
  FRAMES 3 10 30 45 64 100 131 200 SECONDS 5 DETERMINISM SAVESTATE 50 3 LABELS roms williams)

# The sound board: the main CPU's commands through PIA 1 port B to the 6808's PIA (CB1 IRQ), a
# square wave on the MC1408 DAC whose half period follows the command; pitch, level and the
# commands' timing against MAME 0.251's WAV (williams/audio_check.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  cabinet_board_test(williams_sound_vs_mame SET williams_blitter REFS williams_sound PREFIX sound
    FRAMES 180 SECONDS 4 OPTIONS -samplerate 48000
    AUDIO sound.wav ${Python3_EXECUTABLE} ${_wms_src}/audio_check.py @REF@ @WAV@ LABELS roms williams)
endif()

# The same program on the other boards: Joust's and Splat's multiplexed inputs, Splat's SC2
# blitter (no size XOR), Bubbles' 8-bit CMOS, Sinistar's RAM at d000, clip window and 49-way
# stick, Stargate with no blitter (the CPU draws).
set(_wms_banked 1b 2b 3b 4b 5b 6b 7b 8b 9b)
function(_wms_set board dir)
  cabinet_test_set(williams_${board} SYSTEM ${board} GENERATOR williams_blitter_test ${board}
    SOURCE williams/blitter_test.c DEPENDS ${_wms_src}/asm.h DIR williams_${board}
    SPLIT 4096 ${ARGN}
    ROMGEN williams_blitter_test MAKE ${_WMS_MAKE})
endfunction()
set(_WMS_MAKE "sound_joust video_sound_rom_4_std_780.ic12" "proms decoder_rom_4.3g decoder_rom_6.3c")
_wms_set(joust joust joust_rom_10b_3006-22.a7 joust_rom_11b_3006-23.c7 joust_rom_12b_3006-24.e7
  joust_rom_1b_3006-13.e4 joust_rom_2b_3006-14.c4 joust_rom_3b_3006-15.a4 joust_rom_4b_3006-16.e5
  joust_rom_5b_3006-17.c5 joust_rom_6b_3006-18.a5 joust_rom_7b_3006-19.e6 joust_rom_8b_3006-20.c6
  joust_rom_9b_3006-21.a6)
set(_WMS_MAKE "sound_bubbles video_sound_rom_5_std_771.ic12" "proms decoder_rom_4.3g decoder_rom_6.3c")
_wms_set(bubbles bubbles bubbles_rom_10b_16-3012-49.a7 bubbles_rom_11b_16-3012-50.c7 bubbles_rom_12b_16-3012-51.e7
  bubbles_rom_1b_16-3012-40.4e bubbles_rom_2b_16-3012-41.4c bubbles_rom_3b_16-3012-42.4a
  bubbles_rom_4b_16-3012-43.5e bubbles_rom_5b_16-3012-44.5c bubbles_rom_6b_16-3012-45.5a
  bubbles_rom_7b_16-3012-46.6e bubbles_rom_8b_16-3012-47.6c bubbles_rom_9b_16-3012-48.6a)
set(_WMS_MAKE "sound_splat video_sound_rom_13_std.ic12" "proms decoder_rom_4.3g decoder_rom_6.3c")
_wms_set(splat splat splat_rom_10b_16-3011-10.a7 splat_rom_11b_16-3011-11.c7 splat_rom_12b_16-3011-12.e7
  splat_rom_1b_16-3011-1.e4 splat_rom_2b_16-3011-2.c4 splat_rom_3b_16-3011-3.a4 splat_rom_4b_16-3011-4.e5
  splat_rom_5b_16-3011-5.c5 splat_rom_6b_16-3011-6.a5 splat_rom_7b_16-3011-7.e6 splat_rom_8b_16-3011-8.c6
  splat_rom_9b_16-3011-9.a6)
set(_WMS_MAKE "sound_sinistar video_sound_rom_9_std.808.ic12" "proms decoder_rom_4.3g decoder_rom_6.3c"
  "speech 3004_speech_ic7_r1_16-3004-52.ic7 3004_speech_ic5_r1_16-3004-50.ic5 3004_speech_ic6_r1_16-3004-51.ic6 3004_speech_ic4_r1_16-3004-49.ic4")
_wms_set(sinistar sinistar sinistar_rom_10-b_16-3004-62.4c sinistar_rom_11-b_16-3004-63.4a
  sinistar_rom_1-b_16-3004-53.1d sinistar_rom_2-b_16-3004-54.1c sinistar_rom_3-b_16-3004-55.1a
  sinistar_rom_4-b_16-3004-56.2d sinistar_rom_5-b_16-3004-57.2c sinistar_rom_6-b_16-3004-58.2a
  sinistar_rom_7-b_16-3004-59.3d sinistar_rom_8-b_16-3004-60.3c sinistar_rom_9-b_16-3004-61.3a)
set(_WMS_MAKE "sound_stargate video_sound_rom_2_std_744.ic12" "proms decoder_rom_4.3g decoder_rom_5.3c")
_wms_set(stargate stargate stargate_rom_10-a_3002-10.a7 stargate_rom_11-a_3002-11.c7 stargate_rom_12-a_3002-12.e7
  stargate_rom_1-a_3002-1.e4 stargate_rom_2-a_3002-2.c4 stargate_rom_3-a_3002-3.a4 stargate_rom_4-a_3002-4.e5
  stargate_rom_5-a_3002-5.c5 stargate_rom_6-a_3002-6.a5 stargate_rom_7-a_3002-7.e6 stargate_rom_8-a_3002-8.c6
  stargate_rom_9-a_3002-9.a6)

foreach(board joust bubbles splat sinistar stargate)
  set(_in)
  if(EXISTS ${_wms_src}/inputs_${board}.txt)
    set(_in INPUTS williams/inputs_${board}.txt)
  endif()
  cabinet_board_test(williams_${board}_vs_mame SET williams_${board} REFS williams_${board} PREFIX ${board}
    ${_in} FRAMES 3 10 30 45 64 100 131 200 SECONDS 5 DETERMINISM SAVESTATE 50 3 LABELS roms williams)
endforeach()

# Defender's board: the c000 window (I/O page, ROM pages 1 and 7, an empty page), its own PIA and
# CMOS addresses, no blitter (the CPU draws); the program writes all eleven files itself.
cabinet_test_set(williams_defender SYSTEM defender GENERATOR williams_blitter_test defender
  SOURCE williams/blitter_test.c DEPENDS ${_wms_src}/asm.h DIR williams_defender
  ROMGEN williams_blitter_test MAKE
  "defender defend.1 defend.4 defend.2 defend.3 defend.9 defend.12 defend.8 defend.11 defend.7 defend.10 defend.6"
  "sound_defender video_sound_rom_1.ic12" "proms decoder.2 decoder.3")
cabinet_board_test(williams_defender_vs_mame SET williams_defender REFS williams_defender PREFIX defender
  INPUTS williams/inputs_defender.txt
  FRAMES 3 10 30 45 64 100 131 200 SECONDS 5 DETERMINISM SAVESTATE 50 3 LABELS roms williams)

# The CMOS (high scores, settings) survives quitting and restarting: nvram/robotron/nvram
get_property(_wms_built GLOBAL PROPERTY CABINET_SET_williams_blitter_BUILT)
if(TARGET cabinet AND _wms_built AND Python3_FOUND)
  add_test(NAME williams_cmos_nvram
    COMMAND ${Python3_EXECUTABLE} ${_wms_src}/cmos_check.py $<TARGET_FILE:cabinet>
            ${CMAKE_BINARY_DIR}/roms/williams_blitter ${CMAKE_BINARY_DIR}/williams_cmos)
  set_tests_properties(williams_cmos_nvram PROPERTIES LABELS "roms;williams")
endif()

# Sinistar's speech: the HC55516 clocked by the sound PIA's CB2 with CA2's bits (a ROM pattern of
# 16-bit then 8-bit runs: two pitches), pitch and timing against MAME 0.251's WAV
if(Python3_FOUND)
  cabinet_board_test(williams_speech_vs_mame SET williams_sinistar REFS williams_speech PREFIX speech
    FRAMES 180 SECONDS 3 OPTIONS -samplerate 48000
    AUDIO speech.wav ${Python3_EXECUTABLE} ${_wms_src}/audio_check.py @REF@ @WAV@ LABELS roms williams)
endif()

# Record/playback: scripted inputs recorded and played back give the same frames
get_property(_wms_jbuilt GLOBAL PROPERTY CABINET_SET_williams_joust_BUILT)
if(TARGET cabinet AND _wms_jbuilt)
  add_test(NAME williams_record_playback
    COMMAND sh ${_wms_src}/record_check.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms/williams_joust joust
            ${_wms_src}/inputs_record.txt ${CMAKE_BINARY_DIR}/williams_record)
  set_tests_properties(williams_record_playback PROPERTIES LABELS "roms;williams")
endif()

# The inputs as MAME declares them, read through the PIAs (no ROMs needed).
add_executable(test_williams_inputs ${CMAKE_SOURCE_DIR}/tests/emu/test_williams_inputs.c)
target_link_libraries(test_williams_inputs cabinet_core)
add_test(NAME test_williams_inputs COMMAND test_williams_inputs)
set_tests_properties(test_williams_inputs PROPERTIES LABELS williams)

# Bitmap writes mid-frame show only on rows the beam has not reached (blank ROMs, a poked program).
add_executable(test_williams_midframe ${CMAKE_SOURCE_DIR}/tests/emu/test_williams_midframe.c)
target_link_libraries(test_williams_midframe cabinet_core)
add_test(NAME test_williams_midframe COMMAND test_williams_midframe)
set_tests_properties(test_williams_midframe PROPERTIES LABELS williams)
