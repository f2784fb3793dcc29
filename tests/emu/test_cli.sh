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
contains listfull_format "$tmp/full.txt" 'cabz80           "Cabinet Z80 test board"'
"$cab" -validate > "$tmp/valid.txt"; expect validate 0 $?
"$cab" -verifyroms cabz80 -rompath "$roms" > "$tmp/v.txt"; expect verifyroms_good 0 $?
contains verifyroms_good_text "$tmp/v.txt" "romset cabz80 is good"
"$cab" -verifyroms cabz80 -rompath "$tmp/none" > "$tmp/v2.txt"; expect verifyroms_missing 2 $?
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
