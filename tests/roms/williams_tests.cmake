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
cabinet_test_set(williams_blitter SYSTEM robotron GENERATOR williams_blitter_test SOURCE williams/blitter_test.c
  DEPENDS ${_wms_src}/asm.h
  SPLIT 4096 2084_rom_10b_3005-22.a7 2084_rom_11b_3005-23.c7 2084_rom_12b_3005-24.e7
    2084_rom_1b_3005-13.e4 2084_rom_2b_3005-14.c4 2084_rom_3b_3005-15.a4 2084_rom_4b_3005-16.e5
    2084_rom_5b_3005-17.c5 2084_rom_6b_3005-18.a5 2084_rom_7b_3005-19.e6 2084_rom_8b_3005-20.c6
    2084_rom_9b_3005-21.a6
  ROMGEN williams_blitter_test MAKE "sound video_sound_rom_3_std_767.ic12" "proms decoder_rom_4.3g decoder_rom_6.3c")

# Every blitter mode, the palette, CMOS, the VA11/COUNT240 interrupt phases and pen 15 rewritten at
# each VA11 interrupt (MAME draws the board a line at a time), a sprite moving a column a frame.
cabinet_board_test(williams_blitter_vs_mame SET williams_blitter REFS williams_blitter PREFIX blitter
  FRAMES 3 10 30 64 100 131 200 SECONDS 5 DETERMINISM SAVESTATE 50 3 LABELS roms williams)

# The sound board: the main CPU's commands through PIA 1 port B to the 6808's PIA (CB1 IRQ), a
# square wave on the MC1408 DAC whose half period follows the command; pitch, level and the
# commands' timing against MAME 0.251's WAV (williams/audio_check.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  cabinet_board_test(williams_sound_vs_mame SET williams_blitter REFS williams_sound PREFIX sound
    FRAMES 180 SECONDS 4 OPTIONS -samplerate 48000
    AUDIO sound.wav ${Python3_EXECUTABLE} ${_wms_src}/audio_check.py @REF@ @WAV@ LABELS roms williams)
endif()
