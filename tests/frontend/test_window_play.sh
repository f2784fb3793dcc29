#!/bin/sh
# The window's share of the runners' files and options, under Xvfb:
# NVRAM round trip (centiped's EAROM, also on SIGTERM), -playback of a
# headless recording (same -framehash), artwork view size of an F12
# snapshot (invaders), SDL2_mixer and plain-queue audio via SDL's disk
# driver, cabinet.ini and the command line's override order, -createconfig.
# usage: test_window_play.sh CABINET ROMDIR FRONTEND_CHECK ARTDIR FRAME_COMPARE
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 check=$3 art=$4 cmp=$5
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
xrun() { sh "$xvfb" "$cabinet" "$@"; }
hashes() { grep -E "^(frames|frame_sha1|audio_sha1) " "$1"; }

# --- NVRAM: the centiped test program writes 5A to EAROM cell 0 and shows
# what the cell held at boot, so the second run draws a different screen.
cent="centiped -rompath $roms/centiped_test -seconds_to_run 2 -framehash -nvram_directory nv"
SDL_AUDIODRIVER=dummy xrun $cent >run1.txt 2>err1.txt || bad "centiped window run 1 exited with $?"
if grep -q "running headless" err1.txt; then echo "SKIP: no window could be opened under Xvfb"; exit 77; fi
[ -f nv/centiped/earom ] || bad "EAROM not saved by the window"
[ "$(od -An -tx1 -N1 nv/centiped/earom | tr -d ' ')" = 5a ] || bad "EAROM cell 0 is not 5a"
SDL_AUDIODRIVER=dummy xrun $cent >run2.txt 2>/dev/null || bad "centiped window run 2 exited with $?"
"$cabinet" $cent -video none -nonvram_save >head2.txt 2>/dev/null || bad "centiped headless run exited with $?"
cmp -s run1.txt run2.txt && bad "saved EAROM not reloaded by the window (same picture)"
[ "$(hashes run2.txt)" = "$(hashes head2.txt)" ] || bad "window and headless differ with the same EAROM"
# A short file is reported in one line and ignored (the first run's picture again).
printf 'xyz' >nv/centiped/earom
SDL_AUDIODRIVER=dummy xrun $cent -nonvram_save >run3.txt 2>err3.txt || bad "run with a short EAROM exited with $?"
grep -q "nv/centiped/earom: 3 bytes, expected 64; NVRAM not loaded" err3.txt || bad "short NVRAM file not reported"
[ "$(hashes run3.txt)" = "$(hashes run1.txt)" ] || bad "short NVRAM file not ignored"
# SIGINT, SIGTERM, SIGHUP: the loop ends normally and saves NVRAM, the
# recording and the state, all complete (the recording plays back headless
# to the window run's hashes).
for sig in INT TERM HUP; do
    rm -rf nv w.inp w.sta
    SDL_AUDIODRIVER=dummy sh "$xvfb" sh -c \
        "\"$cabinet\" centiped -rompath \"$roms/centiped_test\" -nvram_directory nv -record w.inp -savestate w.sta -skip_gameinfo \
         -framehash >wsig.txt & p=\$!; sleep 4; kill -$sig \$p; wait \$p" \
        >/dev/null 2>&1 || bad "window did not exit cleanly on SIG$sig"
    [ "$(od -An -tx1 -N1 nv/centiped/earom 2>/dev/null | tr -d ' ')" = 5a ] || bad "EAROM not saved on SIG$sig"
    "$cabinet" centiped -rompath "$roms/centiped_test" -video none -nonvram_save -state w.sta -str 1 >/dev/null 2>&1 \
        || bad "state written on SIG$sig does not load"
    "$cabinet" centiped -rompath "$roms/centiped_test" -video none -nvram_directory nv -playback w.inp \
        -exit_after_playback -framehash >hsig.txt 2>&1 || bad "recording written on SIG$sig does not play"
    [ -n "$(hashes wsig.txt)" ] && [ "$(hashes wsig.txt)" = "$(hashes hsig.txt)" ] \
        || bad "recording written on SIG$sig: playback differs from the window run"
done

# Trackball: mouse motion (scripted) reaches the ports the test program
# prints; -trackball_sensitivity scales it (0: none).
tb() { k=$1; shift; CABINET_AUTOKEYS="$k" SDL_AUDIODRIVER=dummy xrun centiped -rompath "$roms/centiped_test" -seconds_to_run 1 \
    -framehash -nvram_directory nvtb -nonvram_save "$@" 2>/dev/null | grep frame_sha1; }
still=$(tb "") moved=$(tb "30:MouseX:40,31:MouseY:-25") none=$(tb "30:MouseX:40,31:MouseY:-25" -trackball_sensitivity 0)
half=$(tb "30:MouseX:40,31:MouseY:-25" -trackball_sensitivity 25)
[ "$still" != "$moved" ] || bad "mouse motion did not reach the trackball"
[ "$still" = "$none" ] || bad "-trackball_sensitivity 0 still moves the trackball"
[ "$half" != "$moved" ] && [ "$half" != "$still" ] || bad "-trackball_sensitivity 25 not applied"

# --- -playback of a headless recording: same frames, picture and sound.
printf '30 IN0 0x01 1\n60 IN0 0x01 0\n70 IN0 0x40 1\n75 IN0 0x40 0\n' >keys.txt
z80="cabz80 -rompath $roms -framehash"
"$cabinet" $z80 -video none -seconds_to_run 2 -inputscript keys.txt -record rec.inp >head.txt 2>&1 \
    || bad "headless recording exited with $?"
SDL_AUDIODRIVER=dummy xrun $z80 -playback rec.inp -exit_after_playback >win.txt 2>&1 || bad "window playback exited with $?"
"$cabinet" $z80 -video none -playback rec.inp -exit_after_playback >headpb.txt 2>&1 || bad "headless playback exited with $?"
hashes head.txt
[ -n "$(hashes win.txt)" ] || bad "window printed no -framehash"
[ "$(hashes win.txt | head -2)" = "$(hashes head.txt | head -2)" ] || bad "window playback differs from the recorded run"
[ "$(hashes win.txt)" = "$(hashes headpb.txt)" ] || bad "window playback differs from headless playback"
# The window records too, and -savestate writes at exit.
SDL_AUDIODRIVER=dummy xrun $z80 -playback rec.inp -exit_after_playback -record rec2.inp -savestate end.sta \
    >/dev/null 2>&1 || bad "window record exited with $?"
[ -f rec2.inp ] && [ -f end.sta ] || bad "window wrote no recording or state"
"$cabinet" $z80 -video none -playback rec2.inp -exit_after_playback >headpb2.txt 2>&1
[ "$(hashes headpb2.txt | head -2)" = "$(hashes head.txt | head -2)" ] || bad "recording made in the window differs"

# --- Artwork: the window shows the view; an F12 snapshot has its size.
CABINET_AUTOKEYS="60:F12:down,60:F12:up" SDL_AUDIODRIVER=dummy xrun invaders -rompath "$roms/invaders_test" \
    -artpath "$art" -seconds_to_run 2 -verbose >art.txt 2>&1 || bad "invaders window exited with $?"
size=$(sed -n 's/^artwork: .*, view "[^"]*", \([0-9]*\)x\([0-9]*\)$/\1 \2/p' art.txt)
echo "artwork view size: $size"
[ -n "$size" ] || bad "no artwork shown for invaders"
"$cmp" --pixels snap/invaders/0000.png --size $size || bad "snapshot is not the artwork view"
"$cabinet" invaders -rompath "$roms/invaders_test" -artpath "$art" -video none -seconds_to_run 2 -snapframes 60 \
    -snapview artwork >/dev/null 2>&1
"$cmp" --pixels snap/invaders/60.png --size $size || bad "window view size differs from -snapview artwork"
cmp -s snap/invaders/0000.png snap/invaders/60.png || bad "window picture differs from the headless -snapview artwork one"
inv() { CABINET_AUTOKEYS="60:F12:down,60:F12:up" SDL_AUDIODRIVER=dummy xrun invaders -rompath "$roms/invaders_test" \
    -artpath "$art" -seconds_to_run 2 "$@" >/dev/null 2>&1; }
inv -noartwork
inv -snapview native
"$cabinet" invaders -rompath "$roms/invaders_test" -video none -seconds_to_run 2 -snapframes 60 -snapshot_directory plain \
    >/dev/null 2>&1
cmp -s snap/invaders/0001.png plain/invaders/60.png || bad "-noartwork picture is not the plain game picture"
cmp -s snap/invaders/0002.png plain/invaders/60.png || bad "-snapview native snapshot is not the plain game picture"
cmp -s snap/invaders/0000.png snap/invaders/0001.png && bad "artwork made no difference"

# --- Audio: SDL2_mixer (when built in) and the plain SDL queue both play.
for snd in auto sdl; do
    rm -f audio.raw
    started=$(date +%s)
    SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$work/audio.raw" xrun cabz80 -rompath "$roms" -seconds_to_run 3 \
        -sound $snd -verbose >snd.txt 2>&1 || bad "-sound $snd exited with $?"
    grep "^audio: " snd.txt
    # real time, silence when starved: at most the run's wall time
    "$check" audio audio.raw 2.5 $(($(date +%s) - started + 1)) || bad "-sound $snd: audio stream"
done
if [ "${CABINET_EXPECT_MIXER:-0}" = 1 ]; then
    SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$work/audio.raw" xrun cabz80 -rompath "$roms" -seconds_to_run 1 \
        -verbose 2>&1 | grep -q "^audio: SDL2_mixer" || bad "SDL2_mixer not used"
fi

# --- cabinet.ini: read from the current folder (or -inipath), the command line wins.
mkdir ini
printf '# test\nsnapshot_directory = fromini\nsnapframes 30\nnosuchoption = 1\n' >ini/cabinet.ini
"$cabinet" cabz80 -rompath "$roms" -video none -seconds_to_run 1 -inipath ini >ini1.txt 2>&1 || bad "ini run exited with $?"
[ -f fromini/cabz80/30.png ] || bad "cabinet.ini value not applied"
grep -q "ini/cabinet.ini:4: unknown option \"nosuchoption\"; ignored" ini1.txt || bad "unknown ini option not reported"
"$cabinet" cabz80 -rompath "$roms" -video none -seconds_to_run 1 -inipath ini -snapshot_directory fromcli \
    >/dev/null 2>&1 || bad "override run exited with $?"
[ -f fromcli/cabz80/30.png ] || bad "command line did not override cabinet.ini"
cp ini/cabinet.ini cabinet.ini
"$cabinet" cabz80 -rompath "$roms" -video none -seconds_to_run 1 -snapframes 40 >/dev/null 2>&1
[ -f fromini/cabz80/40.png ] || bad "cabinet.ini in the current folder not read"
"$cabinet" cabz80 -rompath "$roms" -video none -seconds_to_run 1 -noreadconfig -snapframes 40 >/dev/null 2>&1
[ -f snap/cabz80/40.png ] || bad "-noreadconfig still read cabinet.ini"
rm cabinet.ini
"$cabinet" -createconfig -inipath out -speed 1.5 >/dev/null || bad "-createconfig exited with $?"
grep -Eq "^speed +1.5$" out/cabinet.ini || bad "-createconfig did not write the current options"
"$cabinet" -showusage -inipath out >/dev/null || bad "written cabinet.ini not readable"

[ $fail = 0 ] && echo "PASS"
exit $fail
