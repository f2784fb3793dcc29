#!/bin/sh
# Speed of Cabinet against MAME on the homebrew test sets of each board: runs
# `cabinet SET -bench SECONDS -rompath DIR` and, when MAME is installed, `mame SET -bench SECONDS
# -rompath DIR -skip_gameinfo` on the same set, and prints both Average speeds and their ratio.
# Not part of ctest (wall-clock figures depend on the machine and its load).
# Usage: bench/boards_vs_mame.sh [BUILD_DIR] [SECONDS]   (MAME=/path/to/mame to override)
build=${1:-build}
secs=${2:-60}
cab=$build/cabinet
mame=${MAME:-/usr/games/mame}
[ -x "$cab" ] || { echo "no $cab: build first" >&2; exit 1; }
[ -x "$mame" ] || mame=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
speed() { # the "Average speed: N%" figure of a log
    sed -n 's/.*Average speed: *\([0-9.]*\)%.*/\1/p' "$1" | tail -n 1
}
echo "date: $(date '+%Y-%m-%d %H:%M %Z'); load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; -bench $secs"
printf '%-10s %-40s %12s %12s %7s\n' set rompath cabinet mame ratio
# set:rompath pairs (rompaths relative to the build directory)
for entry in pacman:roms/tiles pacman:roms/sprites galaxian:roms/galaxian_test galaxian:roms/galaxian_midframe \
    centiped:roms/centiped_test centiped:roms/centiped_midframe \
    invaders:roms/invaders_test invadpt2:roms/mw8080_test seawolf:roms/mw8080_test gunfight:roms/mw8080_test \
    robotron:roms/williams_blitter defender:roms/williams_defender; do
    set=${entry%%:*} dir=$build/${entry#*:}
    [ -d "$dir" ] || { printf '%-10s %-40s (not built)\n' "$set" "$dir"; continue; }
    # home folders kept out of the way: no cfg/nvram from earlier runs
    "$cab" "$set" -rompath "$dir" -bench "$secs" -nvram_directory "$tmp/nv" > "$tmp/cab.log" 2>&1
    c=$(speed "$tmp/cab.log")
    m=
    if [ -n "$mame" ]; then
        "$mame" "$set" -rompath "$dir" -bench "$secs" -skip_gameinfo -noreadconfig \
            -cfg_directory "$tmp/cfg" -nvram_directory "$tmp/mnv" -snapshot_directory "$tmp/snap" > "$tmp/mame.log" 2>&1
        m=$(speed "$tmp/mame.log")
    fi
    r=
    [ -n "$c" ] && [ -n "$m" ] && r=$(awk -v c="$c" -v m="$m" 'BEGIN { printf "%.2fx", c / m }')
    printf '%-10s %-40s %11s%% %11s%% %7s\n' "$set" "${entry#*:}" "${c:-?}" "${m:--}" "${r:--}"
done
