# Foundation tests: the Cabinet Z80 test board's ROM is assembled here, then
# the command line and the machine are exercised with it.
find_program(Z80ASM z80asm REQUIRED)
set(CABZ80_ROM ${CMAKE_BINARY_DIR}/roms/cabz80/cabz80.1)
add_custom_command(OUTPUT ${CABZ80_ROM}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/roms/cabz80
  COMMAND ${Z80ASM} -o ${CABZ80_ROM} ${CMAKE_SOURCE_DIR}/tests/roms/cabz80/cabz80.asm
  DEPENDS ${CMAKE_SOURCE_DIR}/tests/roms/cabz80/cabz80.asm
  COMMENT "Assembling the cabz80 test ROM")
add_custom_target(rom_cabz80 ALL DEPENDS ${CABZ80_ROM})

add_test(NAME cli_commands
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_cli.sh $<TARGET_FILE:cabinet> ${CMAKE_BINARY_DIR}/roms
          $<TARGET_FILE:check_listxml> ${CMAKE_SOURCE_DIR}/tests/golden)
add_executable(check_listxml ${CMAKE_CURRENT_SOURCE_DIR}/emu/check_listxml.c)
target_link_libraries(check_listxml cabinet_core PkgConfig::EXPAT)

foreach(t test_machine test_sched test_emutime test_memory test_state_checks test_glue test_multicpu test_input)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/emu/${t}.c)
    add_executable(${t} ${CMAKE_CURRENT_SOURCE_DIR}/emu/${t}.c)
    target_link_libraries(${t} cabinet_core)
    add_test(NAME ${t} COMMAND ${t} ${CMAKE_BINARY_DIR}/roms)
  endif()
endforeach()

add_test(NAME core_no_globals
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_no_globals.sh $<TARGET_FILE:cabinet_core>)
set_tests_properties(core_no_globals PROPERTIES SKIP_RETURN_CODE 77)

# Sound routes and RC filter stages (unit test; the formula side uses libm).
add_executable(test_sound ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_sound.c)
target_link_libraries(test_sound cabinet_core m)
add_test(NAME test_sound COMMAND test_sound)

# -listxml against MAME 0.251: DTD validation of the full listing (xmllint),
# and the element-by-element comparison with committed `mame -listxml` output
# (scripts/mame_listxml_refs.sh regenerates it).
add_test(NAME listxml_dtd_valid
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_listxml.sh dtd $<TARGET_FILE:cabinet>)
add_test(NAME listxml_mame_compare
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/emu/test_listxml.sh compare $<TARGET_FILE:cabinet>
          ${CMAKE_SOURCE_DIR}/tests/golden/listxml)
set_tests_properties(listxml_dtd_valid listxml_mame_compare PROPERTIES SKIP_RETURN_CODE 77)
