#!/bin/sh
# Regenerates the MAME 0.251 -listxml references the listxml_mame_compare
# test reads, and the DTD Cabinet prints (src/frontend/listxml_dtd.c).
# Needs MAME 0.251 (MAME=/usr/games/mame by default); CI does not run this.
# Usage: scripts/mame_listxml_refs.sh [SYSTEM...]
set -e
MAME=${MAME:-/usr/games/mame}
root=$(cd "$(dirname "$0")/.." && pwd)
systems=${*:-"1942 1942a ballbomb bombjack bombjack2 boothill bubbles cclimber cclimberj centiped centiped2 crush defender defenderg desterth dkong dkongj dkongjr dkongjrj eggor eyes galaxian galaxiana galxwars grescue gunfight gunfighto invaders invadpt2 invadpt2a invadpt2br joust joustr jumpshot lizwiz lrescue lrescuem maketrax mazeinv millipdd milliped missile missile2 mlander moonbase moonbasea mrdo mrdoy mrtnt mspacman nmouse ozmawars ozmawars2 pacman pacplus pengo piranha ponpoko puckman radarscp robotron robotronyo seawolf seawolfo shootbul sinistar sitv spcewarl spclaser splat stargate timeplt timepltc tornbase warlords woodpeck"}
"$MAME" -version | grep -q '^0\.251' || { echo "needs MAME 0.251" >&2; exit 1; }
# shellcheck disable=SC2086
"$MAME" -listxml $systems > "$root/tests/golden/listxml/mame0251.xml"
{
    echo "/* MAME 0.251's listxml DTD, printed as the internal subset of the DOCTYPE"
    echo "   (taken from \`mame -listxml\` by scripts/mame_listxml_refs.sh). */"
    echo '#include "frontend/listxml_dtd.h"'
    echo
    echo 'const char listxml_dtd[] ='
    sed -n '/^<!DOCTYPE/,/^]>/p' "$root/tests/golden/listxml/mame0251.xml" |
        sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g; s/^/    "/; s/$/\\n"/'
    echo '    ;'
} > "$root/src/frontend/listxml_dtd.c"
