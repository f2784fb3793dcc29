#!/bin/sh
# The real SDL window on the cabz80 test board under a virtual X server:
# scripted key presses (CABINET_AUTOKEYS), F12 snapshots, save/load state,
# the Tab menu (DIP switch, remap) and its cfg file, audio via SDL's disk
# driver, and the headless fallback without a display.
# usage: test_window.sh CABINET ROMDIR FRONTEND_CHECK FRAME_COMPARE
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 check=$3 cmp=$4
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# IN0 bit n is the 4x4 cell at x = 4n in the top row: white when the bit is
# 1 (released), red when 0 (pressed; the inputs are active low).
white=ffffff red=aa0000
cell() { echo "$(($1 * 4 + 1)),1=$2"; }

run() { # seconds, autokeys, extra options...
    secs=$1 keys=$2
    shift 2
    started=$(date +%s)
    CABINET_AUTOKEYS=$keys SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$work/audio.raw" \
        sh "$xvfb" "$cabinet" cabz80 -rompath "$roms" -seconds_to_run "$secs" \
        -verbose "$@" >"$work/out.txt" 2>&1
    rc=$?
    wall=$(($(date +%s) - started + 1))
    return $rc
}

tap() { echo "$1:$2:down,$1:$2:up"; }

# Run 1: joystick and coin, state save at 70 / load at 100, then the menu:
# DIP "Pitch" to High, and P1 up remapped to U.
keys="$(tap 30 F12),40:Up:down,$(tap 42 F12),50:Up:up,60:5:down,60:Left:down,$(tap 62 F12)"
keys="$keys,64:5:up,64:Left:up,70:Left Shift:down,$(tap 70 F7),70:Left Shift:up,$(tap 70 1),$(tap 71 F12)"
# After the load the frame count is 70 again, so later events say 71.
keys="$keys,$(tap 100 F7),100:1:down,71:1:up,$(tap 71 F12)"
keys="$keys,$(tap 110 Tab),$(tap 110 Return),$(tap 110 Right),$(tap 110 Escape)"
keys="$keys,$(tap 110 Down),$(tap 110 Return),$(tap 110 Return),$(tap 110 U),$(tap 110 Escape),$(tap 110 Escape)"
run 3 "$keys" || bad "window run exited with $?"
cat out.txt
grep -q "running headless" out.txt && { echo "SKIP: no window could be opened under Xvfb"; exit 77; }
snap=snap/cabz80
"$cmp" --pixels $snap/0000.png "$(cell 0 $white)" "$(cell 2 $white)" "$(cell 6 $white)" || bad "idle top row"
"$cmp" --pixels $snap/0001.png "$(cell 0 $red)" "$(cell 2 $white)" || bad "Up not shown"
"$cmp" --pixels $snap/0002.png "$(cell 0 $white)" "$(cell 2 $red)" "$(cell 6 $red)" || bad "Left+coin not shown"
[ -f sta/cabz80/1.sta ] || bad "no state file"
cmp -s $snap/0003.png $snap/0004.png || bad "frame after loading the state differs from the frame after saving it"
grep -q "latency: key pressed after frame 40, picture changed in frame 41 (1 frame)" out.txt || bad "latency probe did not report 1 frame"
grep -q "^dip.DSW0.0x03 = 0x02" cfg/cabz80.ini || bad "DIP change not saved"
grep -q "^input.P1.JOYSTICK_UP = U" cfg/cabz80.ini || bad "remap not saved"
# SDL's disk driver writes in real time, silence when starved: at least the
# 3.5 emulated seconds less the queue, at most the run's wall time (a
# loaded or sanitised host runs slower than real time).
"$check" audio audio.raw 2.5 "$wall" || bad "audio stream"

# Run 2: the remap is read back from cfg/cabz80.ini.
run 1 "40:U:down,$(tap 42 F12)" || bad "second run exited with $?"
"$cmp" --pixels $snap/0005.png "$(cell 0 $red)" || bad "remapped key not effective after restart"

# A corrupt cfg value is refused with a message, not applied.
echo "dip.DSW0.0x03 = 0x77" >cfg/cabz80.ini
run 1 "" -sound none || bad "run with bad cfg exited with $?"
grep -q "ignored \"dip.DSW0.0x03 = 0x77\"" out.txt || bad "bad cfg value not reported"

# Lines the settings file does not understand are kept; valid ones are
# rewritten; the corrupt value above is kept (and reported again).
printf '# my notes\nfuture.option = 7\ndip.DSW0.0x03 = 0x02\n' >>cfg/cabz80.ini
run 1 "" -sound none || bad "run with commented cfg exited with $?"
grep -q "^# my notes$" cfg/cabz80.ini || bad "cfg comment dropped on save"
grep -q "^future.option = 7$" cfg/cabz80.ini || bad "unknown cfg line dropped on save"
grep -q "^dip.DSW0.0x03 = 0x77$" cfg/cabz80.ini || bad "invalid cfg line dropped on save"
[ "$(grep -c "^dip.DSW0.0x03 = 0x02" cfg/cabz80.ini)" = 1 ] || bad "valid cfg line not rewritten once"
[ "$(grep -c "^# Cabinet settings" cfg/cabz80.ini)" = 1 ] || bad "cfg header repeated"
# An unreadable (folder) or oversized cfg file is kept byte for byte; exit 3.
cp cfg/cabz80.ini keep.ini
head -c 70000 /dev/zero | tr '\0' '#' >>cfg/cabz80.ini
cp cfg/cabz80.ini big.ini
run 1 "" -sound none
rc=$?
[ $rc = 3 ] || bad "oversized cfg: exit $rc, expected 3"
cmp -s cfg/cabz80.ini big.ini || bad "oversized cfg overwritten"
grep -q "settings not saved" out.txt || bad "oversized cfg: not saving not reported"
rm cfg/cabz80.ini && mkdir cfg/cabz80.ini
run 1 "" -sound none
rc=$?
[ $rc = 3 ] && [ -d cfg/cabz80.ini ] || bad "cfg folder: exit $rc"
rmdir cfg/cabz80.ini

# A game controller (SDL's virtual joystick, driven by CABINET_AUTOKEYS's
# "Joy N ..." events, so the events come from SDL as a real pad's would):
# its defaults press the inputs (Joy 1 Button 1 = BUTTON1, IN0 bit 4; the
# left stick up = UP); in the Input menu its Button 6 replaces BUTTON1's
# sequence (Enter) and the right stick's right half is or'ed to it (Right);
# then Button 1 no longer presses BUTTON1 and the two new controls do; the
# cfg keeps "Joy 1 Button 6 or Joy 1 RX Right" and the next run uses it.
pk="10:Joy 1 Button 1:down,$(tap 11 F12),12:Joy 1 Button 1:up"
pk="$pk,14:Joy 1 LY Up:down,$(tap 15 F12),16:Joy 1 LY Up:up"
pk="$pk,$(tap 20 Tab),$(tap 20 Down),$(tap 20 Return),$(tap 20 Down),$(tap 20 Down),$(tap 20 Down),$(tap 20 Down)"
pk="$pk,$(tap 20 Return),$(tap 20 'Joy 1 Button 6'),$(tap 20 Right),$(tap 20 'Joy 1 RX Right')"
pk="$pk,$(tap 20 Escape),$(tap 20 Escape)"
pk="$pk,30:Joy 1 Button 1:down,$(tap 31 F12),32:Joy 1 Button 1:up,40:Joy 1 Button 6:down,$(tap 41 F12)"
pk="$pk,42:Joy 1 Button 6:up,50:Joy 1 RX Right:down,$(tap 51 F12),52:Joy 1 RX Right:up,$(tap 55 F12)"
run 2 "$pk" -sound none -cfg_directory cfgp -snapshot_directory snapp || bad "controller run exited with $?"
grep -q "^Controller: Cabinet test controller$" out.txt || bad "controller: the virtual controller was not opened"
ps=snapp/cabz80
"$cmp" --pixels $ps/0000.png "$(cell 4 $red)" "$(cell 0 $white)" || bad "controller: Joy 1 Button 1 does not press BUTTON1"
"$cmp" --pixels $ps/0001.png "$(cell 0 $red)" "$(cell 4 $white)" || bad "controller: the left stick up does not press UP"
grep -qx "input.P1.BUTTON1 = Joy 1 Button 6 or Joy 1 RX Right" cfgp/cabz80.ini \
    || bad "controller: the remap is not in cfgp/cabz80.ini: $(grep BUTTON1 cfgp/cabz80.ini)"
"$cmp" --pixels $ps/0002.png "$(cell 4 $white)" || bad "controller: the replaced Joy 1 Button 1 still presses BUTTON1"
"$cmp" --pixels $ps/0003.png "$(cell 4 $red)" || bad "controller: the remapped Joy 1 Button 6 does not press BUTTON1"
"$cmp" --pixels $ps/0004.png "$(cell 4 $red)" || bad "controller: the or'ed Joy 1 RX Right does not press BUTTON1"
"$cmp" --pixels $ps/0005.png "$(cell 4 $white)" "$(cell 0 $white)" || bad "controller: an input stays held"
run 1 "30:Joy 1 Button 6:down,$(tap 31 F12),32:Joy 1 Button 6:up,40:Left Ctrl:down,$(tap 41 F12),42:Left Ctrl:up" \
    -sound none -cfg_directory cfgp -snapshot_directory snapp || bad "controller run 2 exited with $?"
"$cmp" --pixels $ps/0006.png "$(cell 4 $red)" || bad "controller: the saved remap is not used by the next run"
"$cmp" --pixels $ps/0007.png "$(cell 4 $white)" || bad "controller: the replaced Left Ctrl still presses BUTTON1"

# Headless-only options are refused by the window, not ignored.
for opt in "-wavwrite x.wav" "-inputscript x.txt" "-snapframes 5"; do
    run 1 "" -sound none $opt
    rc=$?
    [ $rc = 6 ] || bad "window with $opt: exit $rc, expected 6"
    grep -q "works only headless" out.txt || bad "window with $opt: no message"
done

# No display: main falls back to headless.
env -u DISPLAY -u WAYLAND_DISPLAY "$cabinet" cabz80 -rompath "$roms" -seconds_to_run 1 >out.txt 2>&1 \
    || bad "headless fallback exited with $?"
grep -q "headless" out.txt || bad "no headless fallback message"

[ $fail = 0 ] && echo "PASS"
exit $fail
