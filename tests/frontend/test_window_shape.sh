#!/bin/sh
# The picture's shape in the window (issue 21): each system shown at MAME's
# display aspect (4:3 monitor, 3:4 turned on its side), measured on window
# shots (CABINET_WINDOWSHOT + Print Screen: the window's output at its own
# size) against the native F12 snapshot of the same frame, from the
# bounding boxes of their non-black pixels (frontend_check shape).
# usage: test_window_shape.sh CABINET ROMDIR FRONTEND_CHECK
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 check=$3
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
for d in galaxian_test tiles centiped_test invaders_test cabz80; do  # cabz80: roms/cabz80
    [ -d "$roms/$d" ] || { echo "SKIP: test set roms/$d not built (assembler missing)"; exit 77; }
done
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
n=0

# shot NAME SYSTEM SETDIR options...: one window shot and one F12 snapshot at
# frame 30; sets $shape to "window W H picture X Y W H aspect A".
shot() {
    name=$1 sys=$2 dir=$3
    shift 3
    n=$((n + 1))
    rm -rf snap shots
    CABINET_WINDOWSHOT=$work/shots CABINET_AUTOKEYS="30:PrintScreen:down,30:PrintScreen:up,30:F12:down,30:F12:up" \
        sh "$xvfb" "$cabinet" "$sys" -rompath "$roms/$dir" -seconds_to_run 1 \
        -sound none -verbose "$@" >"out$n.txt" 2>&1 || bad "$name: exited with $?"
    grep -q "running headless" "out$n.txt" && { echo "SKIP: no window could be opened under Xvfb"; exit 77; }
    if [ -f shots/0000.png ] && [ -f "snap/$sys/0000.png" ]; then
        shape=$("$check" shape "snap/$sys/0000.png" shots/0000.png) || bad "$name: no picture measured"
        cp shots/0000.png "$name.png"
    else
        shape="window 0 0 picture 0 0 0 0 aspect 0"
        bad "$name: no window shot or snapshot ($(cat "out$n.txt" | tail -3 | tr '\n' ' '))"
    fi
    echo "$name: $shape"
}
field() { echo "$shape" | awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) { print $(i + 1); exit } }'; }
pic() { echo "$shape" | awk -v i="$1" '{ print $(4 + i) }'; }   # 1..4: x y w h
win() { echo "$shape" | awk -v i="$1" '{ print $(1 + i) }'; }   # 1..2: w h
# within A B: A within 1% of B
within() { awk -v a="$1" -v b="$2" 'BEGIN { d = a / b - 1; exit !(d < 0.01 && d > -0.01) }'; }

# Default window: the largest whole scanline factor fitting 90% of the
# 1024x768 desktop; the window has the picture's shape exactly.
check_window() { # name lines aspect
    within "$(field aspect)" "$3" || bad "$1: picture aspect $(field aspect), expected $3"
    within "$(awk -v w="$(win 1)" -v h="$(win 2)" 'BEGIN { print w / h }')" "$3" \
        || bad "$1: window $(win 1)x$(win 2) is not $3"
    [ "$(pic 1)" = 0 ] && [ "$(pic 2)" = 0 ] && [ "$(pic 3)" = "$(win 1)" ] && [ "$(pic 4)" = "$(win 2)" ] \
        || bad "$1: the picture does not fill the window ($shape)"
}
shot galaxian galaxian galaxian_test
check_window galaxian 224 0.75
[ "$(win 1)" = 448 ] || bad "galaxian: window width $(win 1), expected 448 (224 lines x 2)"
"$check" shape snap/galaxian/0000.png snap/galaxian/0000.png | grep -q "^window 224 768 " \
    || bad "galaxian: the F12 snapshot is not the native 224x768 picture"
shot pacman pacman tiles
check_window pacman 224 0.75
[ "$(win 1)" = 448 ] || bad "pacman: window width $(win 1), expected 448"
shot centiped centiped centiped_test
check_window centiped 240 0.75
[ "$(win 1)" = 480 ] || bad "centiped: window width $(win 1), expected 480 (240 lines x 2)"
shot invaders invaders invaders_test -artpath "$src/artwork"
grep -q "^artwork: " "out$n.txt" || bad "invaders: the artwork view was not used"
check_window invaders 224 0.75
shot invaders_noart invaders invaders_test -noartwork
check_window invaders_noart 224 0.75
# The horizontal test board (128x128): a 4:3 monitor, 128 lines x 5.
shot cabz80 cabz80 .
check_window cabz80 128 1.3333
[ "$(win 2)" = 640 ] || bad "cabz80: window height $(win 2), expected 640 (128 lines x 5)"

# Full screen (the 1024x768 desktop): whole factor 2 centred; fractions
# with -unevenstretch; stretched with -nokeepaspect (whole factors per axis
# with -nounevenstretch). SDL's software renderer: without a window manager
# under Xvfb the X window is not resized, so an OpenGL drawable would keep
# the window's first size while SDL reports the desktop's.
shot full galaxian galaxian_test -nowindow -video soft
[ "$(win 1) $(win 2)" = "1024 768" ] || bad "full: output $(win 1)x$(win 2), expected the desktop"
within "$(field aspect)" 0.75 || bad "full: aspect $(field aspect)"
[ "$(pic 3)" = 448 ] && [ "$(pic 1)" = 288 ] || bad "full: picture $(pic 3) wide at $(pic 1), expected 448 at 288"
shot full_uneven galaxian galaxian_test -nowindow -video soft -unevenstretch
within "$(field aspect)" 0.75 || bad "full_uneven: aspect $(field aspect)"
[ "$(pic 4)" = 768 ] || bad "full_uneven: picture height $(pic 4), expected 768"
shot stretch galaxian galaxian_test -nowindow -video soft -nokeepaspect -unevenstretch
[ "$(pic 3) $(pic 4)" = "1024 768" ] || bad "stretch: picture $(pic 3)x$(pic 4), expected 1024x768"
shot stretch_whole galaxian galaxian_test -nowindow -video soft -nokeepaspect
[ "$(pic 3) $(pic 4)" = "896 768" ] || bad "stretch_whole: picture $(pic 3)x$(pic 4), expected 896x768 (4x1)"
# A window of a given size (-resolution): the picture fits inside, centred.
shot res galaxian galaxian_test -resolution 800x500
within "$(field aspect)" 0.75 || bad "res: aspect $(field aspect)"
[ "$(pic 3)" = 224 ] && [ "$(pic 1)" = 288 ] || bad "res: picture $(pic 3) wide at $(pic 1), expected 224 at 288"

[ $fail = 0 ] && echo "window shape: all checks passed"
exit $fail
