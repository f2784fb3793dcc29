#!/bin/sh
# make_savestate_seeds.sh BUILD: writes one seed per driver to
# tests/fuzz/corpus/savestate/<driver>-frame30: the state after frame 30 of
# the build's homebrew set (clones without a set get their parent's state
# under their own name), in the fixup form fuzz_savestate reads (a 0x01
# byte, then the state without its CRC, which the harness recomputes).
set -e
build=${1:-build}
out=tests/fuzz/corpus/savestate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
seed() { # driver rompath
    "$build/cabinet" "$1" -rompath "$2" -video none -sound none -nothrottle -seconds_to_run 1 \
        -nvram_directory "$tmp/nvram" -savestate "$tmp/$1.sta" -savestate_frame 30 > /dev/null 2>&1
}
seed cabz80 "$build/roms"
seed cabpac "$build/roms"
seed pacman "$build/roms/tiles"
seed mspacman "$build/roms/auxboard"
seed galaxian "$build/roms/galaxian_test"
seed invaders "$build/roms/invaders_test"
seed sitv "$build/roms/invaders_test"
seed centiped "$build/roms/centiped_test"
seed mazeinv "$build/roms/mazeinv_test"
seed milliped "$build/roms/milliped_test"
seed warlords "$build/roms/warlords_test"
for s in frogger froggers scramble scrambles theend theends atlantis atlantis2 scobra scobras amidar amidaru \
    mooncrst mooncrstu uniwars gteikoku jumpbug jumpbugb kingball; do
    seed $s "$build/roms/$s"
done
seed dkong "$build/roms/dkong_main"
seed dkongjr "$build/roms/dkongjr_main"
seed radarscp "$build/roms/radarscp_main"
seed mrdo "$build/roms/mrdo_test"
seed cclimber "$build/roms/cclimber_test"
seed bombjack "$build/roms/bombjack_test"
seed 1942 "$build/roms/c1942_test"
seed timeplt "$build/roms/timeplt_test"
seed robotron "$build/roms/williams_blitter"
seed joust "$build/roms/williams_joust"
seed bubbles "$build/roms/williams_bubbles"
seed splat "$build/roms/williams_splat"
seed sinistar "$build/roms/williams_sinistar"
seed stargate "$build/roms/williams_stargate"
seed defender "$build/roms/williams_defender"
python3 - "$tmp" "$out" <<'PY'
import sys, zlib, os
tmp, out = sys.argv[1], sys.argv[2]
clones = {"puckman": "pacman", "galaxiana": "galaxian", "centiped2": "centiped", "dkongj": "dkong",
          "dkongjrj": "dkongjr", "mrdoy": "mrdo", "cclimberj": "cclimber", "bombjack2": "bombjack",
          "millipdd": "milliped", "robotronyo": "robotron", "joustr": "joust", "defenderg": "defender",
          "1942a": "1942", "timepltc": "timeplt"}
def body(name):
    data = open(os.path.join(tmp, name + ".sta"), "rb").read()
    return data[:-4]
def rename(state, name):
    n = state[12]
    return state[:12] + bytes([len(name)]) + name.encode() + state[13 + n:]
for f in sorted(x for x in os.listdir(tmp) if x.endswith(".sta")):
    name = f[:-4]
    open(os.path.join(out, name + "-frame30"), "wb").write(b"\x01" + body(name))
for clone, parent in clones.items():
    open(os.path.join(out, clone + "-frame30"), "wb").write(b"\x01" + rename(body(parent), clone))
PY
ls -l "$out"
