#!/bin/sh
# PROM chains of palettes made from several PROMs (issue 20): exact -why
# chains (expected/chain_*.txt) on the 1942, Time Pilot, Mr. Do!, Donkey
# Kong and Galaxian test sets, and every PROM byte a chain prints checked
# against the set's files (found through hash/SET.xml: region, offset);
# Galaxian's forced-black entries and driver-made pens in its palette listing.
# usage: test_prom_chains.sh CABINET ROMS SRCDIR   (regenerate: make_expected.sh)
set -u
cabinet=$1 roms=$2 here=$3 hash=$3/../../hash
for d in c1942_test/1942 timeplt_test/timeplt mrdo_test/mrdo dkong_main/dkong galaxian_test/galaxian; do
    [ -d "$roms/$d" ] || { echo "test sets not built"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
run() { "$cabinet" "$@" -video none -sound none -nothrottle -noreadconfig 2>/dev/null; }

# name set romdir hashfile x,y frame
cases="c1942:1942:c1942_test:1942:100,100:150
timeplt:timeplt:timeplt_test:timeplt:100,100:150
mrdo:mrdo:mrdo_test:mrdo:100,100:179
dkong_forced:dkong:dkong_main:dkong:100,100:150
dkong:dkong:dkong_main:dkong:100,100:179
galaxian:galaxian:galaxian_test:galaxian:100,100:150"

# The file byte behind REGION+ADDR of SET: the <rom> of that region whose
# offset..offset+size holds ADDR (hash/SET.xml, offsets in hex).
file_byte() { # hashfile romdir region addr
    awk -v reg="$3" -v addr="$4" '
        /<rom / && $0 ~ "region=\"" reg "\"" {
            n = $0; sub(/.*name="/, "", n); sub(/".*/, "", n)
            s = $0; sub(/.*size="/, "", s); sub(/".*/, "", s)
            o = $0; sub(/.*offset="/, "", o); sub(/".*/, "", o)
            off = 0
            for (i = 1; i <= length(o); i++) off = off * 16 + index("0123456789abcdef", substr(tolower(o), i, 1)) - 1
            if (addr >= off && addr < off + s) { print n, addr - off; exit }
        }' "$hash/$1.xml" | while read -r name at; do
        od -An -tx1 -j "$at" -N1 "$roms/$2/$name" | tr -d ' '
    done
}

echo "$cases" | while IFS=: read -r name set dir hashf xy frame; do
    out="$work/chain_$name.txt"
    run "$set" -rompath "$roms/$dir" -seconds_to_run 3 -why "$xy" -why_frame "$frame" >"$out" || echo "FAIL: $name exited with $?"
    cmp -s "$out" "$here/expected/chain_$name.txt" \
        || echo "FAIL: $name differs: $(diff "$here/expected/chain_$name.txt" "$out" | head -6 | tr '\n' ' ')"
    checked=0
    for pair in $(grep "colour lookup\|palette PROM" "$out" | grep -o "[a-z]*+0x[0-9a-f]* = 0x[0-9a-f]*" | tr -d ' '); do
        region=${pair%%+*} rest=${pair#*+}
        addr=$((${rest%%=*})) want=${pair##*=0x}
        have=$(file_byte "$hashf" "$dir/$set" "$region" "$addr")
        [ "$have" = "$want" ] || echo "FAIL: $name: $region+$addr is $want in the chain, $have in the file"
        checked=$((checked + 1))
    done
    [ $checked -ge 1 ] || echo "FAIL: $name: no PROM byte in the chain"
done >"$work/fails.txt"
[ -s "$work/fails.txt" ] && { cat "$work/fails.txt"; fail=1; }

# The chains name the right sources.
grep -q "colour lookup: pen 0x3b3 -> colour 0x2f (tileprom+0x0b3 = 0x0f, & 0xff, | 0x20)" "$work/chain_c1942.txt" \
    || bad "1942: the tile bank's lookup"
grep -q "green = proms+0x032 bits 6-7, proms+0x012 bits 0-2 = 20:" "$work/chain_timeplt.txt" || bad "timeplt: green from two PROMs"
grep -q "bits of 0x0c also << 3" "$work/chain_mrdo.txt" || bad "mrdo: the sprite lookup's nibble"
grep -q "colour 0x0c is forced: pen 0 of its colour code" "$work/chain_dkong_forced.txt" || bad "dkong: pen 0 forced"
grep -q "^  normalized " "$work/chain_dkong.txt" && ! grep -q forced "$work/chain_dkong.txt" || bad "dkong: normalized chain"

# Galaxian's listing: entry 0 forced black, stars and shells made by the driver.
run galaxian -rompath "$roms/galaxian_test" -seconds_to_run 1 -dumpgfx "$work/dump" -dumpgfx_frame 30 || bad "galaxian -dumpgfx"
pal="$work/dump/galaxian/palette.txt"
grep -A2 "^pen 0x000" "$pal" | grep -q "colour 0x00 is forced: pixel value 0 of its colour code" || bad "galaxian: entry 0 not forced"
grep -A1 "^pen 0x020" "$pal" | grep -q "not from a PROM: a star" || bad "galaxian: star pen"
grep -A1 "^pen 0x060" "$pal" | grep -q "not from a PROM: a shell" || bad "galaxian: shell pen"
! grep -q "out of date" "$pal" || bad "galaxian: palette source out of date"
[ $fail = 0 ] && echo "prom chains: all checks passed"
exit $fail
