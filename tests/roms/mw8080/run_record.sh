#!/bin/sh
# Record then play back, for every sibling of the Space Invaders board: each
# homebrew set is run for 3 s with its scripted inputs and -record, then the
# recording is played back; frame and audio hashes must be identical, and
# must differ from a run without the inputs (so the recording carries them):
# the script's events plus PORT MASK held from frame 150 to the end.
# Usage: run_record.sh CABINET ROMDIR SCRIPTDIR SET:SCRIPT:PORT:MASK...
cab=$1 roms=$2 scripts=$3
shift 3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
hashes() { grep -E "^(frames|frame_sha1|audio_sha1) " "$1"; }
fail=0
for pair; do
    IFS=: read -r set file port mask <<END
$pair
END
    script=$tmp/$set.txt
    { cat "$scripts/$file"; echo "150 $port $mask 1"; } >"$script"
    run="$cab $set -rompath $roms -video none -framehash -nothrottle -str 3 -nvram_directory $tmp/nv -nonvram_save"
    $run -inputscript "$script" -record "$tmp/$set.inp" >"$tmp/r.txt" 2>&1 || { echo "FAIL $set: record run"; fail=1; continue; }
    $run -playback "$tmp/$set.inp" -exit_after_playback >"$tmp/p.txt" 2>&1 || { echo "FAIL $set: playback run"; fail=1; continue; }
    $run >"$tmp/n.txt" 2>&1
    if [ -z "$(hashes "$tmp/r.txt")" ] || [ "$(hashes "$tmp/r.txt")" != "$(hashes "$tmp/p.txt")" ]; then
        echo "FAIL $set: playback differs from the recorded run"; fail=1
    elif [ "$(hashes "$tmp/r.txt")" = "$(hashes "$tmp/n.txt")" ]; then
        echo "FAIL $set: the inputs changed nothing (the test proves nothing)"; fail=1
    else
        echo "ok $set: $(grep '^frame_sha1 ' "$tmp/r.txt")"
    fi
done
exit $fail
