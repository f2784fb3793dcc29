#!/bin/sh
# Soak test: runs every registered driver whose set is in the build's roms/
# tree (roms/<set>/ and roms/<variant>/<set>/, as test_reliability.sh does)
# for SECONDS of emulated time (default 3600) with scripted inputs that coin,
# start, move and fire through the whole run, sampling the process's RSS.
# Meant for a sanitizer build (cmake -DCABINET_SANITIZE=ON): any ASan, UBSan
# or LeakSanitizer report fails the driver.
#
# Usage: soak.sh [-j JOBS] [-s SECONDS] CABINET ROMDIR [DRIVER...]
# Environment: SOAK_SAMPLE (host seconds between RSS samples, default 5),
#   SOAK_MARGIN_KB (allowed RSS growth over the last third, default 4096 or
#   2% of the RSS, whichever is more), SOAK_OUT (folder for logs and
#   samples, default a temporary folder that is kept).
#
# Per driver: exit status, sanitizer reports, RSS (kB) at start / middle /
# end, growth over the last third, host seconds. Fails when a driver exits
# non-zero, prints a sanitizer report or its RSS grows in the last third.
jobs=1 seconds=3600
while [ $# -gt 0 ]; do
    case $1 in
    -j) jobs=$2; shift 2 ;;
    -s) seconds=$2; shift 2 ;;
    *) break ;;
    esac
done
if [ $# -lt 2 ]; then
    echo "usage: soak.sh [-j JOBS] [-s SECONDS] CABINET ROMDIR [DRIVER...]" >&2
    exit 2
fi
cab=$1 romdir=$2
shift 2
case $cab in /*) ;; *) cab=$(pwd)/$cab ;; esac
sample=${SOAK_SAMPLE:-5}
margin=${SOAK_MARGIN_KB:-4096}
out=${SOAK_OUT:-$(mktemp -d /tmp/cabinet-soak-XXXXXX)}
mkdir -p "$out"
roms=$romdir
for dir in "$romdir"/*/; do roms="$roms;${dir%/}"; done

# Inputs per driver: coin, start, joystick directions, fire ("PORT:MASK").
controls() {
    case $1 in
    1942 | 1942a) echo "SYSTEM:0x80 SYSTEM:0x01 P1:0x01,P1:0x04,P1:0x02,P1:0x08 P1:0x10" ;;
    timeplt | timepltc) echo "IN0:0x01 IN0:0x08 IN1:0x01,IN1:0x04,IN1:0x02,IN1:0x08 IN1:0x10" ;;
    cabz80) echo "IN0:0x40 IN0:0x20 IN0:0x04,IN0:0x08,IN0:0x01,IN0:0x02 IN0:0x10" ;;
    cabpac | pacman | puckman | mspacman) echo "IN0:0x20 IN1:0x20 IN0:0x02,IN0:0x01,IN0:0x04,IN0:0x08 -" ;;
    pacplus | piranha | nmouse | crush | maketrax) echo "IN0:0x20 IN1:0x20 IN0:0x02,IN0:0x01,IN0:0x04,IN0:0x08 -" ;;
    pengo) echo "IN0:0x10 IN1:0x20 IN0:0x04,IN0:0x01,IN0:0x08,IN0:0x02 IN0:0x80" ;;
    centiped | centiped2) echo "IN1:0x20 IN1:0x01 IN3:0x40,IN3:0x10,IN3:0x80,IN3:0x20 IN1:0x04" ;;
    galaxian | galaxiana) echo "IN0:0x01 IN1:0x01 IN0:0x04,IN0:0x08 IN0:0x10" ;;
    frogger | froggers) echo "IN0:0x80 IN1:0x80 IN0:0x10,IN0:0x20,IN2:0x10,IN2:0x40 -" ;;
    scramble | scrambles | theend | theends | atlantis | atlantis2 | scobra | scobras) echo "IN0:0x80 IN1:0x80 IN0:0x10,IN0:0x20 IN0:0x08" ;;
    amidar | amidaru) echo "IN0:0x80 IN1:0x80 IN0:0x10,IN0:0x20,IN2:0x10,IN2:0x40 IN0:0x08" ;;
    mooncrst | mooncrstu | uniwars | gteikoku | jumpbug | jumpbugb | kingball) echo "IN0:0x01 IN1:0x01 IN0:0x04,IN0:0x08 IN0:0x10" ;;
    invaders | sitv) echo "IN1:0x01 IN1:0x04 CONTP1:0x02,CONTP1:0x04 CONTP1:0x01" ;;
    invadpt2 | invadpt2a | invadpt2br | moonbase | moonbasea | lrescue | grescue | lrescuem | mlander | desterth | \
        ballbomb | ozmawars | ozmawars2 | galxwars) echo "IN1:0x01 IN1:0x04 CONTP1:0x02,CONTP1:0x04 CONTP1:0x01" ;;
    spcewarl | spclaser) echo "IN1:0x01 IN1:0x04 IN1:0x20,IN1:0x40 IN1:0x10" ;;
    seawolf | seawolfo) echo "IN1:0x01 IN1:0x02 PERISCOPE:0x01,PERISCOPE:0x02 IN0:0x20" ;;
    boothill) echo "IN2:0x40 IN2:0x20 IN1:0x01,IN1:0x04,IN1:0x02,IN1:0x08,AIM1:0x01,AIM1:0x02 IN1:0x80" ;;
    tornbase) echo "IN2:0x01 LHIT:0x01 LPITCH:0x04,LPITCH:0x08,LPITCH:0x10,LPITCH:0x20 RHIT:0x01" ;;
    gunfight | gunfighto) echo "IN2:0x40 IN2:0x80 IN0:0x01,IN0:0x04,IN0:0x02,IN0:0x08,AIM1:0x01,AIM1:0x02 IN0:0x80" ;;
    *) echo "" ;;
    esac
}

# Every 30 s (1800 frames): coin, start, then a move each 40 frames (held
# 30) with a shot in the middle of each move.
make_script() { # make_script DRIVER FILE
    set -- "$2" $(controls "$1")
    [ $# -eq 5 ] || return 1
    awk -v frames=$((seconds * 61)) -v coin="$2" -v start="$3" -v moves="$4" -v fire="$5" '
        function ev(f, pm, s,   a) { split(pm, a, ":"); printf "%d %s %s %d\n", f, a[1], a[2], s }
        BEGIN {
            n = split(moves, mv, ",")
            for (c = 0; c * 1800 < frames; c++) {
                f0 = c * 1800 + 60
                ev(f0, coin, 1); ev(f0 + 6, coin, 0)
                ev(f0 + 90, start, 1); ev(f0 + 96, start, 0)
                for (k = 0; f0 + 180 + 40 * k + 30 < f0 + 1800; k++) {
                    t = f0 + 180 + 40 * k
                    m = mv[(k + c) % n + 1]
                    ev(t, m, 1)
                    if (fire != "-") { ev(t + 10, fire, 1); ev(t + 20, fire, 0) }
                    ev(t + 30, m, 0)
                }
            }
        }' > "$1"
}

rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$1/status" 2>/dev/null; }

# soak_one DRIVER: writes $out/DRIVER.result (one line) and returns 0/1.
soak_one() {
    d=$1 t=$out/$1
    rm -rf "$t" && mkdir -p "$t/nvram"
    if ! make_script "$d" "$t/inputs.txt"; then
        echo "$d FAIL no input table for this driver" > "$t.result"
        return 1
    fi
    begin=$(date +%s)
    ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
        "$cab" "$d" -rompath "$roms" -seconds_to_run "$seconds" -video none -nothrottle \
        -nvram_directory "$t/nvram" -nonvram_save -inputscript "$t/inputs.txt" > "$t/stdout.log" 2> "$t/stderr.log" &
    pid=$!
    : > "$t/rss.txt"
    tick=0
    while kill -0 "$pid" 2>/dev/null; do
        if [ $((tick % sample)) -eq 0 ]; then
            r=$(rss_kb "$pid")
            [ -n "$r" ] && echo "$(($(date +%s) - begin)) $r" >> "$t/rss.txt"
        fi
        sleep 1
        tick=$((tick + 1))
    done
    wait "$pid"
    rc=$?
    host=$(($(date +%s) - begin))
    san=$(grep -cE "ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: (Address|Undefined|Leak)" "$t/stderr.log")
    # start = first sample, middle = the one half way, end = the last;
    # growth = the largest sample of the last third minus the sample at 2/3.
    set -- $(awk -v margin="$margin" '
        { r[n++] = $2 }
        END {
            if (n == 0) { print "0 0 0 0 0"; exit }
            b = r[int((2 * n) / 3)]; mx = b
            for (i = int((2 * n) / 3); i < n; i++) if (r[i] > mx) mx = r[i]
            lim = margin; if (b * 0.02 > lim) lim = int(b * 0.02)
            print r[0], r[int(n / 2)], r[n - 1], mx - b, (mx - b > lim) ? 1 : 0
        }' "$t/rss.txt")
    status=ok
    [ "$rc" = 0 ] || status=FAIL
    [ "$san" = 0 ] || status=FAIL
    [ "$5" = 0 ] || status=FAIL
    [ "$(wc -l < "$t/rss.txt")" -ge 3 ] || status=FAIL
    echo "$d $status exit=$rc sanitizer_reports=$san rss_kb=$1/$2/$3 last_third_growth_kb=$4 host_s=$host samples=$(wc -l < "$t/rss.txt")" > "$t.result"
    [ "$status" = ok ]
}

if [ $# -gt 0 ]; then
    drivers=$*
else
    drivers=
    for d in $("$cab" -listfull | tail -n +2 | cut -d' ' -f1); do
        # homebrew sets run after a checksum warning; missing files skip
        if "$cab" -verifyroms "$d" -rompath "$roms" 2>&1 | grep -qi "not found"; then
            echo "skip $d: no complete set on the rompath"
        else
            drivers="$drivers $d"
        fi
    done
fi
[ -n "$drivers" ] || { echo "soak: no driver has a set under $romdir" >&2; exit 1; }
echo "soak: $seconds emulated s per driver, $jobs at a time, logs in $out"

running=0
for d in $drivers; do
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
    echo "soak: $d started $(date '+%H:%M:%S')"
    soak_one "$d" &
    running=$((running + 1))
done
wait

fails=0
for d in $drivers; do
    cat "$out/$d.result"
    grep -q "^$d ok " "$out/$d.result" || fails=$((fails + 1))
done
echo "soak: $(echo $drivers | wc -w) drivers, $fails failed"
[ "$fails" = 0 ]
