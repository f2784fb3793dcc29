#!/bin/sh
# Command-line behaviour of the cabinet binary on the cabz80 test board:
# front-end commands, exit codes, headless PNG/WAV output and determinism.
# Usage: test_cli.sh CABINET ROMDIR CHECK_LISTXML GOLDEN_DIR
cab=$1 roms=$2 check=$3 golden=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0

expect() { # expect NAME WANTED_RC GOT_RC
    if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: exit $3, expected $2"; fails=$((fails + 1)); fi
}
same() { # same NAME FILE TEXT: FILE holds exactly the lines of TEXT
    printf '%s\n' "$3" > "$tmp/want.txt"
    if cmp -s "$tmp/want.txt" "$2"; then passes=$((passes + 1)); else echo "FAIL: $1:"; diff "$tmp/want.txt" "$2"; fails=$((fails + 1)); fi
}
empty() { # empty NAME FILE
    if [ ! -s "$2" ]; then passes=$((passes + 1)); else echo "FAIL: $1: expected nothing, got:"; cat "$2"; fails=$((fails + 1)); fi
}
contains() { # contains NAME FILE TEXT
    if grep -qF -- "$3" "$2"; then passes=$((passes + 1)); else echo "FAIL: $1: no \"$3\" in:"; cat "$2"; fails=$((fails + 1)); fi
}

"$cab" -listxml > "$tmp/list.xml"; expect listxml 0 $?
"$check" "$tmp/list.xml" $("$cab" -listfull | tail -n +2 | cut -d' ' -f1) > "$tmp/check.txt"; expect listxml_parses 0 $?
if "$cab" -listfull invaders > /dev/null 2>&1; then
    "$cab" -listxml invaders > "$tmp/inv.xml"; expect listxml_invaders 0 $?
    contains listxml_sampleof "$tmp/inv.xml" 'sampleof="invaders"'
    contains listxml_sample "$tmp/inv.xml" '<sample name="9"/>'
fi
"$cab" -listfull > "$tmp/full.txt"; expect listfull 0 $?
contains listfull_format "$tmp/full.txt" 'cabz80            "Cabinet Z80 test board"'
"$cab" -validate > "$tmp/valid.txt"; expect validate 0 $?
"$cab" -verifyroms cabz80 -rompath "$roms" > "$tmp/v.txt"; expect verifyroms_good 0 $?
contains verifyroms_good_text "$tmp/v.txt" "romset cabz80 is good"
"$cab" -verifyroms cabz80 -rompath "$tmp/none" > "$tmp/v2.txt" 2> "$tmp/v2e.txt"; expect verifyroms_missing 2 $?
same verifyroms_missing_text "$tmp/v2e.txt" 'romset "cabz80" not found!'
"$cab" -romident "$roms/cabz80/cabz80.1" > "$tmp/ident.txt"; expect romident 0 $?
contains romident_text "$tmp/ident.txt" "cabz80.1"
printf 'junk' > "$tmp/junk.bin"
"$cab" -romident "$tmp/junk.bin" > "$tmp/ident2.txt"; expect romident_nomatch 9 $?
"$cab" cabz8 -rompath "$roms" 2> "$tmp/unknown.txt"; expect unknown_system 5 $?
contains unknown_suggests "$tmp/unknown.txt" "cabz80"
"$cab" cabz80 -nosuchoption 2> "$tmp/opt.txt"; expect unknown_option 6 $?
contains unknown_option_text "$tmp/opt.txt" "unknown option: -nosuchoption"
"$cab" cabz80 -rompath "$tmp/none" -video none -seconds_to_run 1 2> "$tmp/miss.txt"; expect missing_set 2 $?
contains missing_text "$tmp/miss.txt" "NOT FOUND"

# Several patterns (MAME 0.251): every system any of them names, in name
# order; a pattern naming none is reported on stderr after the listing (5).
"$cab" -listfull pacman galaxian > "$tmp/o.txt" 2> "$tmp/e.txt"; expect listfull_two 0 $?
same listfull_two_text "$tmp/o.txt" 'Name:             Description:
galaxian          "Galaxian (Namco set 1)"
pacman            "Pac-Man (Midway)"'
empty listfull_two_stderr "$tmp/e.txt"
"$cab" pacman -listfull galaxian > "$tmp/o2.txt"; expect listfull_system_first 0 $?
cmp -s "$tmp/o.txt" "$tmp/o2.txt"; expect listfull_system_first_same 0 $?
"$cab" -listsource pacman galaxian > "$tmp/o.txt"; expect listsource_two 0 $?
same listsource_two_text "$tmp/o.txt" 'galaxian         galaxian.c
pacman           pacman.c'
"$cab" -listroms pacman galaxian > "$tmp/o.txt"; expect listroms_two 0 $?
grep '^ROMs required' "$tmp/o.txt" > "$tmp/o2.txt"
same listroms_two_text "$tmp/o2.txt" 'ROMs required for driver "galaxian".
ROMs required for driver "pacman".'
"$cab" -listxml pacman galaxian > "$tmp/o.txt"; expect listxml_two 0 $?
grep -v 'isdevice="yes"' "$tmp/o.txt" | grep -o '<machine name="[a-z0-9]*"' > "$tmp/o2.txt"
same listxml_two_text "$tmp/o2.txt" '<machine name="galaxian"
<machine name="pacman"'
for verb in listfull listsource listroms listcrc listxml; do
    "$cab" -$verb pacman zzzz > "$tmp/o.txt" 2> "$tmp/e.txt"; expect ${verb}_unmatched 5 $?
    grep -q pacman "$tmp/o.txt"; expect ${verb}_unmatched_still_lists 0 $?
done
same listxml_unmatched_text "$tmp/e.txt" "No matching machines found for 'zzzz'"
"$cab" -listfull zzzz yyyy > "$tmp/o.txt" 2> "$tmp/e.txt"; expect listfull_none 5 $?
empty listfull_none_stdout "$tmp/o.txt"
same listfull_none_text "$tmp/e.txt" "No matching systems found for 'zzzz'"
"$cab" -verifyroms cabz80 zzzz -rompath "$roms" > "$tmp/o.txt" 2> "$tmp/e.txt"; expect verifyroms_unmatched 5 $?
same verifyroms_unmatched_stdout "$tmp/o.txt" 'romset cabz80 is good'
same verifyroms_unmatched_text "$tmp/e.txt" "No matching systems found for 'zzzz'"
"$cab" -verifyroms cabz80 puckman -rompath "$roms" > "$tmp/o.txt" 2> "$tmp/e.txt"; expect verifyroms_two 0 $?
same verifyroms_two_text "$tmp/o.txt" 'romset cabz80 is good
1 romsets found, 1 were OK.'

# Verbs taking at most one argument say so, with their usage, and exit 0.
"$cab" -listclones pacman galaxian > "$tmp/o.txt" 2> "$tmp/e.txt"; expect listclones_two 0 $?
same listclones_two_text "$tmp/o.txt" 'Auxiliary verb -listclones takes at most 1 argument(s)

Usage:  cabinet -listclones [system name]'
empty listclones_two_stderr "$tmp/e.txt"
"$cab" -lc pacman galaxian > "$tmp/o2.txt"; expect listclones_alias_two 0 $?
cmp -s "$tmp/o.txt" "$tmp/o2.txt"; expect listclones_alias_same 0 $?
"$cab" -verifysamples a b > "$tmp/o.txt"; expect verifysamples_two 0 $?
contains verifysamples_two_usage "$tmp/o.txt" 'Usage:  cabinet -verifysamples [system name|*]'
"$cab" -validate a b > "$tmp/o.txt" 2> "$tmp/e.txt"; expect validate_two 0 $?
same validate_two_text "$tmp/e.txt" 'Auxiliary verb -validate takes at most 1 argument'
"$cab" -romident > "$tmp/o.txt"; expect romident_none 0 $?
same romident_none_text "$tmp/o.txt" 'Auxiliary verb -romident requires at least 1 argument(s)

Usage:  cabinet -romident (file or directory path)'
"$cab" -listxml -lc 2> "$tmp/e.txt"; expect two_commands 6 $?
same two_commands_text "$tmp/e.txt" 'Error: multiple commands specified -listxml and -lc'

# -listcrc, -listbrothers, -nodtd
"$cab" -listcrc pacman > "$tmp/o.txt"; expect listcrc 0 $?
head -n 1 "$tmp/o.txt" > "$tmp/o2.txt"
same listcrc_first "$tmp/o2.txt" "$(printf 'c1e6ab10 pacman.6e                       \tpacman          \tPac-Man (Midway)')"
[ "$(wc -l < "$tmp/o.txt")" = 10 ]; expect listcrc_clone_lists_shared_files 0 $?
"$cab" -listbrothers puckman > "$tmp/o.txt"; expect listbrothers 0 $?
same listbrothers_text "$tmp/o.txt" 'Source file:         Name:            Parent:
pacman.c             crush
pacman.c             eggor
pacman.c             eyes
pacman.c             jumpshot
pacman.c             lizwiz
pacman.c             maketrax         crush
pacman.c             mrtnt
pacman.c             mspacman
pacman.c             nmouse
pacman.c             pacman           puckman
pacman.c             pacplus
pacman.c             piranha          puckman
pacman.c             ponpoko
pacman.c             puckman
pacman.c             shootbul
pacman.c             woodpeck'
"$cab" -lb zzzz > "$tmp/o.txt" 2> "$tmp/e.txt"; expect listbrothers_unmatched 5 $?
empty listbrothers_unmatched_stdout "$tmp/o.txt"
"$cab" -listxml pacman -nodtd > "$tmp/o.txt"; expect listxml_nodtd 0 $?
head -n 1 "$tmp/o.txt" > "$tmp/o2.txt"
same listxml_nodtd_first "$tmp/o2.txt" "<mame build=\"$("$cab" -version)\" debug=\"no\" mameconfig=\"10\">"
"$cab" -listxml pacman > "$tmp/o.txt"
head -n 1 "$tmp/o.txt" > "$tmp/o2.txt"
same listxml_dtd_first "$tmp/o2.txt" '<?xml version="1.0"?>'

run() {
    n=$1; shift
    "$cab" cabz80 -rompath "$roms" -video none -nothrottle -seconds_to_run 2 -framehash \
        -snapframes 60,120 -snapshot_directory "$tmp/snap$n" -wavwrite "$tmp/out$n.wav" "$@"
}
run 1 > "$tmp/h1.txt"; expect headless_run 0 $?
run 2 > "$tmp/h2.txt"; expect headless_run2 0 $?
cmp -s "$tmp/h1.txt" "$tmp/h2.txt"; expect deterministic_hashes 0 $?
cmp -s "$tmp/snap1/cabz80/120.png" "$tmp/snap2/cabz80/120.png"; expect deterministic_png 0 $?
[ -s "$tmp/snap1/cabz80/60.png" ] && [ -s "$tmp/out1.wav" ]; expect png_and_wav_written 0 $?
diff "$golden/cabz80.txt" "$tmp/h1.txt" > "$tmp/golden.diff"; expect golden_hashes 0 $?
[ -s "$tmp/golden.diff" ] && cat "$tmp/golden.diff"

echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
