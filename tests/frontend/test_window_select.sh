#!/bin/sh
# Choosing a game in the program (issue 21), measured on window shots
# (CABINET_WINDOWSHOT + Print Screen) by frontend_check text, with the
# list's keys from CABINET_SELECTKEYS (its 1/60 s passes) and the game's
# from CABINET_AUTOKEYS (frames):
#  - a bare cabinet with sets found opens the list, the bundled game first
#    and highlighted ("good"); typing searches; F2 writes the favourites
#    file; Enter on galaxian (homebrew files: wrong checksums) shows the
#    yellow report, Enter starts it;
#  - the start-up information is up (the game does not run) until a key;
#  - Tab > Bookkeeping shows the machine's coin counters, as kept in
#    cfg/galaxian.ini ("Coin A: 41"), and the file keeps them;
#  - a missing set chosen in the list shows the red report and goes back;
#  - `cabinet galaxian` with its files missing shows MAME's report in the
#    window, exactly the lines printed on stderr, and exits 2;
#  - F12 snapshots: native pixels by default (Galaxian 224x768, oriented), -snapsize WxH scales.
# usage: test_window_select.sh CABINET ROMDIR FRONTEND_CHECK
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 check=$3
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
[ -d "$roms/galaxian_test" ] || { echo "SKIP: test set roms/galaxian_test not built (assembler missing)"; exit 77; }
[ -d "$roms/cabpac" ] || { echo "SKIP: the bundled game was not built (assembler missing)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
tap() { echo "$1:$2:down,$1:$2:up"; }
val() { echo "$2" | awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) { print $(i + 1); exit } }'; }
xrun() { # log-file cabinet-arguments...
    log=$1
    shift
    SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null CABINET_WINDOWSHOT=$work/shots timeout 120 \
        sh "$xvfb" "$cabinet" "$@" >"$log" 2>&1
}
rompath="$roms/galaxian_test;$roms"

# --- The list, the yellow report, the start-up information, Bookkeeping.
sk="$(tap 5 PrintScreen),$(tap 10 G),$(tap 11 A),$(tap 12 L),$(tap 15 F2),$(tap 20 PrintScreen)"
sk="$sk,$(tap 25 Return),$(tap 30 PrintScreen),$(tap 35 Return)"
gk="$(tap 0 PrintScreen),$(tap 0 Return),$(tap 30 PrintScreen),$(tap 40 5)"
gk="$gk,$(tap 50 Tab),$(tap 50 Down),$(tap 50 Down),$(tap 50 Down),$(tap 50 Down),$(tap 50 Return),$(tap 50 PrintScreen)"
gk="$gk,$(tap 50 Escape),$(tap 50 Escape),$(tap 70 Escape)"
mkdir -p cfg && printf 'coins.0 = 41\n' >cfg/galaxian.ini
CABINET_SELECTKEYS="$sk" CABINET_AUTOKEYS="$gk" xrun list.txt -rompath "$rompath" -cfg_directory cfg -verbose
rc=$?
grep -q "running headless" list.txt && { echo "SKIP: no window could be opened under Xvfb"; exit 77; }
[ $rc = 0 ] || bad "list: exited with $rc"
grep "^select:\|^gameinfo:\|^window shot\|^Coin" list.txt
# 0000: the list, cabpac first and highlighted: exactly its description (cut
# to the 38 columns of a 640x480 window, the status's 4 and a space left)
# and "good" in white on the cursor bar.
desc=$(printf '%s' "Viper (Cabinet homebrew, Pac-Man hardware)" | cut -c1-33)
r=$("$check" text shots/0000.png 3050a0 "${desc}good") || bad "list: the first row is not cabpac, good ($r)"
echo "list cursor row: $r"
grep -q '^select: search "gal", [0-9]* shown, cursor on galaxian$' list.txt || bad "list: the search did not find galaxian"
grep -qx galaxian cfg/favorites.ini || bad "list: F2 did not write galaxian to cfg/favorites.ini"
# 0002: the yellow report (wrong checksums), the files' lines in white.
r=$("$check" text shots/0002.png 605000) || bad "list: no yellow report in the window"
[ "$(val lines "$r")" -ge 8 ] || bad "list: the yellow report has $(val lines "$r") lines, expected the 8 files' and more"
grep -q "^select: starting galaxian$" list.txt || bad "list: galaxian was not started"
# 0003: the start-up information (a warning box: wrong checksums), shown
# before any frame; 0004 at frame 30: gone.
r=$("$check" text shots/0003.png 504000) || bad "gameinfo: not shown"
echo "gameinfo: $r"
[ "$(val lines "$r")" -ge 6 ] || bad "gameinfo: $(val lines "$r") lines"
grep -q "frame 0\b\|^gameinfo: shown" list.txt || bad "gameinfo: not reported shown"
"$check" text shots/0004.png 504000 >/dev/null 2>&1 && bad "gameinfo: still shown after a key"
grep -q "^gameinfo: dismissed$" list.txt || bad "gameinfo: not dismissed"
# 0005: Bookkeeping: the counters come from the machine's coin counter
# outputs (the test program drives none) and the cfg.
grep -q "^Coin A: 41$" list.txt || bad "bookkeeping: Coin A is not the 41 of cfg/galaxian.ini"
grep -q "^Coin B: 0$" list.txt || bad "bookkeeping: Coin B is not 0"
[ "$(grep -c '^coins.0 = 41$' cfg/galaxian.ini)" = 1 ] || bad "bookkeeping: coins.0 not kept in cfg/galaxian.ini"
r=$("$check" text shots/0005.png 101030) || bad "bookkeeping: no menu box"
[ "$(val lines "$r")" -ge 4 ] || bad "bookkeeping: $(val lines "$r") lines"

# --- Input (this Machine): Tab is refused, K replaces, Right adds "or L";
# Input (general): F4 is refused, M becomes the Config Menu key; Machine
# Information. Then a second run opens the menu with M.
rm -rf shots
gk="$(tap 20 Tab),$(tap 20 Down),$(tap 20 Return),$(tap 20 Return),$(tap 20 Tab),$(tap 20 PrintScreen)"
gk="$gk,$(tap 20 K),$(tap 20 Right),$(tap 20 L),$(tap 20 Escape),$(tap 20 Down),$(tap 20 Return),$(tap 20 Return)"
gk="$gk,$(tap 20 F4),$(tap 20 M),$(tap 20 Escape),$(tap 20 Down),$(tap 20 Down),$(tap 20 Down),$(tap 20 Return)"
gk="$gk,$(tap 20 PrintScreen)"
gk="$gk,$(tap 20 Escape),$(tap 20 Escape),$(tap 40 Escape)"
CABINET_AUTOKEYS="$gk" xrun inputs.txt galaxian -rompath "$rompath" -skip_gameinfo -cfg_directory cfg2 \
    || bad "inputs: exited with $?"
# 0000: the refusal on the cursor bar of Galaxian's first input (26 columns:
# the label cut to what the value leaves): "P1 JOYSTIC" and "Tab is the UI's".
r=$("$check" text shots/0000.png 3050a0 "P1 JOYSTICTab is the UI's") || bad "inputs: Tab not refused ($r)"
grep -qx "input.P1.JOYSTICK_LEFT = K or L" cfg2/galaxian.ini || bad "inputs: no \"K or L\" in cfg2/galaxian.ini"
grep -qx "ui.CONFIGURE = M" cfg2/default.ini || bad "inputs: the Config Menu key is not M in cfg2/default.ini"
grep -qx "ui.PAUSE = P" cfg2/default.ini || bad "inputs: cfg2/default.ini lacks the other UI keys"
# 0001: Machine Information: the name, maker, CPU, sound and screen lines.
r=$("$check" text shots/0001.png 101030) || bad "machine information: no box"
[ "$(val lines "$r")" -ge 10 ] || bad "machine information: $(val lines "$r") lines"
rm -rf shots
CABINET_AUTOKEYS="$(tap 20 Tab),$(tap 20 PrintScreen),$(tap 20 M),$(tap 20 PrintScreen),$(tap 20 Escape),$(tap 40 Escape)" \
    xrun inputs2.txt galaxian -rompath "$rompath" -skip_gameinfo -cfg_directory cfg2 || bad "inputs 2: exited with $?"
"$check" text shots/0000.png 101030 >/dev/null 2>&1 && bad "inputs 2: Tab still opens the menu"
"$check" text shots/0001.png 101030 >/dev/null || bad "inputs 2: M does not open the menu"

# --- Volume: the first chip's volume up by 5 % (Right), applied and logged;
# Video Options: Keep Aspect off; Select New System ends the run (exit 0,
# settings written) and opens the list, where Esc quits. A second run
# restores both from cfg3/galaxian.ini.
rm -rf shots
gk="$(tap 20 Tab)"
for i in 1 2 3 4 5 6; do gk="$gk,$(tap 20 Down)"; done
gk="$gk,$(tap 20 Return),$(tap 20 Down),$(tap 20 Right),$(tap 20 PrintScreen),$(tap 20 Escape),$(tap 20 Down)"
gk="$gk,$(tap 20 Return),$(tap 20 Return),$(tap 20 Escape),$(tap 20 Down),$(tap 20 Return)"
CABINET_AUTOKEYS="$gk" CABINET_SELECTKEYS="$(tap 5 PrintScreen),$(tap 10 Escape)" \
    xrun volume.txt galaxian -rompath "$rompath" -skip_gameinfo -cfg_directory cfg3 -verbose
rc=$?
[ $rc = 0 ] || bad "select new system: exited with $rc"
grep -Eq "^volume: .+ \(.+\) 105%$" volume.txt || bad "volume: the first chip's volume was not set to 105%"
r=$("$check" text shots/0000.png 3050a0) || bad "volume: no cursor bar on the Volume page"
grep -Eq "^select: [0-9]+ systems" volume.txt || bad "select new system: the list did not open"
"$check" text shots/0001.png 3050a0 >/dev/null || bad "select new system: no list in the window"
[ -f cfg3/galaxian.ini ] || bad "select new system: the settings were not written"
grep -qx "volume.cust = 105" cfg3/galaxian.ini || bad "volume: 105% not saved in cfg3/galaxian.ini"
grep -qx "video.keepaspect = 0" cfg3/galaxian.ini || bad "video options: Keep Aspect off not saved in cfg3/galaxian.ini"
CABINET_AUTOKEYS="$(tap 10 Escape)" xrun volume2.txt galaxian -rompath "$rompath" -skip_gameinfo -cfg_directory cfg3 -verbose \
    || bad "volume 2: exited with $?"
grep -Eq "^volume: .+ \(cust\) 105% \(saved\)$" volume2.txt || bad "volume 2: the saved chip volume was not restored"
grep -q "^settings: keepaspect 0, unevenstretch 0, filter 0 (saved)$" volume2.txt \
    || bad "volume 2: the saved Video Options were not restored"
grep -q "picture 224x768 shown at aspect 0.2917" volume2.txt || bad "volume 2: the window does not follow Keep Aspect off"

# --- A missing set from the list (1942a, first of the two 1942s by description):
# the red report, then back to the list.
rm -rf shots
sk="$(tap 5 1),$(tap 6 9),$(tap 7 4),$(tap 8 2),$(tap 10 Return),$(tap 15 PrintScreen),$(tap 20 Space)"
sk="$sk,$(tap 25 Escape),$(tap 26 Escape)"
CABINET_SELECTKEYS="$sk" xrun missing_list.txt -rompath "$rompath" -verbose
rc=$?
[ $rc = 0 ] || bad "missing from the list: exited with $rc"
grep -q "^select: missing-files report for 1942a shown$" missing_list.txt || bad "missing from the list: no report"
"$check" text shots/0000.png 600000 >/dev/null || bad "missing from the list: no red report in the window"
grep -q "^select: starting" missing_list.txt && bad "missing from the list: something was started"

# --- cabinet galaxian, its files missing: the red report in the window,
# exactly the lines stderr has (each cut to the window's 38 columns), exit 2.
rm -rf shots
CABINET_SELECTKEYS="$(tap 5 PrintScreen),$(tap 10 Return)" xrun missing.txt galaxian -rompath "$work/none"
rc=$?
[ $rc = 2 ] || { bad "missing: exited with $rc, expected 2"; cat missing.txt; }
# (xvfb-run's own complaints, when parallel runs race for its temp files, are not the report's.)
want=$(grep -v "^SDL\|^XIO\|^ALSA\|^xvfb-run" missing.txt | cut -c1-38 | tr -d '\n')
r=$("$check" text shots/0000.png 600000 "$want") || bad "missing: the window does not show the report's lines ($r)"
echo "missing report: $r"
[ "$(val lines "$r")" = 9 ] || bad "missing: $(val lines "$r") report lines, expected 9"

# --- Snapshots: F12 native (Galaxian 768x224 turned: 224x768), -snapsize WxH.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d\n", $3 * 256 + $4, $7 * 256 + $8 }'; }
for size in auto 640x480; do
    rm -rf snap
    CABINET_AUTOKEYS="$(tap 20 F12),$(tap 30 Escape)" xrun snap.txt galaxian -rompath "$rompath" -skip_gameinfo \
        -snapshot_directory snap -snapsize $size || bad "snapsize $size: exited with $?"
    got=$(png_size snap/galaxian/0000.png 2>/dev/null)
    want=224x768
    [ $size = auto ] || want=$size
    echo "snapsize $size: $got"
    [ "$got" = "$want" ] || bad "snapsize $size: snapshot is $got, expected $want"
done

[ $fail = 0 ] && echo "window select: all checks passed"
exit $fail
