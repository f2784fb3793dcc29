#!/bin/sh
# Regenerates tests/hwview/expected from a build (after checking by hand
# that the chains are right: docs/viewers.md walks through one).
# usage: make_expected.sh BUILD_DIR
set -eu
b=$(cd "$1" && pwd) here=$(cd "$(dirname "$0")" && pwd)
pngsha1=$b/tests/png_sha1
mkdir -p "$here/expected"
run() { "$b/cabinet" "$@" -video none -sound none -nothrottle -noreadconfig 2>/dev/null; }
pac="pacman -rompath $b/roms/sprites -seconds_to_run 2"
run $pac -why 99,31 -why_frame 60 >"$here/expected/why_tile.txt"
run $pac -why 64,28 -why_frame 60 >"$here/expected/why_sprite.txt"
run $pac -why 65,31 -why_frame 60 >"$here/expected/why_transparent.txt"
run cclimber -rompath "$b/roms/cclimber_test" -seconds_to_run 3 -why 60,140 -why_frame 150 >"$here/expected/why_cclimber.txt"
run dkong -rompath "$b/roms/dkong_main" -seconds_to_run 2 -why 5,108 -why_frame 60 >"$here/expected/why_dkong.txt"
run dkong -rompath "$b/roms/dkong_main" -seconds_to_run 3 -why 3,80 -why_frame 161 >"$here/expected/why_dkong_flip.txt"
for c in c1942:1942:c1942_test:100,100:150 timeplt:timeplt:timeplt_test:100,100:150 mrdo:mrdo:mrdo_test:100,100:179 \
         dkong_forced:dkong:dkong_main:100,100:150 dkong:dkong:dkong_main:100,100:179 galaxian:galaxian:galaxian_test:100,100:150; do
    IFS=: read -r name set dir xy frame <<E
$c
E
    run "$set" -rompath "$b/roms/$dir" -seconds_to_run 3 -why "$xy" -why_frame "$frame" >"$here/expected/chain_$name.txt"
done
d=$(mktemp -d)
run $pac -dumpgfx "$d" -dumpgfx_frame 60
run galaxian -rompath "$b/roms/galaxian_test" -seconds_to_run 2 -dumpgfx "$d" -dumpgfx_frame 90
run cclimber -rompath "$b/roms/cclimber_test" -seconds_to_run 3 -dumpgfx "$d" -dumpgfx_frame 150
run 1942 -rompath "$b/roms/c1942_test" -seconds_to_run 3 -dumpgfx "$d" -dumpgfx_frame 150
(cd "$d" && find . -name "*.txt" | sort | xargs sha1sum && "$pngsha1" $(find . -name "*.png" | sort)) >"$here/expected/dumpgfx.sha1"
rm -rf "$d"
