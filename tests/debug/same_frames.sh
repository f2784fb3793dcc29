#!/bin/sh
# same_frames.sh CABINET ROMPATH SYSTEM SETDIR SECONDS: the frame and audio
# hashes of a plain run, of a run with the debugger attached and breakpoints
# that are never hit (on every CPU), and of a traced run are identical.
set -u
cab=$1 rompath=$2 sys=$3 dir=$4 secs=$5
[ -d "$rompath/$dir" ] || { echo "set not built: $rompath/$dir"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {
    name=$1
    shift
    "$cab" "$sys" -rompath "$rompath/$dir" -video none -sound none -nothrottle -nvram_directory "$tmp/nv-$name" \
        -seconds_to_run "$secs" -framehash "$@" >"$tmp/$name.txt" 2>"$tmp/$name.err" ||
        { echo "$name run failed: $(cat "$tmp/$name.err")"; exit 1; }
    grep sha1 "$tmp/$name.txt" >"$tmp/$name.sha" || { echo "$name: no hashes"; exit 1; }
}
run plain
# a breakpoint on an address each CPU never reaches, then run to the end
printf 'bp ffff,1\ncpu 1\nbp ffff\nwp 3ff,1,rw,0\ngo\n' >"$tmp/session.dbg"
run debug -debug <"$tmp/session.dbg"
run trace -trace "$tmp/t.bin" -trace_binary
for k in debug trace; do
    cmp -s "$tmp/plain.sha" "$tmp/$k.sha" || { echo "$k run differs:"; cat "$tmp/plain.sha" "$tmp/$k.sha"; exit 1; }
done
grep -q "Stopped" "$tmp/debug.txt" && { echo "a breakpoint was hit"; exit 1; }
echo "$sys: plain, debugger and trace runs give $(tr '\n' ' ' <"$tmp/plain.sha")"
