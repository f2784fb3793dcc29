#!/bin/sh
# F4 viewer in the real window under Xvfb: F4 opens it (the game pauses),
# Enter cycles screen, palette, graphics, tilemap, sprites; F4 closes it.
# Window shots (CABINET_WINDOWSHOT + Print Screen) of each mode must all
# differ from each other and from the game; the game shots before opening
# and after closing are the same frame (paused while open: no frame ran).
# usage: test_hwview_window.sh CABINET ROMS PNG_SHA1
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 pngsha1=$3
command -v xvfb-run >/dev/null 2>&1 || { echo "SKIP: xvfb-run is not installed"; exit 77; }
[ -d "$roms/sprites/pacman" ] || { echo "SKIP: test set roms/sprites not built"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
tap() { echo "$1:$2:down,$1:$2:up"; }
# paused with P first, so the game shot before and after the viewer is the same frame
keys="$(tap 40 P),$(tap 40 PrintScreen),$(tap 40 F4),$(tap 40 PrintScreen)"
for k in 1 2 3 4; do keys="$keys,$(tap 40 Return),$(tap 40 PrintScreen)"; done
keys="$keys,$(tap 40 F4),$(tap 40 PrintScreen),$(tap 40 P)"
CABINET_WINDOWSHOT=$work/shots CABINET_AUTOKEYS="$keys" SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null \
    timeout 60 sh "$xvfb" "$cabinet" pacman -rompath "$roms/sprites" -seconds_to_run 3 \
    -noreadconfig -verbose >out.txt 2>&1
grep -q "running headless" out.txt && { echo "SKIP: no window could be opened under Xvfb"; exit 77; }
n=$(ls shots 2>/dev/null | wc -l)
[ "$n" = 7 ] || bad "$n window shots, expected 7: $(tail -3 out.txt | tr '\n' ' ')"
"$pngsha1" shots/*.png | awk '{ print $4 }' >sums.txt
cat sums.txt
[ "$(sed -n 1p sums.txt)" = "$(sed -n 7p sums.txt)" ] || bad "the game shot after closing the viewer differs from the one before"
[ "$(sed -n 1,6p sums.txt | sort -u | wc -l)" = 6 ] || bad "the viewer modes do not all show something different"
[ -n "${HWVIEW_KEEP:-}" ] && cp -r shots "$HWVIEW_KEEP"
[ $fail = 0 ] && echo "hwview window: all checks passed"
exit $fail
