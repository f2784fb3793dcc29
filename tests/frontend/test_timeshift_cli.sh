#!/bin/sh
# -runahead and -rewind through the headless runner: with run-ahead 1-3 and
# with a rewind and replay, -framehash, -wavwrite, the -record file, the
# -savestate and the NVRAM are byte-identical to a plain run (cabz80, and
# centiped with its EAROM and trackball when the test set is built);
# (the WAV of a rewound run is the sound as played, replayed frames twice);
# -snapframes with run-ahead writes the speculated frame under its own
# number (identical to the plain run's); the rewind ring keeps within
# -rewind_capacity; bad values are refused with exit 6.
# usage: test_timeshift_cli.sh CABINET ROMDIR
set -u
cabinet=$1 roms=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
hashes() { grep -E "^(frames|frame_sha1|audio_sha1) " "$1"; }

# run NAME SYSTEM-ARGS... : outputs under NAME/
run() {
    name=$1; shift
    mkdir -p "$name"
    "$cabinet" "$@" -video none -nothrottle -framehash -wavwrite "$name/s.wav" -record "$name/r.inp" \
        -savestate "$name/s.sta" -nvram_directory "$name/nv" -snapshot_directory "$name/snap" \
        >"$name/out.txt" 2>"$name/err.txt" || bad "$name: exit $? $(cat "$name/err.txt")"
}

# same_outputs A B [FILES]: FILES default s.wav r.inp s.sta
same_outputs() {
    a=$1 b=$2 files=${3:-s.wav r.inp s.sta}
    [ -n "$(hashes "$a/out.txt")" ] && [ "$(hashes "$a/out.txt")" = "$(hashes "$b/out.txt")" ] \
        || bad "$b: -framehash differs from $a: $(hashes "$b/out.txt" | tr '\n' ' ')"
    for f in $files; do
        cmp -s "$a/$f" "$b/$f" || bad "$b: $f differs from $a"
    done
    if [ -d "$a/nv" ] || [ -d "$b/nv" ]; then
        diff -r "$a/nv" "$b/nv" >/dev/null || bad "$b: NVRAM differs from $a"
    fi
}

# --- cabz80: inputs and DIP switches change while running ahead.
printf '20 IN0 0x01 1\n45 IN0 0x01 0\n50 IN0 0x08 1\n51 DSW0 0x03 1\n90 IN0 0x08 0\n130 IN0 0x04 1\n' >c.txt
z80="cabz80 -rompath $roms -str 3 -inputscript c.txt -snapframes 60,100,150"
run c0 $z80
for n in 1 2 3; do
    run c$n $z80 -runahead $n -verbose
    same_outputs c0 c$n
    grep -q "^runahead: $n frames, $((181 * n)) speculative frames run" c$n/err.txt \
        || bad "c$n: $(grep runahead c$n/err.txt)"
    # the shown frames 60, 100, 150 are those of the plain run (no input
    # changes in the N frames before them)
    for f in 60 100 150; do
        cmp -s c0/snap/cabz80/$f.png c$n/snap/cabz80/$f.png || bad "c$n: speculated frame $f differs"
    done
done

# --- cabz80: 25 frames back at frame 110 (the inputs of 90 apply again), replayed.
printf '20 IN0 0x01 1\n45 IN0 0x01 0\n50 IN0 0x08 1\n51 DSW0 0x03 1\n90 IN0 0x08 0\n110 rewind 25\n130 IN0 0x04 1\n' >w.txt
z80w="cabz80 -rompath $roms -str 3 -snapframes 60,100,150 -hash_after 110"
run w0 $z80w -inputscript c.txt
run w1 $z80w -inputscript w.txt -rewind -verbose
# the WAV is the sound as played: the 25 frames before the rewind twice
same_outputs w0 w1 "r.inp s.sta"
[ "$(wc -c <w1/s.wav)" -gt "$(wc -c <w0/s.wav)" ] || bad "w1: the WAV does not hold the replayed frames"
grep -q "^rewind: 25 of 25 frames, from frame 110 to 85" w1/err.txt || bad "w1: $(grep rewind w1/err.txt)"
for f in 100 150; do
    cmp -s w0/snap/cabz80/$f.png w1/snap/cabz80/$f.png || bad "w1: replayed frame $f differs"
done
# run-ahead and rewind together
run w2 $z80w -inputscript w.txt -rewind -runahead 2
same_outputs w1 w2

# --- centiped (EAROM, trackball): a game that writes NVRAM.
if [ -d "$roms/centiped_test" ]; then
    printf '30 IN1 0x01 1\n40 IN1 0x01 0\n60 TRACK0_X 0xff +40\n70 IN1 0x04 1\n100 TRACK0_X 0xff -25\n' >k.txt
    printf '30 IN1 0x01 1\n40 IN1 0x01 0\n60 TRACK0_X 0xff +40\n70 IN1 0x04 1\n100 TRACK0_X 0xff -25\n130 rewind 45\n' >kw.txt
    cent="centiped -rompath $roms/centiped_test -str 3 -hash_after 130"
    run k0 $cent -inputscript k.txt
    [ -s k0/nv/centiped/earom ] || bad "k0: no EAROM written"
    run k2 $cent -inputscript k.txt -runahead 2
    same_outputs k0 k2
    run kw $cent -inputscript kw.txt -rewind -runahead 1
    same_outputs k0 kw "r.inp s.sta"
fi

# --- Other boards (the test sets built here): -runahead 2 changes no hash.
for set in galaxian_test/galaxian pacfam_pengo/pengo dkong_main/dkong frogger/frogger invaders_test/invaders \
           bombjack_test/bombjack c1942_test/1942 mrdo_test/mrdo milliped_test/milliped missile_test/missile; do
    dir=${set%/*} sys=${set#*/}
    [ -d "$roms/$dir/$sys" ] || continue
    for n in 0 2; do
        "$cabinet" $sys -rompath "$roms/$dir" -video none -nothrottle -str 3 -framehash -nonvram_save -runahead $n \
            >b$n.txt 2>/dev/null || bad "$sys -runahead $n: exit $?"
    done
    [ -n "$(hashes b0.txt)" ] && [ "$(hashes b0.txt)" = "$(hashes b2.txt)" ] || bad "$sys: -runahead 2 changes -framehash"
done

# --- The ring keeps within -rewind_capacity (MB), dropping the oldest frames.
"$cabinet" cabz80 -rompath $roms -video none -nothrottle -str 200 -rewind -rewind_capacity 1 -verbose \
    >/dev/null 2>cap.txt || bad "capacity run failed"
line=$(grep "^rewind: .* kept in" cap.txt)
used=$(echo "$line" | sed 's/.* in \([0-9]*\) bytes.*/\1/')
dropped=$(echo "$line" | sed 's/.*), \([0-9]*\) dropped.*/\1/')
[ -n "$used" ] && [ "$used" -le 1048576 ] && [ "$used" -gt 900000 ] && [ "$dropped" -gt 0 ] \
    || bad "capacity: $line"

# --- Refusals.
"$cabinet" cabz80 -rompath $roms -video none -str 1 -runahead 4 >/dev/null 2>e.txt
rc=$?
[ $rc = 6 ] && grep -q -- "-runahead 4: must be 0 (off) to 3 frames" e.txt || bad "-runahead 4: exit $rc $(cat e.txt)"
printf '10 rewind 5\n' >nr.txt
"$cabinet" cabz80 -rompath $roms -video none -str 1 -inputscript nr.txt >/dev/null 2>e.txt
rc=$?
[ $rc = 6 ] && grep -q 'frame 10: "rewind" needs -rewind' e.txt || bad "rewind without -rewind: exit $rc $(cat e.txt)"
printf '10 rewind 0\n' >z.txt
"$cabinet" cabz80 -rompath $roms -video none -str 1 -rewind -inputscript z.txt >/dev/null 2>e.txt
rc=$?
[ $rc = 6 ] && grep -q 'expected "FRAME rewind N"' e.txt || bad "rewind 0: exit $rc $(cat e.txt)"
"$cabinet" cabz80 -rewind -rewind_capacity 7 -runahead 2 -showconfig >sc.txt 2>&1
grep -Eq '^rewind +1$' sc.txt && grep -Eq '^rewind_capacity +7$' sc.txt && grep -Eq '^runahead +2$' sc.txt \
    || bad "-showconfig: $(grep -E 'rewind|runahead' sc.txt | tr '\n' ' ')"

[ $fail = 0 ] && echo "timeshift cli: all checks passed"
exit $fail
