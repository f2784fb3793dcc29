#!/bin/sh
# MAME's option set and ini files (issue 22): -showconfig lists every option of
# MAME 0.251 in its order and sections (tests/refs/mame_showconfig.txt, made
# by scripts/mame_options_table.sh); front-end launch lines start a system;
# the ini files apply in MAME's order; -volume, -autosave, -writeconfig and
# the -verbose notes for options that have no effect.
# usage: test_mame_options.sh CABINET
set -u
cabinet=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
skeleton() { sed -n 's/^\(# [A-Za-z].*\)$/\1/p; s/^\([a-z][a-z0-9_]*\)\( .*\)\{0,1\}$/\1/p' "$1"; }

# --- -showconfig: MAME's sections and options in MAME's order, then Cabinet's.
"$cabinet" -showconfig -noreadconfig >show.txt || bad "-showconfig exited with $?"
skeleton "$src/tests/refs/mame_showconfig.txt" >mame.txt
skeleton show.txt | sed '/^# CABINET OPTIONS$/,$d' >cab.txt
cmp -s mame.txt cab.txt || bad "-showconfig differs from MAME's list: $(diff mame.txt cab.txt | head -5 | tr '\n' ' ')"
grep -q "^ui                        cabinet$" show.txt || bad "-showconfig: MAME default of an unused option not shown"
"$cabinet" -showconfig -noreadconfig -speed 1.5 -cheat -noplugins -frameskip 3 >show2.txt
grep -q "^speed                     1.5$" show2.txt && grep -q "^cheat                     1$" show2.txt \
    && grep -q "^plugins                   0$" show2.txt && grep -q "^frameskip                 3$" show2.txt \
    || bad "-showconfig does not show the values given"

bundled=$(dirname "$cabinet")/roms
# --- docs/compatibility.md names every option (scripts/compat_table.py).
for name in $(grep -v '^#' mame.txt); do
    grep -q "^| \`-$name\` |" "$src/docs/compatibility.md" || bad "docs/compatibility.md does not list -$name"
done

# --- Launch lines of the kind front-ends build from their MAME templates
# (Attract-Mode, LaunchBox, RetroArch's MAME launch, Hyperspin/RocketLauncher,
# hand-made scripts); each must start the system and exit 0. The trailing
# options only make the run short and headless.
while IFS= read -r line; do
    [ -n "$line" ] || continue
    eval "set -- $line"
    "$cabinet" "$@" -video none -sound none -seconds_to_run 1 -noreadconfig >o.txt 2>e.txt
    rc=$?
    [ $rc = 0 ] || bad "launch line exited $rc: $line ($(head -c 200 e.txt))"
done <<'LINES'
cabpac -skip_gameinfo
cabpac -skip_gameinfo -nowindow -nomaximize -joystick -keyboardprovider sdl
cabpac -rompath "$bundled;/usr/share/games/mame/roms" -skip_gameinfo -volume -10 -autoframeskip
cabpac -homepath . -cheat -plugins -plugin hiscore -noconfirm_quit -resolution 1920x1080
cabpac -window -maximize -waitvsync -syncrefresh -nofilter -prescale 2 -effect none -keepaspect
cabpac -joystick_deadzone 0.2 -joystick_saturation 0.9 -mouse -ui_active -uimodekey SCRLOCK
cabpac -nosamples -samplerate 44100 -audio_latency 3 -sound sdl -nocompressor
cabpac -state_directory sta -snapshot_directory snap -cfg_directory cfg -nvram_directory nvram
cabpac -input_directory inp -diff_directory diff -comment_directory comments -nocoin_lockout
cabpac -bgfx_backend auto -bgfx_screen_chains default -gl_glsl -gl_glsl_filter 1 -numscreens 1
cabpac -nodebug -nooslog -nolog -noverbose -noautosave -norewind -rewind_capacity 100 -nothrottle
cabpac -autoror -noautorol -noburnin -snapsize auto -snapname %g/%i -statename %g -noskip_gameinfo
LINES

# --- ini files in MAME's order: mame.ini, cabinet.ini, horizont/vertical.ini,
# raster.ini, source/<driver>.ini, parents' <name>.ini, <system>.ini.
mkdir -p ini/source
for f in mame cabinet vertical horizont raster source/pacman puckman pacman; do
    printf 'snapname %s\n' "$(basename $f)" >ini/$f.ini
done
snapname() { "$cabinet" "$@" -showconfig -inipath ini | sed -n 's/^snapname  *//p'; }
for f in pacman puckman source/pacman raster vertical cabinet mame; do
    got=$(snapname pacman)
    [ "$got" = "$(basename $f)" ] || bad "ini order: pacman takes snapname from $got, not $f.ini"
    rm ini/$f.ini
done
printf 'snapname h\n' >ini/horizont.ini
printf 'snapname v\n' >ini/vertical.ini
[ "$(snapname invaders)" = v ] && [ "$(snapname cabz80)" = h ] || bad "vertical.ini/horizont.ini not by orientation"
[ "$(snapname invaders -snapname c)" = c ] || bad "the command line does not override the inis"
[ "$(snapname)" = "%g/%i" ] || bad "a system ini applied without a system"

# --- -volume: MAME's range, -32..0 dB.
"$cabinet" cabpac -video none -str 1 -volume -33 >/dev/null 2>e.txt
[ $? = 6 ] && grep -q "volume" e.txt || bad "-volume -33 accepted"
"$cabinet" cabpac -video none -str 1 -volume 1 >/dev/null 2>e.txt
[ $? = 6 ] || bad "-volume 1 accepted"

# --- A number MAME refuses for an option Cabinet does not use: MAME's warning, not fatal.
"$cabinet" cabpac -video none -str 1 -frameskip many >/dev/null 2>e.txt || bad "-frameskip many was fatal"
grep -q 'Illegal integer value for frameskip: "many"; reverting to 0' e.txt || bad "no warning for -frameskip many"

# --- -verbose names the options that have no effect, once each.
"$cabinet" cabpac -video none -str 1 -verbose -cheat -plugins -noplugin x >/dev/null 2>e.txt
[ "$(grep -c '^Note: -cheat has no effect: Cabinet has no cheat engine$' e.txt)" = 1 ] \
    || bad "-verbose did not note -cheat once"
grep -q '^Note: -noplugin has no effect: Cabinet has no Lua plugins$' e.txt || bad "-verbose did not note -noplugin"

# --- -autosave: a 1 s run, then a run to 2 s from its state (-seconds_to_run
# counts emulated time, which the state carries, as in MAME), ends like a 2 s run.
straight=$("$cabinet" cabpac -noreadconfig -video none -str 2 -framehash | grep frame_sha1)
"$cabinet" cabpac -noreadconfig -video none -str 1 -autosave -state_directory st >/dev/null || bad "-autosave run failed"
[ -s st/cabpac/auto.sta ] || bad "-autosave wrote no st/cabpac/auto.sta"
resumed=$("$cabinet" cabpac -noreadconfig -video none -str 2 -autosave -state_directory st -framehash | grep frame_sha1)
[ -n "$straight" ] && [ "$straight" = "$resumed" ] || bad "-autosave did not resume: $straight vs $resumed"

# --- -writeconfig: <system>.ini in the first -inipath folder, read back next time.
mkdir -p wc
"$cabinet" cabpac -noreadconfig -inipath "wc;ini" -video none -str 1 -writeconfig -speed 1.25 -cheat >/dev/null \
    || bad "-writeconfig run failed"
grep -q "^speed                     1.25$" wc/cabpac.ini && grep -q "^cheat                     1$" wc/cabpac.ini \
    || bad "-writeconfig did not write wc/cabpac.ini"
[ "$("$cabinet" cabpac -showconfig -inipath wc | sed -n 's/^speed  *//p')" = 1.25 ] || bad "written cabpac.ini not read"

# --- -listdevices / -listslots in MAME's layout (tests/refs/mame_listdevices,
# scripts/mame_listdevices_refs.sh); a plain unknown name is exit 6, a pattern
# matching nothing exit 5, as MAME.
"$cabinet" -listdevices pacman >ld.txt && cmp -s ld.txt "$src/tests/refs/mame_listdevices/pacman.txt" \
    || bad "-listdevices pacman differs from MAME's: $(diff ld.txt "$src/tests/refs/mame_listdevices/pacman.txt" | head -3)"
"$cabinet" -listslots pacman >ls.txt && cmp -s ls.txt "$src/tests/refs/mame_listdevices/listslots_pacman.txt" \
    || bad "-listslots pacman differs from MAME's"
"$cabinet" -listdevices nosuch >/dev/null 2>e.txt
[ $? = 6 ] && [ "$(cat e.txt)" = "Unknown system 'nosuch'" ] || bad "-listdevices nosuch: not exit 6"
"$cabinet" -listslots 'nosuch*' >/dev/null 2>e.txt
[ $? = 5 ] && [ "$(cat e.txt)" = "No matching systems found for 'nosuch*'" ] || bad "-listslots 'nosuch*': not exit 5"

# --- The software-list and media verbs: Cabinet has none of either; each
# answers as MAME 0.251 does for a system without them (rc, stdout, stderr).
while IFS='|' read -r verb rc out err; do
    eval "set -- $verb"
    "$cabinet" "$@" >o.txt 2>e.txt
    got=$?
    [ $got = "$rc" ] && [ "$(cat o.txt)" = "$out" ] && [ "$(cat e.txt)" = "$err" ] \
        || bad "$verb: exit $got, out [$(cat o.txt)], err [$(cat e.txt)]"
done <<'VERBS'
-listsoftware pacman|0|No software lists found for this system|
-listsoftware nosuch|6||Unknown system 'nosuch'
-verifysoftware pacman|2||romset "pacman" has no software entries defined!
-verifysoftware nosuch|5||No matching systems found for 'nosuch'
-getsoftlist nosuch|0|No such software lists found|
-verifysoftlist nosuch|5||No matching software lists found for 'nosuch'
-listmedia nosuch|6||Unknown system 'nosuch'
-verifysamples pacman|2||sampleset "pacman" not required!
VERBS
"$cabinet" -listmedia pacman >o.txt
[ "$(sed -n 3p o.txt)" = "pacman           (none)" ] || bad "-listmedia pacman: $(cat o.txt)"

[ $fail = 0 ] && echo "mame options: all checks passed"
exit $fail
