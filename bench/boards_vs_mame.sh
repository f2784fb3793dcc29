#!/bin/sh
# Speed of Cabinet against MAME on the heavy homebrew test set of every board family.
#
# For each round and each set: `cabinet SET -bench CS -rompath DIR` and `mame SET -bench MS -rompath DIR
# -skip_gameinfo`, alternating which of the two goes first from round to round, then the median
# of each one's "Average speed" over the rounds and the ratio of the medians. Both figures leave
# start-up out and are counted the same way (MAME 0.251's video_manager::recompute_speed: quarter-
# second periods of emulated time from the first frame on, the first three periods discarded; see
# docs/performance.md), so Cabinet may run longer than MAME (CS > MS) to keep its wall time
# measurable: it finishes `-bench 30` of Pac-Man in a fraction of a second.
#
# Wall-clock ratios depend on the host's load, so the script refuses to report (exit 2) when the
# 1-minute load average is above 1 before a round (after waiting up to 3 minutes for the bench's
# own load to settle between rounds); -f runs anyway and marks the report as
# information only. Not part of ctest.
#
# Usage: bench/boards_vs_mame.sh [-r ROUNDS] [-s MAME_SECONDS] [-c CABINET_SECONDS] [-f] [-n]
#                                [BUILD_DIR] [SET:DIR ...]
#   -r  rounds (default 3)          -s  MAME's -bench seconds (default 30)
#   -c  Cabinet's -bench seconds (default 10 x MAME's)
#   -f  run even when the load is above 1 (figures are information only)
#   -n  Cabinet only (no MAME runs)
#   SET:DIR  a system and its rompath under BUILD_DIR (default: every board family's heavy set)
# MAME=/path/to/mame overrides /usr/games/mame; MAX_LOAD overrides the load limit of 1.
rounds=3 ms=30 cs= force=0 nomame=0
while getopts r:s:c:fn opt; do
    case $opt in
    r) rounds=$OPTARG ;;
    s) ms=$OPTARG ;;
    c) cs=$OPTARG ;;
    f) force=1 ;;
    n) nomame=1 ;;
    *) echo "usage: $0 [-r ROUNDS] [-s MAME_SECONDS] [-c CABINET_SECONDS] [-f] [-n] [BUILD_DIR] [SET:DIR ...]" >&2
       exit 64 ;;
    esac
done
shift $((OPTIND - 1))
build=${1:-build}
[ $# -gt 0 ] && shift
cs=${cs:-$((ms * 10))}
max_load=${MAX_LOAD:-1}
cab=$build/cabinet
mame=${MAME:-/usr/games/mame}
[ -x "$cab" ] || { echo "$0: no $cab: build first" >&2; exit 1; }
if [ "$nomame" = 1 ] || [ ! -x "$mame" ]; then
    [ "$nomame" = 1 ] || echo "$0: no MAME at $mame: Cabinet figures only" >&2
    mame=
fi

# The heavy set of each board family (set:rompath under the build directory).
sets="$*"
[ -n "$sets" ] || sets="pacman:roms/tiles pacman:roms/sprites pengo:roms/pacfam_pengo
    galaxian:roms/galaxian_test scramble:roms/scramble frogger:roms/frogger_bench
    centiped:roms/centiped_test milliped:roms/milliped_test warlords:roms/warlords_test
    missile:roms/missile_bench invaders:roms/invaders_test seawolf:roms/mw8080_test
    gunfight:roms/mw8080_test robotron:roms/williams_blitter defender:roms/williams_defender
    dkong:roms/dkong_main 1942:roms/c1942_test bombjack:roms/bombjack_test mrdo:roms/mrdo_test
    cclimber:roms/cclimber_test timeplt:roms/timeplt_test radarscp:roms/radarscp_main"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load1() { cut -d' ' -f1 /proc/loadavg; }
over_limit() { awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l > m) }'; }
speed() { # the "Average speed: N%" figure of a log
    sed -n 's/.*Average speed: *\([0-9.]*\)%.*/\1/p' "$1" | tail -n 1
}
median() { # median of the numbers on stdin, one per line
    sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2];
        else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
run_cab() { # set dir -> speed
    "$cab" "$1" -rompath "$2" -bench "$cs" -nvram_directory "$tmp/nv" > "$tmp/cab.log" 2>&1
    speed "$tmp/cab.log"
}
run_mame() {
    "$mame" "$1" -rompath "$2" -bench "$ms" -skip_gameinfo -noreadconfig -cfg_directory "$tmp/cfg" \
        -nvram_directory "$tmp/mnv" -snapshot_directory "$tmp/snap" > "$tmp/mame.log" 2>&1
    speed "$tmp/mame.log"
}

info_only=0
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores;" \
    "$rounds rounds; cabinet -bench $cs, mame -bench $ms"
r=1
while [ "$r" -le "$rounds" ]; do
    # the bench's own runs raise the 1-minute average (MAME runs more than one
    # thread): give it up to three minutes to settle before judging the host
    waited=0
    while [ "$r" -gt 1 ] && over_limit && [ "$waited" -lt 180 ]; do
        sleep 10
        waited=$((waited + 10))
    done
    if over_limit; then
        if [ "$force" = 0 ]; then
            echo "$0: the 1-minute load average is $(load1) (above $max_load) before round $r:" \
                "wall-clock ratios on a loaded host are not comparable; no report (-f to run anyway)" >&2
            exit 2
        fi
        info_only=1
    fi
    echo "round $r (load $(load1))"
    for entry in $sets; do
        set=${entry%%:*} dir=$build/${entry#*:}
        key=$(echo "$entry" | tr -c 'A-Za-z0-9_\n' '_')
        [ -d "$dir" ] || continue
        # alternate the order so neither emulator always runs on the cooler host
        if [ $((r % 2)) = 1 ] || [ -z "$mame" ]; then
            c=$(run_cab "$set" "$dir")
            [ -n "$mame" ] && m=$(run_mame "$set" "$dir")
        else
            m=$(run_mame "$set" "$dir")
            c=$(run_cab "$set" "$dir")
        fi
        [ -n "$c" ] && echo "$c" >> "$tmp/$key.cab"
        [ -n "$mame" ] && [ -n "$m" ] && echo "$m" >> "$tmp/$key.mame"
        printf '  %-10s %-28s cabinet %10s%%  mame %9s%%\n' "$set" "${entry#*:}" "${c:-?}" "${m:--}"
    done
    r=$((r + 1))
done

echo
echo "medians over $rounds rounds (load at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-10s %-28s %12s %12s %8s\n' set rompath cabinet mame ratio
for entry in $sets; do
    set=${entry%%:*} dir=$build/${entry#*:}
    key=$(echo "$entry" | tr -c 'A-Za-z0-9_\n' '_')
    [ -d "$dir" ] || { printf '%-10s %-28s (not built)\n' "$set" "${entry#*:}"; continue; }
    c=$( [ -f "$tmp/$key.cab" ] && median < "$tmp/$key.cab")
    m=$( [ -f "$tmp/$key.mame" ] && median < "$tmp/$key.mame")
    q=
    [ -n "$c" ] && [ -n "$m" ] && q=$(awk -v c="$c" -v m="$m" 'BEGIN { printf "%.2fx", c / m }')
    printf '%-10s %-28s %11s%% %11s%% %8s\n' "$set" "${entry#*:}" "${c:-?}" "${m:--}" "${q:--}"
done
if [ "$info_only" = 1 ]; then
    echo "INFORMATION ONLY: the load average was above $max_load during the run (-f); these ratios are not a result"
    exit 0
fi
