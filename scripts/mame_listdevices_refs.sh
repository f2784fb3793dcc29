#!/bin/sh
# Regenerates tests/refs/mame_listdevices/: MAME 0.251's -listdevices and
# -listslots for the systems whose device list Cabinet reproduces exactly.
#   [MAME=/usr/games/mame] scripts/mame_listdevices_refs.sh
set -eu
mame=${MAME:-/usr/games/mame}
out=$(cd "$(dirname "$0")/.." && pwd)/tests/refs/mame_listdevices
mkdir -p "$out"
"$mame" -listdevices pacman >"$out/pacman.txt"
"$mame" -listslots pacman >"$out/listslots_pacman.txt"
