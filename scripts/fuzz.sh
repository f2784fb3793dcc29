#!/bin/sh
# fuzz.sh BUILD SECONDS TARGET...: runs each libFuzzer target over its seed
# corpus and regression inputs, then for SECONDS on new inputs. Fails on the
# first crash, leak, sanitizer report or hang.
build=$1 seconds=$2
shift 2
for t in "$@"; do
    work="$build/corpus-$t"
    rm -rf "$work" && mkdir -p "$work"
    dirs="$work tests/fuzz/corpus/$t"
    [ -d "tests/fuzz/regressions/$t" ] && dirs="$dirs tests/fuzz/regressions/$t"
    log="$build/fuzz-$t.log"
    # archive: libarchive (a system library) trusts a 7z's stated header
    # sizes and asks malloc for them (34 GB from a 287-byte file); in a real
    # run malloc fails and libarchive reports the file, so the harness lets
    # a huge allocation fail the same way instead of counting it a crash.
    extra= asan=${ASAN_OPTIONS:-}
    [ "$t" = archive ] && extra="-malloc_limit_mb=1048576" asan="${asan:+$asan:}allocator_may_return_null=1"
    if ! ASAN_OPTIONS=$asan "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 $extra \
        $dirs > "$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz_$t: FAILED (log: $log)"
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz_$t: ${runs:-?} executions, no crash"
done
