#!/bin/sh
# Keyboard control of paddles in the window (issue 18), under Xvfb: Warlords'
# paddles moved by MAME's default keys (player 1 Left/Right, player 2 D/G)
# give the same frames as a headless -inputscript moving the paddle by
# PORT_KEYDELTA x PORT_SENSITIVITY (10 x 50% = 5 units) each frame the key is
# held, then back to the centre by as much per frame after release; a
# -record of the window run plays back headless to the same frames.
# usage: test_window_analogkeys.sh CABINET ROMDIR
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
[ -d "$roms/warlords_test" ] || { echo "SKIP: test set roms/warlords_test not built (xa missing)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
common="warlords -rompath $roms/warlords_test -seconds_to_run 1 -framehash -nvram_directory nv"
window() { # autokeys extra-options...
    keys=$1
    shift
    CABINET_AUTOKEYS="$keys" SDL_AUDIODRIVER=dummy sh "$xvfb" "$cabinet" $common "$@" \
        >win.txt 2>err.txt || bad "window run ($keys) exited with $?"
    grep -q "running headless" err.txt && { echo "SKIP: no window could be opened under Xvfb"; exit 77; }
    grep frame_sha1 win.txt
}
script() { # the input script on stdin
    cat >s.txt
    "$cabinet" $common -video none -inputscript s.txt 2>/dev/null | grep frame_sha1
}
steps() { # first last port delta
    i=$1
    while [ "$i" -le "$2" ]; do echo "$i $3 0xff $4"; i=$((i + 1)); done
}

w=$(window "40:Left:down")
s=$(steps 40 59 PADDLE0 -5 | script)
[ -n "$w" ] && [ "$w" = "$s" ] || bad "Left held from frame 40: $w, script of -5 a frame: $s"
# released after 10 frames: 6 frames of recentring by the run's end
w=$(window "44:Left:down,54:Left:up")
s=$( (steps 44 53 PADDLE0 -5; steps 54 59 PADDLE0 +5) | script)
[ -n "$w" ] && [ "$w" = "$s" ] || bad "Left held frames 44-53: $w, script: $s"
none=$(printf '' | script)
[ "$w" != "$none" ] || bad "the keys did not move the paddle"
w=$(window "40:G:down")
s=$(steps 40 59 PADDLE1 +5 | script)
[ -n "$w" ] && [ "$w" = "$s" ] || bad "player 2's G held from frame 40: $w, script of +5 a frame on PADDLE1: $s"
# the recording of a keyed run plays back headless alike
w=$(window "30:Right:down,45:Right:up" -record k.inp)
p=$("$cabinet" $common -video none -playback k.inp 2>/dev/null | grep frame_sha1)
[ -n "$w" ] && [ "$w" = "$p" ] || bad "window run recorded: $w, played back headless: $p"
[ "$fail" = 0 ] && echo "paddle keys: as MAME's rule, recorded and played back alike"
exit $fail
