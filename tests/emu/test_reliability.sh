#!/bin/sh
# Determinism, save states and input recordings for every registered driver
# whose ROMs are in the build's roms/ folder (others are skipped, named).
# Usage: test_reliability.sh CABINET ROMDIR
cab=$1 roms=$2 romdir=$2
# The test sets live in roms/<set>/ and roms/<variant>/<set>/: search both.
for dir in "$roms"/*/; do roms="$roms;${dir%/}"; done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0

expect() { # expect NAME WANTED_RC GOT_RC
    if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: exit $3, expected $2"; fails=$((fails + 1)); fi
}
same() { # same NAME FILE1 FILE2
    if cmp -s "$2" "$3"; then passes=$((passes + 1)); else echo "FAIL: $1 differs:"; diff "$2" "$3"; fails=$((fails + 1)); fi
}
contains() { # contains NAME FILE TEXT
    if grep -qF -- "$3" "$2"; then passes=$((passes + 1)); else echo "FAIL: $1: no \"$3\" in:"; cat "$2"; fails=$((fails + 1)); fi
}
poke() { # poke FILE OFFSET CHAR: overwrite one byte
    printf '%s' "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}

check_driver() {
    d=$1 t=$tmp/$1
    mkdir -p "$t"
    # NVRAM (e.g. the EAROM) neither read from nor written to a shared folder
    run() { "$cab" "$d" -rompath "$roms" -video none -sound none -framehash -nvram_directory "$t/nvram" -nonvram_save "$@"; }

    # (a) determinism, unthrottled and throttled
    run -nothrottle -str 2 > "$t/a1.txt"; expect "$d determinism run" 0 $?
    run -nothrottle -str 2 > "$t/a2.txt"; same "$d repeatable" "$t/a1.txt" "$t/a2.txt"
    run -throttle -speed 20 -str 2 > "$t/a3.txt"; same "$d throttle-independent" "$t/a1.txt" "$t/a3.txt"

    # (b) save at frame 50, resume to 2 s == straight to 2 s (audio after frame 50)
    run -nothrottle -str 1 -savestate "$t/s50.sta" -savestate_frame 50 > /dev/null; expect "$d savestate" 0 $?
    run -nothrottle -str 2 -hash_after 50 > "$t/b1.txt"
    run -nothrottle -str 2 -state "$t/s50.sta" > "$t/b2.txt"; expect "$d state load" 0 $?
    same "$d resume == straight" "$t/b1.txt" "$t/b2.txt"

    # (c) damaged, truncated and foreign states are refused
    head -c 100 "$t/s50.sta" > "$t/trunc.sta"
    run -str 1 -state "$t/trunc.sta" 2> "$t/c1.txt"; expect "$d truncated state" 6 $?
    contains "$d truncated state message" "$t/c1.txt" "trunc.sta: save state"
    cp "$t/s50.sta" "$t/other.sta"; poke "$t/other.sta" 13 '#'
    run -str 1 -state "$t/other.sta" 2> "$t/c2.txt"; expect "$d foreign state" 6 $?
    contains "$d foreign state message" "$t/c2.txt" "save state belongs to"
    cp "$t/s50.sta" "$t/ver.sta"; poke "$t/ver.sta" 8 'z'
    run -str 1 -state "$t/ver.sta" 2> "$t/c3.txt"; expect "$d state version" 6 $?
    run -str 1 -state "$t/missing.sta" 2> /dev/null; expect "$d missing state" 6 $?

    # recordings: record, play back, compare; refuse damaged or foreign ones
    run -nothrottle -str 2 -record "$t/r.inp" > "$t/r1.txt"; expect "$d record" 0 $?
    run -nothrottle -playback "$t/r.inp" -exit_after_playback > "$t/r2.txt"; expect "$d playback" 0 $?
    same "$d playback == recorded run" "$t/r1.txt" "$t/r2.txt"
    head -c 40 "$t/r.inp" > "$t/trunc.inp"
    run -playback "$t/trunc.inp" -str 1 2> "$t/p1.txt"; expect "$d truncated recording" 6 $?
    contains "$d truncated recording message" "$t/p1.txt" "trunc.inp: input recording is truncated"
    cp "$t/r.inp" "$t/other.inp"; poke "$t/other.inp" 13 '#'
    run -playback "$t/other.inp" -str 1 2> "$t/p2.txt"; expect "$d foreign recording" 6 $?
    contains "$d foreign recording message" "$t/p2.txt" "input recording belongs to"
    run -playback "$t/s50.sta" -str 1 2> "$t/p3.txt"; expect "$d not a recording" 6 $?
    if [ -d "$roms/$d" ]; then
        mkdir -p "$t/roms"; cp -r "$roms/$d" "$t/roms/"; f=$(ls "$t/roms/$d" | head -n 1)
        poke "$t/roms/$d/$f" 0 '#'
        "$cab" "$d" -rompath "$t/roms" -video none -playback "$t/r.inp" -str 1 2> "$t/p4.txt"
        expect "$d recording with other ROMs" 6 $?
        contains "$d other ROMs message" "$t/p4.txt" "recorded with other ROMs"
    fi
}

tested=0
for d in $("$cab" -listfull | tail -n +2 | cut -d' ' -f1); do
    # homebrew test sets have the real names and sizes but not the real
    # checksums: they run (after a warning); only missing files skip a driver
    if "$cab" -verifyroms "$d" -rompath "$roms" 2>&1 | grep -qi "not found"; then
        echo "skip $d: no complete set on the rompath"
        continue
    fi
    check_driver "$d"
    tested=$((tested + 1))
done

# Scripted inputs survive a record/playback round trip bit-exactly.
printf '10 IN0 0x10 1\n30 IN0 0x10 0\n40 IN0 0x01 1\n50 DSW0 0x03 1\n70 IN0 0x01 0\n100 IN0 0x20 1\n' > "$tmp/in.txt"
sr() { "$cab" cabz80 -rompath "$roms" -video none -nothrottle -framehash "$@"; }
sr -str 2 -inputscript "$tmp/in.txt" -record "$tmp/in.inp" > "$tmp/i1.txt"; expect "scripted record" 0 $?
sr -playback "$tmp/in.inp" -exit_after_playback > "$tmp/i2.txt"; expect "scripted playback" 0 $?
same "scripted playback == recorded run" "$tmp/i1.txt" "$tmp/i2.txt"
sr -str 2 > "$tmp/i3.txt"
if cmp -s "$tmp/i1.txt" "$tmp/i3.txt"; then echo "FAIL: inputs changed nothing"; fails=$((fails + 1)); fi
# A recording made after a state load needs that state.
sr -str 1 -state "$tmp/cabz80/s50.sta" -inputscript "$tmp/in.txt" -record "$tmp/st.inp" > /dev/null
sr -playback "$tmp/st.inp" -str 1 2> "$tmp/st.txt"; expect "recording needs its state" 6 $?
contains "recording needs its state message" "$tmp/st.txt" "load the same -state"

# Trackball movement is recorded too (Centipede's test set shows the counters; the
# mid-frame set, another `centiped` in roms/, does not).
tbroms=$romdir/centiped_test
if "$cab" -verifyroms centiped -rompath "$tbroms" 2>&1 | grep -qi "not found"; then
    echo "skip trackball recording: no centiped set on the rompath"
else
    printf '10 TRACK0_X 0xff +5\n20 TRACK0_Y 0xff -3\n30 TRACK0_X 0xff +70\n' > "$tmp/tb.txt"
    tb() { "$cab" centiped -rompath "$tbroms" -video none -nothrottle -str 2 -snapframes 95 -nvram_directory "$tmp/nv" \
           -nonvram_save "$@" 2> /dev/null; }
    tb -inputscript "$tmp/tb.txt" -record "$tmp/tb.inp" -snapshot_directory "$tmp/tb1"; expect "trackball record" 0 $?
    tb -playback "$tmp/tb.inp" -snapshot_directory "$tmp/tb2"; expect "trackball playback" 0 $?
    tb -snapshot_directory "$tmp/tb3"
    same "trackball playback == recorded run" "$tmp/tb1/centiped/95.png" "$tmp/tb2/centiped/95.png"
    if cmp -s "$tmp/tb1/centiped/95.png" "$tmp/tb3/centiped/95.png"; then
        echo "FAIL: trackball moves changed nothing"; fails=$((fails + 1))
    fi
fi

# Paddles (absolute analog inputs) are recorded too (Warlords' test set prints POT0-3).
pdroms=$romdir/warlords_test
if "$cab" -verifyroms warlords -rompath "$pdroms" 2>&1 | grep -qi "not found"; then
    echo "skip paddle recording: no warlords set on the rompath"
else
    printf '10 PADDLE0 0xff +40\n20 PADDLE1 0xff -300\n30 PADDLE3 0xff +7\n' > "$tmp/pd.txt"
    pd() { "$cab" warlords -rompath "$pdroms" -video none -nothrottle -str 2 -snapframes 95 "$@" 2> /dev/null; }
    pd -inputscript "$tmp/pd.txt" -record "$tmp/pd.inp" -snapshot_directory "$tmp/pd1"; expect "paddle record" 0 $?
    pd -playback "$tmp/pd.inp" -snapshot_directory "$tmp/pd2"; expect "paddle playback" 0 $?
    pd -snapshot_directory "$tmp/pd3"
    same "paddle playback == recorded run" "$tmp/pd1/warlords/95.png" "$tmp/pd2/warlords/95.png"
    if cmp -s "$tmp/pd1/warlords/95.png" "$tmp/pd3/warlords/95.png"; then
        echo "FAIL: paddle moves changed nothing"; fails=$((fails + 1))
    fi
fi

echo "$tested drivers tested; $passes passed, $fails failed"
[ "$fails" = 0 ] && [ "$tested" -gt 0 ]
