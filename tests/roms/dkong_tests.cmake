# Homebrew Donkey Kong test sets (sources in tests/roms/dkong): each builds
# ${CMAKE_BINARY_DIR}/roms/<dir>/dkong/ holding the fifteen files of MAME's
# `dkong` set with their real names and sizes (own program, graphics and
# PROMs, made by dkgen.c); the board tests compare Cabinet's frames with the
# MAME 0.251 references in tests/refs/<dir> pixel for pixel
# (tools/mame_refs.sh remakes them). Needs Debian's z80asm.
set(_dksrc ${CMAKE_CURRENT_LIST_DIR}/dkong)
add_executable(dkong_dkgen ${_dksrc}/dkgen.c ${_dksrc}/snd8035.c)
target_link_libraries(dkong_dkgen cabinet_romtool)
set_target_properties(dkong_dkgen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)

set(DKONG_DATA
  "tiles v_5h_b.bin v_3pt.bin" "sprites l_4m_b.bin l_4n_b.bin l_4r_b.bin l_4s_b.bin"
  "proms c-2k.bpr c-2j.bpr v-5e.bpr")

# The main board (dkong/dkong_test.asm): every tile and colour code in the
# four palette banks, 96 sprites moved and copied by the i8257 DMA each
# frame (the 16-per-line limit, the edges, flips, code bank bit), sprite
# bank, flip screen, and the count of main-loop passes a frame (what the
# DMA's hold of the Z80 bus costs).
cabinet_test_set(dkong_main SYSTEM dkong ASM z80asm SOURCE dkong/dkong_test.asm INCLUDE ${_dksrc}
  DEPENDS ${_dksrc}/dkong_main.asm
  SPLIT 4096 c_5et_g.bin c_5ct_g.bin c_5bt_g.bin c_5at_g.bin
  ROMGEN dkong_dkgen MAKE ${DKONG_DATA} "sound s_3i_b.bin s_3j_b.bin")
# From frame 320 on the main-loop pass count shows too: it needs the DMA's
# hold of the Z80 as MAME 0.251's scheduler gives it (dkong.c) and the NMI
# at VBLANK an instruction early where MAME's frame, a few attoseconds
# short, puts it (machine.c).
cabinet_board_test(dkong_frames SET dkong_main REFS dkong
  FRAMES 2 3 10 17 33 50 66 97 100 129 150 161 200 230 255 300
  330 333 340 347 400 401 450)
cabinet_board_test(dkong_determinism SET dkong_main SECONDS 6 DETERMINISM)
# the Japanese set on the same board: the same program under its file names
cabinet_test_set(dkongj_main SYSTEM dkongj ASM z80asm SOURCE dkong/dkong_test.asm INCLUDE ${_dksrc}
  DEPENDS ${_dksrc}/dkong_main.asm
  SPLIT 4096 c_5f_b.bin 5g.cpu 5h.cpu c_5k_b.bin
  ROMGEN dkong_dkgen MAKE "tiles v_5h_b.bin v_5k_b.bin" "sprites l_4m_b.bin l_4n_b.bin l_4r_b.bin l_4s_b.bin"
  "proms c-2k.bpr c-2j.bpr v-5e.bpr" "sound s_3i_b.bin s_3j_b.bin")
cabinet_board_test(dkongj_frames SET dkongj_main REFS dkongj FRAMES 10 129 300)
cabinet_board_test(dkong_savestate SET dkong_main SAVESTATE 100 4)

# The sound board (dkong/dkong_sound.asm on the main CPU, dkong/snd8035.c
# the 8035's program): tones on the DAC from sound commands, the DAC decay
# (P2 bit 7), T0 from the 6H latch (an octave up), the status bit (P2 bit 4
# -> IN2 bit 6, shown as a tile). Audio: the runs (on/off times, 1/10 of the
# loudest window) and their frequencies against MAME 0.251's WAV, by the
# tone checker (tests/roms/galaxian/tone_check.c, the same analysis).
add_executable(dkong_tone_check ${CMAKE_CURRENT_LIST_DIR}/galaxian/tone_check.c)
target_link_libraries(dkong_tone_check cabinet_core m)
cabinet_test_set(dkong_sound SYSTEM dkong ASM z80asm SOURCE dkong/dkong_sound.asm
  SPLIT 4096 c_5et_g.bin c_5ct_g.bin c_5bt_g.bin c_5at_g.bin
  ROMGEN dkong_dkgen MAKE ${DKONG_DATA} "sound8035 s_3i_b.bin s_3j_b.bin")
cabinet_board_test(dkong_sound_tones SET dkong_sound REFS dkong_sound SECONDS 12 OPTIONS -samplerate 48000
  FRAMES 60 120
  AUDIO tone_ref.txt dkong_tone_check check @REF@ @WAV@ 0.8 11.5
  MAKE_REF dkong_tone_check analyse @WAV@ 0.8 11.5)
# the mixed level: the RMS of each 0.5 s against MAME's (the DAC through
# the Sallen-Key filter, the mixer and the amplifier, sound/dkong_discrete)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  cabinet_board_test(dkong_sound_level SET dkong_sound REFS dkong_sound SECONDS 12 OPTIONS -samplerate 48000
    FRAMES 60
    AUDIO mame_level.txt ${Python3_EXECUTABLE} ${_dksrc}/level_measure.py check @REF@ @WAV@
    MAKE_REF ${Python3_EXECUTABLE} ${_dksrc}/level_measure.py @WAV@)
endif()
cabinet_board_test(dkong_sound_determinism SET dkong_sound SECONDS 6 DETERMINISM)
cabinet_board_test(dkong_sound_savestate SET dkong_sound SAVESTATE 150 4)

# The discrete circuits (dkong/dkong_discrete.asm): walk, jump and stomp
# triggered one by one through the 6H latch (6 and 30 frames each), with the
# silent sound program. Audio: each sound's peak level, attack, decay and
# start/end frequency measured by dkong/discrete_measure.py, against the
# same measures of MAME 0.251's WAV (tests/refs/dkong_discrete).
cabinet_test_set(dkong_discrete SYSTEM dkong ASM z80asm SOURCE dkong/dkong_discrete.asm
  SPLIT 4096 c_5et_g.bin c_5ct_g.bin c_5bt_g.bin c_5at_g.bin
  ROMGEN dkong_dkgen MAKE ${DKONG_DATA} "sound s_3i_b.bin s_3j_b.bin")
if(Python3_Interpreter_FOUND)
  cabinet_board_test(dkong_discrete_sounds SET dkong_discrete REFS dkong_discrete SECONDS 12
    OPTIONS -samplerate 48000 FRAMES 60
    AUDIO mame_discrete.txt ${Python3_EXECUTABLE} ${_dksrc}/discrete_measure.py check @REF@ @WAV@
    MAKE_REF ${Python3_EXECUTABLE} ${_dksrc}/discrete_measure.py @WAV@)
endif()
cabinet_board_test(dkong_discrete_determinism SET dkong_discrete SECONDS 6 DETERMINISM)
cabinet_board_test(dkong_discrete_savestate SET dkong_discrete SAVESTATE 280 8)

# Donkey Kong Jr.'s main board (dkong/dkongjr_test.asm: the same program
# with the tile bank at 7c80h, codes 256-511 every other 64 frames), on its
# own map, 512 tiles and file names.
cabinet_test_set(dkongjr_main SYSTEM dkongjr ASM z80asm SOURCE dkong/dkongjr_test.asm INCLUDE ${_dksrc}
  DEPENDS ${_dksrc}/dkong_main.asm
  SPLIT 8192 djr1-c_5b_f-2.5b djr1-c_5c_f-2.5c djr1-c_5e_f-2.5e
  ROMGEN dkong_dkgen MAKE "tiles512 djr1-v.3n djr1-v.3p"
  "sprites djr1-v_7c.7c djr1-v_7d.7d djr1-v_7e.7e djr1-v_7f.7f"
  "proms djr1-c-2e.2e djr1-c-2f.2f djr1-v-2n.2n" "sound4k djr1-c_3h.3h")
cabinet_board_test(dkongjr_frames SET dkongjr_main REFS dkongjr
  FRAMES 2 10 33 66 70 100 129 150 200 255 300)
cabinet_board_test(dkongjr_determinism SET dkongjr_main SECONDS 6 DETERMINISM)
cabinet_board_test(dkongjr_savestate SET dkongjr_main SAVESTATE 70 4)

# Donkey Kong Jr.'s discrete circuits (dkong/dkongjr_discrete.asm): walk
# (both variants), jump, climb and fall triggered one by one; measured as
# dkong_discrete's (dkong/discrete_measure.py --jr) against MAME 0.251.
cabinet_test_set(dkongjr_discrete SYSTEM dkongjr ASM z80asm SOURCE dkong/dkongjr_discrete.asm
  SPLIT 8192 djr1-c_5b_f-2.5b djr1-c_5c_f-2.5c djr1-c_5e_f-2.5e
  ROMGEN dkong_dkgen MAKE "tiles512 djr1-v.3n djr1-v.3p"
  "sprites djr1-v_7c.7c djr1-v_7d.7d djr1-v_7e.7e djr1-v_7f.7f"
  "proms djr1-c-2e.2e djr1-c-2f.2f djr1-v-2n.2n" "sound4k djr1-c_3h.3h")
if(Python3_Interpreter_FOUND)
  cabinet_board_test(dkongjr_discrete_sounds SET dkongjr_discrete REFS dkongjr_discrete SECONDS 12
    OPTIONS -samplerate 48000 FRAMES 60
    AUDIO mame_discrete.txt ${Python3_EXECUTABLE} ${_dksrc}/discrete_measure.py --jr check @REF@ @WAV@
    MAKE_REF ${Python3_EXECUTABLE} ${_dksrc}/discrete_measure.py --jr @WAV@)
endif()
cabinet_board_test(dkongjr_discrete_determinism SET dkongjr_discrete SECONDS 6 DETERMINISM)
cabinet_board_test(dkongjr_discrete_savestate SET dkongjr_discrete SAVESTATE 160 6)

# The watchdog (dkong/dkong_watchdog.asm): kicked by IN2 reads until frame
# 119, then the reset 3 s later, the frame count starting again (MAME's
# watchdog without a period: off until the first kick, then 3 s).
cabinet_test_set(dkong_watchdog SYSTEM dkong ASM z80asm SOURCE dkong/dkong_watchdog.asm
  SPLIT 4096 c_5et_g.bin c_5ct_g.bin c_5bt_g.bin c_5at_g.bin
  ROMGEN dkong_dkgen MAKE ${DKONG_DATA} "sound s_3i_b.bin s_3j_b.bin")
cabinet_board_test(dkong_watchdog SET dkong_watchdog REFS dkong_watchdog FRAMES 100 200 290 300 305 320 400)

# Radar Scope's board (dkong/radarscp_test.asm: dkong_main.asm with the grid
# enable and colour, and blank tiles over half the screen): the blue
# background, the radar grid and the stars of the dot table (dkgen dots,
# trs2v3ec) behind tiles and sprites, the flipped table half, its palette
# (sound board: dkgen ans8035, P2 = E0h, the grid's ANS line set).
cabinet_test_set(radarscp_main SYSTEM radarscp ASM z80asm SOURCE dkong/radarscp_test.asm INCLUDE ${_dksrc}
  DEPENDS ${_dksrc}/dkong_main.asm
  SPLIT 4096 trs2c5fd trs2c5gd trs2c5hd trs2c5kd
  ROMGEN dkong_dkgen MAKE "tiles trs2v3gc trs2v3hc" "sprites trs2v3dc trs2v3cc trs2v3bc trs2v3ac"
  "proms rs2-x.xxx rs2-c.xxx rs2-v.1hc" "dots trs2v3ec" "ans8035 trs2s3i")
cabinet_board_test(radarscp_frames SET radarscp_main REFS radarscp
  FRAMES 2 3 10 17 33 50 64 66 97 100 129 150 161 200 230 255 300)
cabinet_board_test(radarscp_determinism SET radarscp_main SECONDS 6 DETERMINISM)
cabinet_board_test(radarscp_savestate SET radarscp_main SAVESTATE 100 4)

# Radar Scope's discrete circuits (dkong/radarscp_discrete.asm): SOUND0,
# SOUND1, SOUND2 (with Q6: the noise counter, SOUND0's 555) and SOUND7
# triggered one by one; measured as dkong_discrete's
# (dkong/discrete_measure.py --rs) against MAME 0.251.
cabinet_test_set(radarscp_discrete SYSTEM radarscp ASM z80asm SOURCE dkong/radarscp_discrete.asm
  SPLIT 4096 trs2c5fd trs2c5gd trs2c5hd trs2c5kd
  ROMGEN dkong_dkgen MAKE "tiles trs2v3gc trs2v3hc" "sprites trs2v3dc trs2v3cc trs2v3bc trs2v3ac"
  "proms rs2-x.xxx rs2-c.xxx rs2-v.1hc" "dots trs2v3ec" "ans8035 trs2s3i")
if(Python3_Interpreter_FOUND)
  cabinet_board_test(radarscp_discrete_sounds SET radarscp_discrete REFS radarscp_discrete SECONDS 16
    OPTIONS -samplerate 48000 FRAMES 60
    AUDIO mame_discrete.txt ${Python3_EXECUTABLE} ${_dksrc}/discrete_measure.py --rs check @REF@ @WAV@
    MAKE_REF ${Python3_EXECUTABLE} ${_dksrc}/discrete_measure.py --rs @WAV@)
endif()
cabinet_board_test(radarscp_discrete_determinism SET radarscp_discrete SECONDS 6 DETERMINISM)
cabinet_board_test(radarscp_discrete_savestate SET radarscp_discrete SAVESTATE 280 8)

# The DAC path on Radar Scope's board (dkong/dkong_sound.asm, the sound
# program of dkong_sound on the 8035, no tune ROM): the tones' runs and
# pitch, and the mixed level (VR2 at 35 %, the 10K mixer, the amplifier)
# against MAME 0.251's WAV.
cabinet_test_set(radarscp_sound SYSTEM radarscp ASM z80asm SOURCE dkong/dkong_sound.asm
  SPLIT 4096 trs2c5fd trs2c5gd trs2c5hd trs2c5kd
  ROMGEN dkong_dkgen MAKE "tiles trs2v3gc trs2v3hc" "sprites trs2v3dc trs2v3cc trs2v3bc trs2v3ac"
  "proms rs2-x.xxx rs2-c.xxx rs2-v.1hc" "dots trs2v3ec" "sound8035 trs2s3i")
cabinet_board_test(radarscp_sound_tones SET radarscp_sound REFS radarscp_sound SECONDS 12 OPTIONS -samplerate 48000
  FRAMES 60 120
  AUDIO tone_ref.txt dkong_tone_check check @REF@ @WAV@ 0.8 11.5
  MAKE_REF dkong_tone_check analyse @WAV@ 0.8 11.5)
if(Python3_Interpreter_FOUND)
  cabinet_board_test(radarscp_sound_level SET radarscp_sound REFS radarscp_sound SECONDS 12 OPTIONS -samplerate 48000
    FRAMES 60
    AUDIO mame_level.txt ${Python3_EXECUTABLE} ${_dksrc}/level_measure.py check @REF@ @WAV@
    MAKE_REF ${Python3_EXECUTABLE} ${_dksrc}/level_measure.py @WAV@)
endif()
cabinet_board_test(radarscp_sound_savestate SET radarscp_sound SAVESTATE 150 4)

# The coin counter: IN2 bit 7 as read drives bookkeeping's counter 0, as
# MAME's dkong_in2_r (no ROMs needed).
add_executable(test_dkong_coin ${CMAKE_SOURCE_DIR}/tests/emu/test_dkong_coin.c)
target_link_libraries(test_dkong_coin cabinet_core)
add_test(NAME test_dkong_coin COMMAND test_dkong_coin)
set_tests_properties(test_dkong_coin PROPERTIES LABELS dkong)

# Record/playback on the three main boards: the scripted run recorded (-record) and played back gives
# the same frame hashes, frame for frame (the program shows the inputs).
foreach(_rp dkong:dkong_main dkongjr:dkongjr_main radarscp:radarscp_main)
  string(REPLACE ":" ";" _rp ${_rp})
  list(GET _rp 0 _rp_set)
  list(GET _rp 1 _rp_dir)
  add_test(NAME ${_rp_set}_record_playback COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh
    $<TARGET_FILE:cabinet> ${_rp_set} ${CMAKE_BINARY_DIR}/roms/${_rp_dir} ${_dksrc}/inputs.txt 7)
  set_tests_properties(${_rp_set}_record_playback PROPERTIES SKIP_RETURN_CODE 77 LABELS "roms;dkong")
endforeach()
