#!/bin/sh
# One board test (cabinet_board_test in cmake/board_test.cmake): runs Cabinet
# headless on a homebrew test set and checks it against MAME 0.251's references.
#   board_test.sh DESCRIPTION      (build/board_tests/<test>.sh, written by CMake)
# Checks, as the description asks: frames pixel for pixel (frame_compare),
# audio by the board's checker, two runs alike (with and without the sound
# thread), save-state round trip, and the SHA-1 of Cabinet's own audio.
# Exit 0 pass, 1 fail, 77 skip (no test set).
set -u
. "$1"
if [ ! -f "$check" ]; then
    echo "SKIP: no test set ($check missing: $why)"
    exit 77
fi
rm -rf "$out"
mkdir -p "$out"
fails=0
fail() { echo "FAIL: $name: $*"; fails=$((fails + 1)); }

# cab LOG ARGS...: Cabinet on the set, headless, fresh NVRAM; stdout (the -framehash lines) to LOG
cab() {
    log=$1; shift
    "$cabinet" "$system" -rompath "$rompath" -video none -sound none -nothrottle -norotate \
        -nvram_directory "$out/nvram" -nonvram_save "$@" >"$log" 2>"$log.err" || {
        echo "FAIL: $name: cabinet $system $* exited $?"; cat "$log.err"; exit 1; }
}
# main LOG SNAPDIR WAV: the run the references were made from (frames, inputs, WAV, hashes)
snaps=$(echo $frames $heavy | tr ' ' ,)
main() {
    log=$1 snapdir=$2 wav=$3
    set -- -seconds_to_run "$seconds" -framehash
    [ -n "$snaps" ] && set -- "$@" -snapframes "$snaps" -snapshot_directory "$snapdir"
    [ -n "$inputs" ] && set -- "$@" -inputscript "$inputs"
    [ -n "$audio_ref" ] && set -- "$@" -wavwrite "$wav"
    eval "set -- \"\$@\" $options"
    cab "$log" "$@"
}
main "$out/run1.txt" "$out/snap" "$out/cabinet.wav"

if [ -n "$heavy" ]; then
    echo "heavy frames (information only, they depend on exact cycle counts):"
    "$compare" --frames "$refs" heavy "$out/snap/$system" $heavy || true
fi
if [ -n "$frames" ]; then
    "$compare" --frames "$refs" "$prefix" "$out/snap/$system" $frames ||
        fail "frames differ from MAME 0.251 ($refs/${prefix}_fNNNN.png)"
fi
if [ -n "$audio_ref" ]; then
    eval "set -- $audio_check"
    for a; do
        shift
        case $a in
        *@REF@*|*@WAV@*) a=$(echo "$a" | sed "s|@REF@|$refs/$audio_ref|g; s|@WAV@|$out/cabinet.wav|g") ;;
        esac
        set -- "$@" "$a"
    done
    "$@" || fail "audio differs from MAME 0.251 ($refs/$audio_ref)"
fi
if [ -n "$determinism" ]; then
    # the second run renders all sound on the machine's thread (the first
    # on a second one where a chip allows it and the host has two cores)
    options="$options -nosound_thread"
    main "$out/run2.txt" "$out/snap2" "$out/cabinet2.wav"
    grep -E '^(frames|frame_sha1|audio_sha1)' "$out/run1.txt"
    if ! grep -q '^frame_sha1' "$out/run1.txt" || ! cmp -s "$out/run1.txt" "$out/run2.txt"; then
        fail "two runs differ"; diff "$out/run1.txt" "$out/run2.txt"
    else
        echo "determinism: two runs give the same hashes (the second without a sound thread)"
    fi
fi
if [ -n "$savestate" ]; then
    set -- $savestate
    at=$1 secs=$2
    cab "$out/save.txt" -seconds_to_run $((at / 60 + 1)) -savestate "$out/s$at.sta" -savestate_frame "$at"
    cab "$out/straight.txt" -seconds_to_run "$secs" -framehash -hash_after "$at"
    cab "$out/resumed.txt" -seconds_to_run "$secs" -framehash -state "$out/s$at.sta"
    if [ -s "$out/straight.txt" ] && cmp -s "$out/straight.txt" "$out/resumed.txt"; then
        echo "save state after frame $at, resumed: same hashes as the straight run"
    else
        fail "state saved after frame $at resumes differently"; diff "$out/straight.txt" "$out/resumed.txt"
    fi
fi
if [ -n "$audio_sha1" ]; then
    set -- $audio_sha1
    want=$(cut -d' ' -f1 "$refs/$1")
    cab "$out/sha1.txt" -seconds_to_run "$2" -samplerate "$3" -framehash
    got=$(awk '$1 == "audio_sha1" {print $2}' "$out/sha1.txt")
    if [ "$got" = "$want" ]; then
        echo "audio at $3 Hz, $2 s: bit exact ($want)"
    else
        fail "audio at $3 Hz, $2 s: SHA-1 $got, recorded $want ($refs/$1)"
    fi
fi
[ "$fails" = 0 ] && echo "PASS: $name"
[ "$fails" = 0 ]
