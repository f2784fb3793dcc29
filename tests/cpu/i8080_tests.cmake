# Intel 8080: unit test executable and the CP/M exercisers.

# tests/cpu/*.c is globbed into cputest; the unit test has its own main().
set(I8080_UNIT_SRC ${CMAKE_CURRENT_SOURCE_DIR}/cpu/test_i8080_unit.c)
get_target_property(_cputest_srcs cputest SOURCES)
list(REMOVE_ITEM _cputest_srcs ${I8080_UNIT_SRC})
set_property(TARGET cputest PROPERTY SOURCES ${_cputest_srcs})

add_executable(test_i8080_unit ${I8080_UNIT_SRC})
target_link_libraries(test_i8080_unit cabinet_core)
add_test(NAME cpu_8080_unit COMMAND test_i8080_unit)
set_tests_properties(cpu_8080_unit PROPERTIES LABELS cpu)

# TST8080, 8080PRE, CPUTEST and 8080EXM (third-party, not in the repo) run
# when CABINET_CPM8080_DIR names a folder holding them; otherwise a visible skip.
set(I8080_CPM_SCRIPT [=[
dir=$CABINET_CPM8080_DIR
for f in TST8080 8080PRE CPUTEST 8080EXM; do
    if [ -z "$dir" ] || [ ! -f "$dir/$f.COM" ]; then
        echo "SKIPPED: set CABINET_CPM8080_DIR to a folder with TST8080.COM 8080PRE.COM CPUTEST.COM 8080EXM.COM"
        exit 77
    fi
done
for f in TST8080 8080PRE CPUTEST 8080EXM; do
    echo "== $f.COM"
    "$0" i8080 --cpm "$dir/$f.COM" || exit 1
done
]=])
add_test(NAME cpu_8080_cpm COMMAND sh -c "${I8080_CPM_SCRIPT}" $<TARGET_FILE:cputest>)
set_tests_properties(cpu_8080_cpm PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 LABELS cpu)
