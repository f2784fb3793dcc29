# Board tests: a homebrew program assembled into a ROM set with MAME's file
# names and sizes, run headless, and compared with MAME 0.251's references.
#
#   cabinet_test_set(<id> SYSTEM <set> SOURCE <program> ASM <assembler>...
#       [GENERATOR <tool> [<arg>...]] [DIR <dir>] [INCLUDE <dir>] [DEPENDS <file>...]
#       [SPLIT <bytes> <file>...] [ENCODE <tool> <file>...]
#       [ROMGEN <tool> MAKE "<command> <file>..."...])
#     Builds ${CMAKE_BINARY_DIR}/roms/<DIR, default id>/<set>/ (target
#     <id>_set, part of ALL): assembles SOURCE with the first assembler found
#     (z80asm, pasmo, xa), cuts the binary into the SPLIT files (padded with
#     FFh) or hands it to `ENCODE tool BIN FILE...`, then runs
#     `ROMGEN-tool <command> FILE...` for each MAKE string (graphics, PROMs).
#     GENERATOR (instead of ASM, for CPUs with no Debian assembler): the
#     program is C that emits its bytes; `<tool> program BIN <arg>...` writes the
#     binary (SOURCE is then the generator's source, a dependency).
#     File names are the set's, relative to its folder. A missing assembler is
#     a configure warning, and every board test on the set skips (exit 77);
#     the global property CABINET_SET_<id>_BUILT tells other tests whether the
#     set is built.
#
#   cabinet_board_test(<test> SET <id> [SYSTEM <set>]
#       [REFS <dir>] [PREFIX <name>] [FRAMES <n>...] [HEAVY <n>...]
#       [INPUTS <file>] [SECONDS <s>] [OPTIONS <cabinet option>...]
#       [AUDIO <ref> <checker> <arg>...] [MAKE_REF <tool> <arg>...]
#       [DETERMINISM] [SAVESTATE <frame> <seconds>] [AUDIO_SHA1 <file> <seconds> <rate>]
#       [LABELS <label>...])
#     One ctest, run by tests/tools/board_test.sh: Cabinet runs the set
#     headless for SECONDS (default: last frame / 60 + 2) with the INPUTS
#     script (Cabinet's -inputscript format, also given to MAME), saving the
#     FRAMES, each compared pixel for pixel with REFS/<PREFIX>_fNNNN.png
#     (REFS relative to tests/refs, PREFIX default `normal`; HEAVY frames,
#     REFS/heavy_fNNNN.png, are compared for information only). AUDIO: the run
#     also writes a WAV and `<checker> <arg>...` must pass, with @REF@ standing
#     for REFS/<ref> and @WAV@ for Cabinet's WAV (a checker naming a target
#     defined before the call is that target's binary). DETERMINISM: a second run prints the same
#     -framehash. SAVESTATE: a state saved after <frame> and resumed gives
#     the hashes of the straight run. AUDIO_SHA1: Cabinet's own audio at
#     <rate> Hz for <seconds>, bit exact against the SHA-1 in REFS/<file>.
#
# The same description, written to ${CMAKE_BINARY_DIR}/board_tests/<test>.sh,
# is what tools/mame_refs.sh reads to regenerate the references with MAME:
# the FRAMES and HEAVY snapshots, and for AUDIO MAME's WAV (saved as
# REFS/<ref>, or the stdout of `MAKE_REF <tool> <arg>...` with @WAV@ = MAME's WAV).
include_guard(GLOBAL)
include(${CMAKE_SOURCE_DIR}/tools/romtool/romtool.cmake)
if(NOT TARGET cabinet_romsplit)
  add_executable(cabinet_romsplit ${CMAKE_SOURCE_DIR}/tools/romtool/romsplit.c)
  target_link_libraries(cabinet_romsplit cabinet_romtool)
  set_target_properties(cabinet_romsplit PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/roms/tools)
endif()

# assembler command line for BIN from SRC (INC: include folder or empty) into OUT_VAR; empty if none found
function(_cabinet_asm_command out_var asms src bin inc)
  foreach(a ${asms})
    string(TOUPPER "${a}" _up)
    find_program(CABINET_ASM_${_up} NAMES ${a})
    if(NOT CABINET_ASM_${_up})
      continue()
    endif()
    set(_i)
    if(inc)
      set(_i -I ${inc})
    endif()
    if(a STREQUAL "pasmo")
      set(${out_var} ${CABINET_ASM_${_up}} ${_i} --bin ${src} ${bin} PARENT_SCOPE)
    else() # z80asm, xa
      set(${out_var} ${CABINET_ASM_${_up}} ${_i} -o ${bin} ${src} PARENT_SCOPE)
    endif()
    return()
  endforeach()
  set(${out_var} "" PARENT_SCOPE)
endfunction()

function(cabinet_test_set id)
  cmake_parse_arguments(PARSE_ARGV 1 S "" "SYSTEM;SOURCE;DIR;INCLUDE;ROMGEN" "ASM;GENERATOR;DEPENDS;SPLIT;ENCODE;MAKE")
  if(NOT S_SYSTEM OR NOT S_SOURCE OR (NOT S_ASM AND NOT S_GENERATOR))
    message(FATAL_ERROR "cabinet_test_set(${id}): SYSTEM, SOURCE and ASM are required")
  endif()
  if(NOT S_DIR)
    set(S_DIR ${id})
  endif()
  get_filename_component(_src ${S_SOURCE} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_LIST_DIR})
  set(_root ${CMAKE_BINARY_DIR}/roms/${S_DIR})
  set(_dir ${_root}/${S_SYSTEM})
  set(_bin ${CMAKE_BINARY_DIR}/roms/tools/${id}.bin)
  set(_outs)
  set(_cmds)
  if(S_SPLIT)
    list(POP_FRONT S_SPLIT _chunk)
    list(TRANSFORM S_SPLIT PREPEND ${_dir}/)
    list(APPEND _outs ${S_SPLIT})
    list(APPEND _cmds COMMAND cabinet_romsplit ${_bin} ${_chunk} ${S_SPLIT})
  endif()
  if(S_ENCODE)
    list(POP_FRONT S_ENCODE _tool)
    list(TRANSFORM S_ENCODE PREPEND ${_dir}/)
    list(APPEND _outs ${S_ENCODE})
    list(APPEND _cmds COMMAND ${_tool} ${_bin} ${S_ENCODE})
  endif()
  foreach(m ${S_MAKE})
    separate_arguments(_words UNIX_COMMAND "${m}")
    list(POP_FRONT _words _verb)
    list(TRANSFORM _words PREPEND ${_dir}/)
    list(APPEND _outs ${_words})
    list(APPEND _cmds COMMAND ${S_ROMGEN} ${_verb} ${_words})
  endforeach()
  list(GET _outs 0 _first)
  if(S_GENERATOR)
    list(POP_FRONT S_GENERATOR _gen)
    set(_asm ${_gen} program ${_bin} ${S_GENERATOR})
    set(_asm_names ${_gen})
    list(APPEND S_DEPENDS ${_gen})
  else()
    _cabinet_asm_command(_asm "${S_ASM}" ${_src} ${_bin} "${S_INCLUDE}")
    string(REPLACE ";" " or " _asm_names "${S_ASM}")
  endif()
  set_property(GLOBAL PROPERTY CABINET_SET_${id}_SYSTEM ${S_SYSTEM})
  set_property(GLOBAL PROPERTY CABINET_SET_${id}_ROMPATH ${_root})
  set_property(GLOBAL PROPERTY CABINET_SET_${id}_CHECK ${_first})
  set_property(GLOBAL PROPERTY CABINET_SET_${id}_WHY "made by target ${id}_set; needs ${_asm_names}")
  if(NOT _asm)
    message(WARNING "${_asm_names} not found: the test set ${id} (roms/${S_DIR}/${S_SYSTEM}) is not built; its board tests skip")
    return()
  endif()
  set(_deps ${_src} ${S_DEPENDS})
  if(S_ROMGEN)
    list(APPEND _deps ${S_ROMGEN})
  endif()
  if(S_ENCODE)
    list(APPEND _deps ${_tool})
  endif()
  if(S_SPLIT)
    list(APPEND _deps cabinet_romsplit)
  endif()
  add_custom_command(
    OUTPUT ${_outs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir} ${CMAKE_BINARY_DIR}/roms/tools
    COMMAND ${_asm}
    ${_cmds}
    DEPENDS ${_deps}
    COMMENT "Test ROM set ${id}: roms/${S_DIR}/${S_SYSTEM}"
    VERBATIM)
  add_custom_target(${id}_set ALL DEPENDS ${_outs})
  set_property(GLOBAL PROPERTY CABINET_SET_${id}_BUILT TRUE)
endfunction()

# shell-quoted words for the description file ('...' with ' escaped)
function(_cabinet_sh_quote out_var)
  set(_r)
  foreach(w ${ARGN})
    string(REPLACE "'" "'\\''" w "${w}")
    string(APPEND _r " '${w}'")
  endforeach()
  string(STRIP "${_r}" _r)
  set(${out_var} "${_r}" PARENT_SCOPE)
endfunction()

# a target name becomes its binary (as a generator expression)
function(_cabinet_tool_words out_var)
  set(_r)
  foreach(w ${ARGN})
    if(NOT _r AND TARGET ${w})
      set(w $<TARGET_FILE:${w}>)
    endif()
    list(APPEND _r ${w})
  endforeach()
  set(${out_var} ${_r} PARENT_SCOPE)
endfunction()

function(cabinet_board_test name)
  if(NOT TARGET cabinet)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 1 T "DETERMINISM" "SET;SYSTEM;REFS;PREFIX;INPUTS;SECONDS"
    "FRAMES;HEAVY;OPTIONS;AUDIO;MAKE_REF;SAVESTATE;AUDIO_SHA1;LABELS")
  get_property(_system GLOBAL PROPERTY CABINET_SET_${T_SET}_SYSTEM)
  if(NOT _system)
    message(FATAL_ERROR "cabinet_board_test(${name}): SET ${T_SET} is not a cabinet_test_set")
  endif()
  get_property(_rompath GLOBAL PROPERTY CABINET_SET_${T_SET}_ROMPATH)
  get_property(_check GLOBAL PROPERTY CABINET_SET_${T_SET}_CHECK)
  get_property(_why GLOBAL PROPERTY CABINET_SET_${T_SET}_WHY)
  if(T_SYSTEM)
    set(_system ${T_SYSTEM})
  endif()
  if(NOT T_PREFIX)
    set(T_PREFIX normal)
  endif()
  set(_refs "")
  if(T_REFS)
    get_filename_component(_refs ${T_REFS} ABSOLUTE BASE_DIR ${CMAKE_SOURCE_DIR}/tests/refs)
  endif()
  set(_inputs "")
  if(T_INPUTS)
    get_filename_component(_inputs ${T_INPUTS} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_LIST_DIR})
  endif()
  if(NOT T_SECONDS)
    set(_last 0)
    foreach(f ${T_FRAMES} ${T_HEAVY})
      if(f GREATER _last)
        set(_last ${f})
      endif()
    endforeach()
    math(EXPR T_SECONDS "${_last} / 60 + 2")
  endif()
  set(_audio_ref "")
  set(_audio_check)
  if(T_AUDIO)
    list(POP_FRONT T_AUDIO _audio_ref)
    _cabinet_tool_words(_audio_check ${T_AUDIO})
  endif()
  _cabinet_tool_words(_make_ref ${T_MAKE_REF})
  set(_det "")
  if(T_DETERMINISM)
    set(_det 1)
  endif()
  set(_d "# ctest ${name} (cabinet_board_test, cmake/board_test.cmake); read by tests/tools/board_test.sh and tools/mame_refs.sh\n")
  foreach(v rompath check why refs inputs)
    string(APPEND _d "${v}='${_${v}}'\n")
  endforeach()
  string(APPEND _d "name='${name}'\nsystem='${_system}'\nprefix='${T_PREFIX}'\nseconds='${T_SECONDS}'\n")
  string(REPLACE ";" " " _f "${T_FRAMES}")
  string(REPLACE ";" " " _h "${T_HEAVY}")
  string(REPLACE ";" " " _s "${T_SAVESTATE}")
  string(REPLACE ";" " " _a "${T_AUDIO_SHA1}")
  _cabinet_sh_quote(_opts ${T_OPTIONS})
  _cabinet_sh_quote(_ac ${_audio_check})
  _cabinet_sh_quote(_mr ${_make_ref})
  string(APPEND _d "frames='${_f}'\nheavy='${_h}'\noptions=\"${_opts}\"\n"
    "audio_ref='${_audio_ref}'\naudio_check=\"${_ac}\"\nmake_ref=\"${_mr}\"\n"
    "determinism='${_det}'\nsavestate='${_s}'\naudio_sha1='${_a}'\n"
    "cabinet='$<TARGET_FILE:cabinet>'\ncompare='$<TARGET_FILE:frame_compare>'\n"
    "out='${CMAKE_BINARY_DIR}/board_tests/${name}'\nsource_dir='${CMAKE_SOURCE_DIR}'\n")
  set(_desc ${CMAKE_BINARY_DIR}/board_tests/${name}.sh)
  file(GENERATE OUTPUT ${_desc} CONTENT "${_d}")
  add_test(NAME ${name} COMMAND sh ${CMAKE_SOURCE_DIR}/tests/tools/board_test.sh ${_desc})
  if(NOT T_LABELS)
    set(T_LABELS ${_system})
  endif()
  set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77 LABELS "${T_LABELS}")
endfunction()
