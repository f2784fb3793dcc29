# Zilog Z80: unit test executable and the zexdoc/zexall exercisers.

# tests/cpu/*.c is globbed into cputest; the unit test has its own main().
set(Z80_UNIT_SRC ${CMAKE_CURRENT_SOURCE_DIR}/cpu/test_z80_unit.c)
get_target_property(_cputest_srcs cputest SOURCES)
list(REMOVE_ITEM _cputest_srcs ${Z80_UNIT_SRC})
set_property(TARGET cputest PROPERTY SOURCES ${_cputest_srcs})

add_executable(test_z80_unit ${Z80_UNIT_SRC})
target_link_libraries(test_z80_unit cabinet_core)
add_test(NAME cpu_z80_unit COMMAND test_z80_unit)
set_tests_properties(cpu_z80_unit PROPERTIES LABELS cpu)

# zexdoc.com and zexall.com (third-party, GPL, not in the repo) run when
# CABINET_ZEX_DIR names a folder holding them; otherwise a visible skip.
set(Z80_ZEX_SCRIPT [=[
dir=$CABINET_ZEX_DIR
for f in zexdoc zexall; do
    if [ -z "$dir" ] || [ ! -f "$dir/$f.com" ]; then
        echo "SKIPPED: set CABINET_ZEX_DIR to a folder with zexdoc.com and zexall.com"
        exit 77
    fi
done
for f in zexdoc zexall; do
    echo "== $f.com"
    "$0" z80 --cpm "$dir/$f.com" || exit 1
done
]=])
add_test(NAME cpu_z80_zex COMMAND sh -c "${Z80_ZEX_SCRIPT}" $<TARGET_FILE:cputest>)
set_tests_properties(cpu_z80_zex PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900 LABELS cpu)
