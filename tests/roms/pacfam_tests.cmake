# Pac-Man board variants (src/drivers/pacman_variants.c, pengo.c): one
# homebrew program (tests/roms/pacfam/family.asm) written into each set's
# files by pacfam_encode_<mode> with that board's encryption or wiring
# (tests/roms/pacfam/encode.c), and Pengo's own program (pengo.asm) through
# the Sega 315-5010 encryption; each set's frames against MAME 0.251's
# (tests/refs/pacfam/<set>), plus determinism and a save state resumed.
set(_pf ${CMAKE_CURRENT_LIST_DIR}/pacfam)
set(_pacsrc ${CMAKE_CURRENT_LIST_DIR}/pacman)
foreach(mode pacplus jumpshot eyes eyes2k woodpek ponpoko plain pengo)
  add_executable(pacfam_encode_${mode} ${_pf}/encode.c)
  target_compile_definitions(pacfam_encode_${mode} PRIVATE PACFAM_MODE="${mode}")
  target_include_directories(pacfam_encode_${mode} PRIVATE ${CMAKE_SOURCE_DIR}/tools/romtool)
  target_link_libraries(pacfam_encode_${mode} cabinet_romtool cabinet_core)
  set_target_properties(pacfam_encode_${mode} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
endforeach()

# pacfam_set(<set> <mode> <file>...): family.asm (nmouse.asm for nmouse) for <set>
function(pacfam_set set mode)
  set(_src family)
  if(set STREQUAL nmouse)
    set(_src nmouse)
  endif()
  cabinet_test_set(pacfam_${set} SYSTEM ${set} DIR pacfam_${set} ASM z80asm pasmo
    SOURCE pacfam/${_src}.asm INCLUDE ${_pacsrc} DEPENDS ${_pacsrc}/common.asm ${_pf}/family_body.asm
    ENCODE pacfam_encode_${mode} ${ARGN})
  cabinet_board_test(pacfam_frames_${set} SET pacfam_${set} REFS pacfam/${set}
    FRAMES 1 2 30 60 100 160 DETERMINISM SAVESTATE 60 3 LABELS roms pacfam)
endfunction()

set(_pacproms 82s123.7f 82s126.4a 82s126.1m 82s126.3m)
pacfam_set(pacplus pacplus pacplus.6e pacplus.6f pacplus.6h pacplus.6j pacplus.5e pacplus.5f
  pacplus.7f pacplus.4a 82s126.1m 82s126.3m)
pacfam_set(jumpshot jumpshot 6e 6f 6h 6j 5e 5f prom.7f prom.4a 82s126.1m 82s126.3m)
pacfam_set(shootbul jumpshot sb6e.cpu sb6f.cpu sb6h.cpu sb6j.cpu sb5e.cpu sb5f.cpu 7f.rom 4a.rom 82s126.1m 82s126.3m)
pacfam_set(eyes eyes d7 e7 f7 h7 d5 e5 82s123.7f 82s129.4a 82s126.1m 82s126.3m)
pacfam_set(mrtnt eyes tnt.1 tnt.2 tnt.3 tnt.4 tnt.5 tnt.6 ${_pacproms})
pacfam_set(eggor eyes2k 1.bin 5.bin 2.bin 6.bin 3.bin 7.bin 4.bin 8.bin 9.bin 11.bin 10.bin 12.bin ${_pacproms})
pacfam_set(woodpeck woodpek f.bin i.bin e.bin g.bin h.bin a.5e c.5h b.5f d.5j pr.8h pr.4a pr.1k pr.3k)
pacfam_set(ponpoko ponpoko ppokoj1.bin ppokoj2.bin ppokoj3.bin ppokoj4.bin ppoko5.bin ppoko6.bin ppoko7.bin
  ppokoj8.bin ppoko9.bin ppoko10.bin ${_pacproms})
pacfam_set(lizwiz plain 6e.cpu 6f.cpu 6h.cpu 6j.cpu wiza wizb 5e.cpu 5f.cpu 7f.cpu 4a.cpu 82s126.1m 82s126.3m)

# Pengo: its own program on its own map, through the 315-5010 encryption
cabinet_test_set(pacfam_pengo SYSTEM pengo DIR pacfam_pengo ASM z80asm pasmo SOURCE pacfam/pengo.asm
  ENCODE pacfam_encode_pengo epr-1689c.ic8 epr-1690b.ic7 epr-1691b.ic15 epr-1692b.ic14 epr-1693b.ic21
  epr-1694b.ic20 epr-5118b.ic32 epr-5119c.ic31 epr-1640.ic92 epr-1695.ic105
  pr1633.ic78 pr1634.ic88 pr1635.ic51 pr1636.ic70)
cabinet_board_test(pacfam_frames_pengo SET pacfam_pengo REFS pacfam/pengo
  FRAMES 1 2 30 40 70 100 140 200 270 DETERMINISM SAVESTATE 100 5 LABELS roms pacfam)

# Crush Roller / Make Trax: protect.asm reads the protection chip through its
# table, then with its fixed answers
foreach(set crush maketrax)
  if(set STREQUAL crush)
    set(_prog crushkrl.6e crushkrl.6f crushkrl.6h crushkrl.6j)
  else()
    set(_prog maketrax.6e maketrax.6f maketrax.6h maketrax.6j)
  endif()
  cabinet_test_set(pacfam_${set} SYSTEM ${set} DIR pacfam_${set} ASM z80asm pasmo
    SOURCE pacfam/protect.asm INCLUDE ${_pacsrc} DEPENDS ${_pacsrc}/common.asm ${_pacsrc}/tail.asm
    SPLIT 4096 ${_prog}
    ROMGEN pacman_romgen MAKE "gfx maketrax.5e maketrax.5f" "proms 82s123.7f 2s140.4a 82s126.1m 82s126.3m")
  cabinet_board_test(pacfam_frames_${set} SET pacfam_${set} REFS pacfam/${set}
    FRAMES 1 2 20 60 120 239 240 241 300 400 450 DETERMINISM SAVESTATE 200 4 LABELS roms pacfam)
endforeach()

# Piranha (woodpek map, vector byte FAh stored as 78h) and Naughty Mouse
# (BFh stored as 3Ch): the Eyes wiring on 2K ROMs; the program's IM 2 table
# has entries at both the written and the stored vector (family_body.asm)
pacfam_set(piranha eyes2k pir1.7e pir5.6e pir2.7f pir6.6f pir3.7h pir7.6h pir4.7j pir8.6j
  pir9.5e pir11.5h pir10.5f pir12.5j 82s123.7f piranha.4a 82s126.1m 82s126.3m)
pacfam_set(nmouse eyes2k naumouse.d7 naumouse.d6 naumouse.e7 naumouse.e6 naumouse.h7 naumouse.h6
  naumouse.j7 naumouse.j6 naumouse.d5 naumouse.h5 naumouse.e5 naumouse.j5 82s123.7f naumouse.a4 82s126.1m 82s126.3m)

# Every system of the family recorded (-record) under the Pac-Man inputs
# script (IN0 / IN1, which they all have) and played back: same frame and
# audio hashes, frame for frame.
foreach(set pacplus jumpshot shootbul eyes mrtnt eggor woodpeck ponpoko lizwiz pengo crush maketrax piranha nmouse)
  add_test(NAME pacfam_record_playback_${set} COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/record_playback.sh
    $<TARGET_FILE:cabinet> ${set} ${CMAKE_BINARY_DIR}/roms/pacfam_${set} ${_pacsrc}/inputs.txt 6)
  set_tests_properties(pacfam_record_playback_${set} PROPERTIES SKIP_RETURN_CODE 77 LABELS "roms;pacfam")
endforeach()
