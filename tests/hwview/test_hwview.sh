#!/bin/sh
# Viewers and pixel provenance (issue 20), headless, no MAME:
#  - -why X,Y -why_frame 60 on the Pac-Man sprites homebrew: a tile pixel, a
#    sprite pixel drawn over a tile, a transparent sprite pixel (the tile
#    beneath wins): exact chains (expected/why_*.txt), and the sprite chain's
#    ROM and PROM bytes checked against the set's files themselves;
#  - -dumpgfx PNGs and listings of one frame of pacman and of galaxian
#    (expected/dumpgfx.sha1: SHA-1 of the listings and of the PNGs' pixels);
#  - Donkey Kong (when its test set is built): a sprite pixel's chain at
#    frame 60 and, with the screen flipped, one of a sprite's copy wrapped
#    256 dots (expected/why_dkong*.txt), the sprite number, its attribute
#    address and the ROM bytes from the set's files; its frames equal with
#    and without a recorder (its update draws through gfx_draw then);
#  - frame and audio hashes identical with and without a -why recorder;
#  - bad values: one line and exit code 6.
# usage: test_hwview.sh CABINET ROMS SRCDIR PNG_SHA1   (regenerate: make_expected.sh)
set -u
cabinet=$1 roms=$2 here=$3 pngsha1=$4
[ -d "$roms/sprites/pacman" ] && [ -d "$roms/galaxian_test/galaxian" ] && [ -d "$roms/cclimber_test/cclimber" ] && [ -d "$roms/c1942_test/1942" ] || { echo "test sets not built"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
run() { "$cabinet" "$@" -video none -sound none -nothrottle -noreadconfig 2>"$work/stderr"; }

pac="pacman -rompath $roms/sprites -seconds_to_run 2"
for case in tile:99,31 sprite:64,28 transparent:65,31; do
    name=${case%%:*} xy=${case#*:}
    run $pac -why "$xy" -why_frame 60 >"$work/why_$name.txt" || bad "-why $xy exited with $?"
    cmp -s "$work/why_$name.txt" "$here/expected/why_$name.txt" \
        || bad "-why $xy differs: $(diff "$here/expected/why_$name.txt" "$work/why_$name.txt" | head -6 | tr '\n' ' ')"
done

# The sprite chain, byte by byte from the files: gfx1+0x1000 is pacman.5f+0,
# the lookup PROM 82s126.4a, the colour PROM 82s123.7f.
byte() { od -An -tx1 -j "$2" -N1 "$roms/sprites/pacman/$1" | tr -d ' '; }
grep -q "plane 1 = gfx1+0x1000 bit 0 (byte 0x$(byte pacman.5f 0))" "$work/why_sprite.txt" \
    && [ "$(byte pacman.5f 0)" = 0f ] || bad "sprite chain: pacman.5f byte 0 is $(byte pacman.5f 0)"
grep -q "(proms+0x025 = 0x$(byte 82s126.4a 5), & 0x0f)" "$work/why_sprite.txt" || bad "sprite chain: lookup byte"
grep -q "palette PROM: proms+0x001 = 0x$(byte 82s123.7f 1)," "$work/why_sprite.txt" || bad "sprite chain: colour PROM byte"
grep -q "^winner: draw 2, the sprite$" "$work/why_sprite.txt" || bad "sprite pixel: the sprite does not win"
grep -q "^winner: draw 1, the tilemap$" "$work/why_transparent.txt" \
    && grep -q "value 0, pen 0x004 -- transparent here" "$work/why_transparent.txt" || bad "transparent pixel: the tile does not win"

# -dumpgfx: pacman (tilemap, sprites with the driver's list, PROM palette)
# and galaxian (another family: widened gfx, no viewer descriptor).
run $pac -dumpgfx "$work/dump" -dumpgfx_frame 60 || bad "-dumpgfx pacman exited with $?"
run galaxian -rompath "$roms/galaxian_test" -seconds_to_run 2 -dumpgfx "$work/dump" -dumpgfx_frame 90 \
    || bad "-dumpgfx galaxian exited with $?"
# Crazy Climber and 1942: other drivers' sprite lists (1942: both halves' fetches, tall sprites
# tile by tile) and Crazy Climber's PROM palette source.
run cclimber -rompath "$roms/cclimber_test" -seconds_to_run 3 -dumpgfx "$work/dump" -dumpgfx_frame 150 \
    || bad "-dumpgfx cclimber exited with $?"
run 1942 -rompath "$roms/c1942_test" -seconds_to_run 3 -dumpgfx "$work/dump" -dumpgfx_frame 150 \
    || bad "-dumpgfx 1942 exited with $?"
for set in galaxian cclimber 1942; do
    grep -q "^sprite " "$work/dump/$set/sprites.txt" || bad "-dumpgfx $set: no sprite list"
done
run cclimber -rompath "$roms/cclimber_test" -seconds_to_run 3 -why 60,140 -why_frame 150 >"$work/why_cclimber.txt"
cmp -s "$work/why_cclimber.txt" "$here/expected/why_cclimber.txt" \
    || bad "cclimber -why differs: $(diff "$here/expected/why_cclimber.txt" "$work/why_cclimber.txt" | head -6 | tr '\n' ' ')"
grep -q "sprite 6 (attributes at 0x9898)" "$work/why_cclimber.txt" && grep -q "palette PROM: proms+0x036 = 0x$(od -An -tx1 -j 22 -N1 "$roms/cclimber_test/cclimber/cclimber.pr2" | tr -d ' ')," "$work/why_cclimber.txt" \
    || bad "cclimber chain: sprite attributes or PROM byte"
(cd "$work/dump" && find . -name "*.txt" | sort | xargs sha1sum && "$pngsha1" $(find . -name "*.png" | sort)) >"$work/dumpgfx.sha1"
cmp -s "$work/dumpgfx.sha1" "$here/expected/dumpgfx.sha1" \
    || bad "-dumpgfx files differ: $(diff "$here/expected/dumpgfx.sha1" "$work/dumpgfx.sha1" | head -6 | tr '\n' ' ')"

# Provenance never changes what is emulated or drawn.
run $pac -framehash >"$work/plain.txt" || bad "-framehash exited with $?"
run $pac -framehash -why 64,28 >"$work/why.txt" || bad "-framehash -why exited with $?"
grep -v '^ \|^pixel\|^draws\|^winner' "$work/why.txt" >"$work/why_hash.txt"
[ -s "$work/plain.txt" ] && cmp -s "$work/plain.txt" "$work/why_hash.txt" \
    || bad "frame/audio hashes differ with a -why recorder: $(cat "$work/plain.txt" "$work/why_hash.txt" | tr '\n' ' ')"

# Donkey Kong: the line buffer's sprites from the driver's list. gfx2 is
# l_4m_b (plane 1) .. l_4r_b (plane 0, from gfx2+0x1000), 2K each.
if [ -d "$roms/dkong_main/dkong" ]; then
    dk="dkong -rompath $roms/dkong_main"
    run $dk -seconds_to_run 2 -why 5,108 -why_frame 60 >"$work/why_dkong.txt"
    run $dk -seconds_to_run 3 -why 3,80 -why_frame 161 >"$work/why_dkong_flip.txt"
    for f in why_dkong why_dkong_flip; do
        cmp -s "$work/$f.txt" "$here/expected/$f.txt" \
            || bad "dkong $f differs: $(diff "$here/expected/$f.txt" "$work/$f.txt" | head -6 | tr '\n' ' ')"
    done
    dkbyte() { od -An -tx1 -j "$2" -N1 "$roms/dkong_main/dkong/$1" | tr -d ' '; }
    grep -q "^  2. sprite 0 (attributes at 0x7200): gfx 1 code 0x00 colour 0x10 at 0,103, .* -- drawn$" "$work/why_dkong.txt" \
        && grep -q "plane 0 = gfx2+0x1005 bit 2 (byte 0x$(dkbyte l_4r_b.bin 5)) = 1, plane 1 = gfx2+0x0005 bit 2 (byte 0x$(dkbyte l_4m_b.bin 5)) = 0 -> value 2" "$work/why_dkong.txt" \
        && grep -q "^winner: draw 2, the sprite$" "$work/why_dkong.txt" || bad "dkong chain: sprite 0 or its ROM bytes"
    grep -q "^  2. sprite 26 (attributes at 0x7268): gfx 1 code 0x46 colour 0x06 flipx flipy at -7,73, .* -- drawn$" "$work/why_dkong_flip.txt" \
        && grep -q "plane 1 = gfx2+0x0468 bit 2 (byte 0x$(dkbyte l_4m_b.bin $((0x468)))) = 1 -> value 1" "$work/why_dkong_flip.txt" \
        || bad "dkong flipped chain: sprite 26's wrapped copy or its ROM byte"
    run $dk -seconds_to_run 4 -framehash >"$work/dk_plain.txt" || bad "dkong -framehash exited with $?"
    run $dk -seconds_to_run 4 -framehash -why 3,80 | grep -v '^ \|^pixel\|^draws\|^winner' >"$work/dk_why.txt"
    [ -s "$work/dk_plain.txt" ] && cmp -s "$work/dk_plain.txt" "$work/dk_why.txt" \
        || bad "dkong frame/audio hashes differ with a -why recorder: $(cat "$work/dk_plain.txt" "$work/dk_why.txt" | tr '\n' ' ')"
fi

# Bad values: one line, exit 6.
for args in "-why 300,10" "-why 5" "-why 10,10 -why_frame 500" "-dumpgfx $work/d2 -dumpgfx_frame 500"; do
    run $pac $args >/dev/null
    rc=$?
    [ $rc = 6 ] || bad "$args: exit $rc, not 6"
    [ "$(grep -vc 'WRONG\|EXPECTED\|FOUND\|WARNING' "$work/stderr")" = 1 ] || bad "$args: not one line: $(cat "$work/stderr")"
done
[ $fail = 0 ] && echo "hwview: all checks passed"
exit $fail
