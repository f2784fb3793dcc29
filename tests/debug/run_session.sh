#!/bin/sh
# run_session.sh CABINET ROMPATH SYSTEM SESSION EXPECTED: feeds the debugger
# the SESSION script on stdin (-debug, headless, 5 emulated seconds at most)
# and compares what it prints with the committed EXPECTED transcript.
set -u
cab=$1 rompath=$2 sys=$3 session=$4 expected=$5
[ -d "$rompath/$sys" ] || { echo "set not built: $rompath/$sys"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cab" "$sys" -debug -rompath "$rompath" -video none -sound none -nothrottle -nvram_directory "$tmp/nv" \
    -seconds_to_run 5 <"$session" >"$tmp/out.txt" 2>"$tmp/err.txt" ||
    { echo "debugger run failed: $(cat "$tmp/err.txt")"; exit 1; }
if ! cmp -s "$tmp/out.txt" "$expected"; then
    echo "transcript differs from $expected:"
    diff "$expected" "$tmp/out.txt" | head -40
    exit 1
fi
echo "transcript matches $(wc -l <"$expected") lines"
