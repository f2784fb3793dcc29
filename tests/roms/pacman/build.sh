#!/bin/sh
# Build the homebrew Pac-Man test ROM sets without CMake:
#   tests/roms/pacman/build.sh OUTDIR      -> OUTDIR/<program>/pacman/<10 files>
# (The normal build does the same through tests/roms/pacman_tests.cmake.)
set -e
src=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build.sh OUTDIR}
mkdir -p "$out/tools"
${CC:-cc} -std=c17 -O2 -o "$out/tools/pacman_romgen" "$src/romgen.c"
for prog in tiles sprites sound inputs watchdog; do
  d="$out/$prog/pacman"
  mkdir -p "$d"
  bin="$out/tools/pacman_$prog.bin"
  if command -v z80asm >/dev/null 2>&1; then
    z80asm -I "$src" -o "$bin" "$src/$prog.asm"
  else
    pasmo -I "$src" --bin "$src/$prog.asm" "$bin"
  fi
  "$out/tools/pacman_romgen" split "$bin" 4096 "$d/pacman.6e" "$d/pacman.6f" "$d/pacman.6h" "$d/pacman.6j"
  "$out/tools/pacman_romgen" gfx "$d/pacman.5e" "$d/pacman.5f"
  "$out/tools/pacman_romgen" proms "$d/82s123.7f" "$d/82s126.4a" "$d/82s126.1m" "$d/82s126.3m"
done
echo "built in $out"
