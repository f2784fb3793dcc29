#!/bin/sh
# Regenerates the MAME 0.251 references of board tests (cabinet_board_test in
# cmake/board_test.cmake), from the description the build wrote for each test
# (BUILD_DIR/board_tests/TEST.sh) and the test set the build made.
#   [MAME=/usr/games/mame] tools/mame_refs.sh [-B BUILD_DIR] TEST...
#   tools/mame_refs.sh -l [-B BUILD_DIR]       lists the board tests
# BUILD_DIR defaults to ./build. For each TEST, one MAME run of SECONDS with
# tools/mame_oracle.lua: the FRAMES become REFS/PREFIX_fNNNN.png and the HEAVY
# ones REFS/heavy_fNNNN.png (old ones removed first), the inputs and snapshots
# MAME reports go to REFS/mame_log.txt; with AUDIO, MAME's 48 kHz WAV is saved
# as REFS/<ref> (or analysed by MAKE_REF into it) and summarised by
# shared/mame-oracle/audio.py into REFS/<ref stem>_wav.txt (REFS/TEST_wav.txt
# with MAKE_REF) when that script is
# found ($MAME_ORACLE, else ../shared/mame-oracle beside the checkout, else
# /work/shared/mame-oracle). Needs the test sets built; CI never runs this.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build
list=
while getopts lB: o; do
    case $o in
    B) build=$OPTARG ;;
    l) list=1 ;;
    *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
build=$(cd "$build" && pwd) || exit 1
if [ -n "$list" ]; then
    ls "$build/board_tests" | sed -n 's/\.sh$//p'
    exit 0
fi
[ $# -gt 0 ] || { echo "usage: $0 [-B BUILD_DIR] TEST...   (-l lists them)" >&2; exit 2; }
mame=${MAME:-$(command -v mame || echo /usr/games/mame)}
[ -x "$mame" ] || { echo "mame not found (set MAME=...)" >&2; exit 1; }
version=$("$mame" -version | cut -d' ' -f1)
[ "$version" = 0.251 ] || echo "warning: the references are meant to come from MAME 0.251, not $version" >&2
audio_py=
for d in ${MAME_ORACLE:-} "$here/../shared/mame-oracle" /work/shared/mame-oracle; do
    [ -f "$d/audio.py" ] && { audio_py=$d/audio.py; break; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# words_with_wav WAV: runs MAKE_REF with @WAV@ replaced by WAV
words_with_wav() {
    wav=$1; shift
    eval "set -- $make_ref"
    for a; do
        shift
        set -- "$@" "$(echo "$a" | sed "s|@WAV@|$wav|g")"
    done
    "$@"
}

for t; do
    desc=$build/board_tests/$t.sh
    [ -f "$desc" ] || { echo "$t: no $desc (not a board test, or the build is not configured)" >&2; status=1; continue; }
    . "$desc"
    [ -n "$refs" ] || { echo "$t: no MAME references (no REFS)"; continue; }
    [ -f "$check" ] || { echo "$t: the test set is not built ($check)" >&2; status=1; continue; }
    rm -rf "$tmp/run"
    mkdir -p "$tmp/run/snap" "$tmp/run/cfg"
    # REFS/mame.cfg, if present, is the system's MAME configuration for the run
    # (e.g. crosshairs off, which MAME would otherwise draw into the snapshots)
    [ -f "$refs/mame.cfg" ] && cp "$refs/mame.cfg" "$tmp/run/cfg/$system.cfg"
    set -- -rompath "$rompath" -noreadconfig -cfg_directory "$tmp/run/cfg" -nvram_directory "$tmp/run/nvram" \
        -skip_gameinfo -nowindow -video none -sound none -nothrottle -norotate -snapview native \
        -snapshot_directory "$tmp/run/snap" -autoboot_script "$here/tools/mame_oracle.lua" -seconds_to_run "$seconds"
    [ -n "$audio_ref" ] && set -- "$@" -samplerate 48000 -wavwrite "$tmp/run/mame-$version.wav"
    # Cabinet's -inputscript lines "FRAME PORT MASK STATE" -> oracle "FRAME,:PORT,MASK,STATE;..."
    ev=
    [ -n "$inputs" ] && ev=$(grep -v '^#' "$inputs" | awk 'NF==4 {printf "%s%s,:%s,%s,%s", sep, $1, $2, $3, $4; sep=";"}')
    set=$(basename "$refs")
    ( cd "$tmp/run" && ORACLE_PREFIX="$set/$prefix" ORACLE_FRAMES=$(echo $frames $heavy | tr ' ' ,) \
        ORACLE_INPUTS="$ev" "$mame" "$system" "$@" >"$tmp/run/log.txt" 2>&1 )
    # (MAME 0.251 often ends a Lua-scripted run with status 139, after writing everything)
    mkdir -p "$refs"
    n=0
    [ -n "$frames" ] && rm -f "$refs/$prefix"_f*.png
    [ -n "$heavy" ] && rm -f "$refs"/heavy_f*.png
    for f in $frames $heavy; do
        name=$(printf '%s_f%04d.png' "$prefix" "$f")
        dest=$name
        case " $heavy " in *" $f "*) dest=$(printf 'heavy_f%04d.png' "$f") ;; esac
        if [ -f "$tmp/run/snap/$set/$name" ]; then
            mv "$tmp/run/snap/$set/$name" "$refs/$dest"
            n=$((n + 1))
        else
            echo "$t: MAME wrote no frame $f" >&2; status=1
        fi
    done
    grep -E '^(input|snapshot)' "$tmp/run/log.txt" | awk '!seen[$0]++' >"$tmp/run/mame_log.txt"
    [ -s "$tmp/run/mame_log.txt" ] && cp "$tmp/run/mame_log.txt" "$refs/mame_log.txt"
    echo "$t: $n frames in $refs"
    if [ -n "$audio_ref" ]; then
        [ -f "$tmp/run/mame-$version.wav" ] || { echo "$t: MAME wrote no WAV" >&2; status=1; continue; }
        stem=${audio_ref%.*}
        if [ -n "$make_ref" ]; then
            ( cd "$tmp/run" && words_with_wav "mame-$version.wav" ) >"$refs/$audio_ref" ||
                { echo "$t: MAKE_REF failed" >&2; status=1; }
            stem=$t
            mkdir -p "$tmp/run/$set"
            wav=$tmp/run/$set/mame-$version.wav
            mv "$tmp/run/mame-$version.wav" "$wav"
        else
            wav=$refs/$audio_ref
            mv "$tmp/run/mame-$version.wav" "$wav"
        fi
        if [ -n "$audio_py" ]; then
            ( cd "$(dirname "$wav")/.." && python3 "$audio_py" "$set/$(basename "$wav")" --win 0.25 ) \
                >"$refs/${stem}_wav.txt"
        fi
        echo "$t: audio reference $refs/$audio_ref"
    fi
done
exit $status
