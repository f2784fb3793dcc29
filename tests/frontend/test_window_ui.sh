#!/bin/sh
# Readable UI at any size (issue 21): the menu and messages are drawn on a
# canvas covering the window at a whole scale (not the game picture's),
# centred, messages wrapped. Measured on window shots (CABINET_WINDOWSHOT +
# Print Screen) by frontend_check text: the opaque box's place, the text's
# lines and glyph height in window pixels, and for a message exactly the
# font's pixels of the whole text at a whole scale (nothing cut).
# usage: test_window_ui.sh CABINET ROMDIR FRONTEND_CHECK
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 check=$3
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
[ -d "$roms/galaxian_test" ] || { echo "SKIP: test set roms/galaxian_test not built (assembler missing)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
menu_box=101030 msg_box=202040
prompt="Load state: press a key (0-9, A-Z)"
tap() { echo "30:$1:down,30:$1:up"; }
# Menu shot, then the F7 prompt's shot (34 characters: wider than a
# Galaxian window's 27 columns), then F11's speed line.
keys="$(tap Tab),$(tap PrintScreen),$(tap Escape),$(tap F7),$(tap PrintScreen),$(tap Escape)"

run() { # name options...
    name=$1
    shift
    rm -rf shots
    CABINET_WINDOWSHOT=$work/shots CABINET_AUTOKEYS="$keys" SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null sh "$xvfb" "$cabinet" galaxian \
        -rompath "$roms/galaxian_test" -seconds_to_run 2 -verbose "$@" >"$name.txt" 2>&1 \
        || bad "$name: exited with $?"
    grep -q "running headless" "$name.txt" && { echo "SKIP: no window could be opened under Xvfb"; exit 77; }
    grep "window shot" "$name.txt"
}
val() { echo "$2" | awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) { print $(i + 1); exit } }'; }
box() { echo "$2" | awk -v i="$1" '{ print $(1 + i) }'; }   # 1..4: x y w h

check_ui() { # name window_w min_glyph_h scale
    menu=$("$check" text shots/0000.png $menu_box) || bad "$1: no menu box"
    echo "$1 menu: $menu"
    [ "$(val glyph_h "$menu")" -ge "$3" ] || bad "$1: menu glyphs $(val glyph_h "$menu") pixels high, expected >= $3"
    [ "$(val lines "$menu")" -ge 4 ] || bad "$1: $(val lines "$menu") menu lines, expected the title's 4 items"
    centre=$(($(box 1 "$menu") * 2 + $(box 3 "$menu")))
    # within 4 window pixels (the canvas is a whole number of UI pixels)
    [ $((centre - $2)) -le 8 ] && [ $(($2 - centre)) -le 8 ] || bad "$1: menu box not centred ($menu)"
    msg=$("$check" text shots/0001.png $msg_box "$prompt") || bad "$1: the message is not all drawn"
    echo "$1 message: $msg"
    [ "$(val scale "$msg")" = "$4" ] || bad "$1: message at scale $(val scale "$msg"), expected $4"
    [ "$(val glyph_h "$msg")" -ge "$3" ] || bad "$1: message glyphs $(val glyph_h "$msg") pixels high"
}

# Galaxian's window, 448x597: canvas 224x298 at scale 2; the prompt wraps
# into 2 lines; glyphs 16 pixels high (8 rows x 2).
run galaxian
check_ui galaxian 448 8 2
msg=$("$check" text shots/0001.png $msg_box "$prompt")
[ "$(val lines "$msg")" = 2 ] || bad "galaxian: the prompt takes $(val lines "$msg") lines, expected 2 (wrapped)"
# Full screen 1024x768 (software renderer, see test_window_shape.sh):
# scale 3, the menu box 44 columns wide in the middle; the prompt on one line.
run full -nowindow -video soft
check_ui full 1024 24 3
msg=$("$check" text shots/0001.png $msg_box "$prompt")
[ "$(val lines "$msg")" = 1 ] || bad "full: the prompt takes $(val lines "$msg") lines, expected 1"
# A small window (224x299 at -resolution): scale 1, 27 columns, still whole.
run small -resolution 224x299
check_ui small 224 8 1

# F11: the speed line at the top right, measured after a second: exactly the
# font's pixels of the text the -verbose log says was shown; the underrun
# count at exit.
keys="$(tap F11),100:PrintScreen:down,100:PrintScreen:up"
run speed
line=$(sed -n 's/.*speed line "\(.*\)"$/\1/p' speed.txt)
echo "speed line: $line"
echo "$line" | grep -Eq '^Speed [0-9]+\.[0-9]%  [0-9]+\.[0-9] fps  skipped [0-9]+  underruns [0-9]+$' \
    || bad "speed: no speed line measured after a second ($line)"
sp=$("$check" text shots/0000.png 203020 "$line") || bad "speed: the speed line is not drawn as the font renders it"
echo "speed box: $sp"
[ "$(box 2 "$sp")" = 0 ] && [ $(($(box 1 "$sp") + $(box 3 "$sp"))) -ge 446 ] || bad "speed: box not at the top right ($sp)"
[ "$(val scale "$sp")" = 2 ] || bad "speed: scale $(val scale "$sp"), expected 2"
grep -Eq "^audio: [0-9]+ underruns$" speed.txt || bad "speed: -verbose does not print the underrun count at exit"

# The pointer (Centipede's trackball): captured while the game runs,
# released in the menu, when paused and with UI focus (Scroll Lock), as SDL
# reports its relative mouse mode after each change (-verbose).
if [ -d "$roms/centiped_test" ]; then
    keys="$(tap Tab),$(tap Escape),$(tap P),$(tap P),$(tap ScrollLock),40:ScrollLock:down,40:ScrollLock:up"
    CABINET_AUTOKEYS="$keys" sh "$xvfb" "$cabinet" centiped -rompath "$roms/centiped_test" \
        -seconds_to_run 1 -sound none -verbose >mouse.txt 2>&1 || bad "mouse: exited with $?"
    grep "^mouse: " mouse.txt >got.txt
    printf '%s\n' "released (menu), relative mode off" "captured, relative mode on" \
        "released (paused), relative mode off" "captured, relative mode on" \
        "released (UI focus), relative mode off" "captured, relative mode on" | sed 's/^/mouse: /' >want.txt
    cmp -s got.txt want.txt || bad "mouse: pointer states differ: $(diff want.txt got.txt | tr '\n' ' ')"
    grep -q "No relative mouse mode" mouse.txt && bad "mouse: SDL has no relative mouse mode here"
    grep -q "^mouse: " speed.txt && bad "mouse: Galaxian (no trackball) changed the pointer"
else
    bad "mouse: test set roms/centiped_test not built"
fi

# --- -debug: ` in the window breaks into the console (MAME's debugger key),
# which reads the next commands from stdin: at the break the frame counter
# is 30 (the key came after frame 30), then quit ends the run long before
# -seconds_to_run. Without -debug the key does nothing.
if [ -d "$roms/cabz80" ]; then
    printf 'g\nprint frame\nquit\n' | CABINET_AUTOKEYS='30:`:down,31:`:up' SDL_AUDIODRIVER=disk \
        SDL_DISKAUDIOFILE=/dev/null sh "$xvfb" "$cabinet" cabz80 -rompath "$roms" \
        -debug -seconds_to_run 20 -verbose >debug.txt 2>&1
    grep -q "^Debugger: break (the console reads commands)$" debug.txt || bad "debug: \` did not break"
    grep -qx ">print frame" debug.txt && [ "$(grep -A1 '^>print frame$' debug.txt | tail -1)" = 1E ] \
        || bad "debug: the break was not at frame 30 ($(grep -A1 '^>print frame$' debug.txt | tail -1))"
    grep -q "^>quit$" debug.txt || bad "debug: the console did not read quit"
    CABINET_AUTOKEYS='30:`:down,31:`:up' SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null \
        sh "$xvfb" "$cabinet" cabz80 -rompath "$roms" -seconds_to_run 1 -verbose \
        </dev/null >nodebug.txt 2>&1 || bad "no debug: exited with $?"
    grep -q "^Debugger" nodebug.txt && bad "no debug: \` did something without -debug"
else
    bad "debug: test set roms/cabz80 not built"
fi

[ $fail = 0 ] && echo "window UI: all checks passed"
exit $fail
