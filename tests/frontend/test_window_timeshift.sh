#!/bin/sh
# Run-ahead and rewind in the real SDL window under a virtual X server:
# - the input latency the window measures (-verbose "latency:" lines, the
#   probe of docs/frontend.md) on cabz80_lag (4 frames of lag) drops by
#   exactly N frames with -runahead N (4, 3, 2, 1), while -framehash of
#   the run stays that of the run without run-ahead;
# - Backspace held with -rewind goes back to the oldest frame kept, stops
#   there with a message, and the -record of that run played back headless
#   gives the window's -framehash (the sound after frame 61: the sound of
#   frames 1-60 was heard twice); a run-ahead run's recording as well;
# - F12 with -runahead 2 after frame 60 saves the frame shown, frame 62.
# usage: test_window_timeshift.sh CABINET ROMDIR LAG_ROMDIR
xvfb="$(cd "$(dirname "$0")/../tools" && pwd)/xvfb_run.sh" # xvfb-run, returning the program's status
set -u
cabinet=$1 roms=$2 lag=$3
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run is not installed (Debian package xvfb)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail=0
bad() { echo "FAIL: $*"; fail=1; }
hashes() { grep -E "^(frames|frame_sha1|audio_sha1) " "$1"; }

win() { # output, autokeys, options...
    out=$1 keys=$2
    shift 2
    CABINET_AUTOKEYS=$keys SDL_AUDIODRIVER=dummy sh "$xvfb" "$cabinet" cabz80 \
        -verbose -sound none -cfg_directory cfg "$@" >"$out" 2>&1 || bad "$out: exit $?: $(tail -3 "$out")"
}

# --- Latency: Up (IN0 bit 2) pressed after frames 41, 62 and 91.
keys="41:Up:down,50:Up:up,62:Up:down,70:Up:up,91:Up:down,95:Up:up"
for n in 0 1 2 3; do
    win lat$n.txt "$keys" -rompath "$lag" -seconds_to_run 2 -framehash -runahead $n
    got=$(grep "^latency:" lat$n.txt | sed 's/.*(\([0-9]*\) frames*)$/\1/' | tr '\n' ' ')
    want="$((4 - n)) $((4 - n)) $((4 - n)) "
    [ "$got" = "$want" ] || bad "-runahead $n: latency $got, expected $want"
    echo "-runahead $n: latency $got"
    [ $n = 0 ] || [ "$(hashes lat0.txt)" = "$(hashes lat$n.txt)" ] || bad "-runahead $n: -framehash differs"
done

# --- Rewind held at frame 60: back to frame 1, then played on; recorded.
win rw.txt "20:Up:down,30:Up:up,60:Backspace:down,100:Backspace:up,110:Left:down,115:Left:up" \
    -rompath "$roms" -seconds_to_run 2 -framehash -hash_after 61 -rewind -record rw.inp
grep -q "^rewind: .* 59 rewound" rw.txt || bad "rewind: $(grep '^rewind' rw.txt)"
grep -q "Rewind: no earlier frame kept" rw.txt || bad "rewind: no message at the oldest frame"
"$cabinet" cabz80 -rompath "$roms" -video none -framehash -hash_after 61 -playback rw.inp -exit_after_playback \
    >rwp.txt 2>&1 \
    || bad "playback of the rewound recording: $(cat rwp.txt)"
[ -n "$(hashes rw.txt)" ] && [ "$(hashes rw.txt)" = "$(hashes rwp.txt)" ] \
    || bad "the rewound window run and its recording differ: $(hashes rw.txt | tr '\n' ' ') / $(hashes rwp.txt | tr '\n' ' ')"

# --- A run-ahead run's recording plays back headless to the same hashes.
win ra.txt "20:Up:down,30:Up:up,50:5:down,52:5:up" -rompath "$roms" -seconds_to_run 2 -framehash -runahead 2 \
    -record ra.inp
"$cabinet" cabz80 -rompath "$roms" -video none -framehash -playback ra.inp -exit_after_playback >rap.txt 2>&1
[ -n "$(hashes ra.txt)" ] && [ "$(hashes ra.txt)" = "$(hashes rap.txt)" ] || bad "run-ahead recording differs"

# --- F12 with -runahead 2 after frame 60 saves what is shown: frame 62.
win f12.txt "60:F12:down,60:F12:up" -rompath "$roms" -seconds_to_run 2 -runahead 2 -snapshot_directory wsnap
"$cabinet" cabz80 -rompath "$roms" -video none -str 2 -snapframes 62 -snapshot_directory hsnap >/dev/null 2>&1
cmp -s wsnap/cabz80/0000.png hsnap/cabz80/62.png || bad "F12 with -runahead 2 is not frame 62"

[ $fail = 0 ] && echo "window timeshift: all checks passed"
exit $fail
