#!/bin/sh
# Runs a homebrew Pac-Man test set and checks it against MAME 0.251's references.
#   pacman_run.sh frames CABINET COMPARE ROMS REFS PROG OUT [GAME]
#                                     snapshots vs REFS/PROG (GAME: pacman, or mspacman)
#   pacman_run.sh audio CABINET CHECKER ROMS REFS OUT          WSG pitch/level/timing vs normal.wav
#   pacman_run.sh determinism CABINET ROMS PROG OUT            two runs give the same -framehash
set -e
mode=$1; shift
game=pacman
need_set() { [ -f "$1/$game/pacman.6e" ] || { echo "no test set in $1 (z80asm/pasmo missing?)"; exit 77; }; }
case $mode in
frames)
    cab=$1 cmp=$2 roms=$3 refs=$4 prog=$5 out=$6 game=${7:-pacman}
    need_set "$roms/$prog"
    rm -rf "$out"; mkdir -p "$out"
    prefix=normal; [ "$prog" = inputs ] && prefix=input
    frames=$(ls "$refs/$prog" | sed -n "s/^$prefix"'_f0*\([0-9]*\)\.png$/\1/p' | sort -n | tr '\n' ' ')
    set -- -rompath "$roms/$prog" -video none -nothrottle -seconds_to_run 10 -norotate \
        -snapshot_directory "$out" -snapframes "$(echo $frames 1 | tr ' ' ',')"
    if [ -f "$refs/$prog/inputs_script.txt" ]; then
        # oracle.lua syntax "frame,:port,mask,value" -> "frame port mask value"
        sed 's/,:/ /; s/,/ /g' "$refs/$prog/inputs_script.txt" > "$out/inputs.txt"
        set -- "$@" -inputscript "$out/inputs.txt"
    fi
    "$cab" "$game" "$@" > "$out/log.txt" 2>&1
    echo "heavy frame 1 (information only, depends on exact cycle counts):"
    "$cmp" --frames "$refs/$prog" heavy "$out/$game" 1 || true
    "$cmp" --frames "$refs/$prog" $prefix "$out/$game" $frames
    ;;
audio)
    cab=$1 chk=$2 roms=$3 refs=$4 out=$5
    need_set "$roms/sound"
    rm -rf "$out"; mkdir -p "$out"
    "$cab" pacman -rompath "$roms/sound" -video none -nothrottle -seconds_to_run 5 \
        -wavwrite "$out/sound.wav" > "$out/log.txt" 2>&1
    "$chk" "$refs/sound/normal.wav" "$out/sound.wav"
    ;;
determinism)
    cab=$1 roms=$2 prog=$3 out=$4
    need_set "$roms/$prog"
    rm -rf "$out"; mkdir -p "$out"
    for n in 1 2; do
        "$cab" pacman -rompath "$roms/$prog" -video none -nothrottle -seconds_to_run 5 -framehash \
            2>/dev/null | grep -E '^(frames|frame_sha1|audio_sha1)' > "$out/run$n.txt"
    done
    cat "$out/run1.txt"
    [ -s "$out/run1.txt" ] && cmp "$out/run1.txt" "$out/run2.txt"
    ;;
*)
    echo "unknown mode $mode" >&2; exit 2 ;;
esac
