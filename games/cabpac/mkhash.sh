#!/bin/sh
# Prints hash/cabpac.xml for the cabpac files in DIR (default build/roms/cabpac):
#   games/cabpac/mkhash.sh build/roms/cabpac > hash/cabpac.xml
# With a second argument XML it compares instead (ctest cabpac_hash): exit 1
# and a diff when the committed hash file does not match the built files.
set -eu
dir=${1:-build/roms/cabpac}
if [ $# -ge 2 ]; then
  tmp=$(mktemp)
  sh "$0" "$dir" >"$tmp"
  if diff -u "$2" "$tmp"; then rm -f "$tmp"; echo "hash file matches the build"; exit 0; fi
  rm -f "$tmp"
  echo "FAIL: $2 does not match the built ROMs; regenerate it with games/cabpac/mkhash.sh"
  exit 1
fi
# CRC-32 from the gzip trailer (little-endian 32-bit word)
crc() { gzip -c <"$1" | tail -c 8 | head -c 4 | od -An -tx4 | tr -d ' \n'; }
rom() { # name region offset
  f="$dir/$1"
  printf '    <rom name="%s" size="%s" crc="%s" sha1="%s" region="%s" offset="%s"/>\n' \
    "$1" "$(wc -c <"$f" | tr -d ' ')" "$(crc "$f")" "$(sha1sum "$f" | cut -d' ' -f1)" "$2" "$3"
}
cat <<'HEAD'
<?xml version="1.0"?>
<!-- hash/cabpac.xml: Cabinet's bundled homebrew game for the Namco Pac-Man board, built from
     games/cabpac (Z80 source, graphics and PROM generator) into build/roms/cabpac. Same regions
     and ROM layout as MAME's `pacman`; the file names are our own. Regenerate after changing the
     game: games/cabpac/mkhash.sh build/roms/cabpac > hash/cabpac.xml (ctest cabpac_hash checks). -->
<mame>
  <machine name="cabpac" sourcefile="cabpac.c">
    <description>Viper (Cabinet homebrew, Pac-Man hardware)</description>
    <year>2026</year>
    <manufacturer>Cabinet</manufacturer>
    <region name="maincpu" size="0x10000"/>
    <region name="gfx1" size="0x2000"/>
    <region name="proms" size="0x0120"/>
    <region name="namco" size="0x0200"/>
HEAD
rom cabpac.6e maincpu 0
rom cabpac.6f maincpu 1000
rom cabpac.6h maincpu 2000
rom cabpac.6j maincpu 3000
rom cabpac.5e gfx1 0
rom cabpac.5f gfx1 1000
rom cabpac.7f proms 0
rom cabpac.4a proms 20
rom cabpac.1m namco 0
rom cabpac.3m namco 100
cat <<'TAIL'
  </machine>
</mame>
TAIL
