# MOS 6502: unit test executable and Klaus Dormann's functional test.

# tests/cpu/*.c is globbed into cputest; the unit test has its own main().
set(M6502_UNIT_SRC ${CMAKE_CURRENT_SOURCE_DIR}/cpu/test_m6502_unit.c)
get_target_property(_cputest_srcs cputest SOURCES)
list(REMOVE_ITEM _cputest_srcs ${M6502_UNIT_SRC})
set_property(TARGET cputest PROPERTY SOURCES ${_cputest_srcs})

add_executable(test_m6502_unit ${M6502_UNIT_SRC})
target_link_libraries(test_m6502_unit cabinet_core)
add_test(NAME cpu_6502_unit COMMAND test_m6502_unit)
set_tests_properties(cpu_6502_unit PROPERTIES LABELS cpu)

# 6502_functional_test.bin (third-party, not in the repo) runs when
# CABINET_KLAUS_DIR names a folder holding it; otherwise a visible skip.
# The shipped binary traps at $3469 on success (see its .lst).
set(M6502_KLAUS_SCRIPT [=[
f=$CABINET_KLAUS_DIR/6502_functional_test.bin
if [ -z "$CABINET_KLAUS_DIR" ] || [ ! -f "$f" ]; then
    echo "SKIPPED: set CABINET_KLAUS_DIR to a folder with 6502_functional_test.bin"
    exit 77
fi
exec "$0" 6502 --bin "$f" --load 0 --start 0x400 --success 0x3469
]=])
add_test(NAME cpu_6502_klaus COMMAND sh -c "${M6502_KLAUS_SCRIPT}" $<TARGET_FILE:cputest>)
set_tests_properties(cpu_6502_klaus PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS cpu)
