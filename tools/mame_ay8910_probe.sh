#!/bin/sh
# Probes MAME 0.251's AY-3-8910 (the facts src/sound/ay8910.h lists) on a
# Frogger board whose ROMs are our own: the main CPU idles, the sound CPU
# runs a probe program. Needs /usr/games/mame (or MAME=...); CI never runs it.
#   tools/mame_ay8910_probe.sh idle      # registers untouched: noise phase
#   tools/mame_ay8910_probe.sh readback  # 0xff into registers 0-13, read back
#   tools/mame_ay8910_probe.sh tone N    # tone A period 0xfff, N x 13 cycles,
#                                        # then period 1: count passed at once
#   tools/mame_ay8910_probe.sh envelope  # shapes 0-15 in turn (period 0), ~2.7
#                                        # frames each: where each one settles
# Prints the checks and PASS/FAIL. Wrong checksums are fine for MAME as long
# as every file exists with the right size.
set -eu
MAME=${MAME:-/usr/games/mame}
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=${1:-idle}
DELAY=${2:-200}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/frogger"
python3 - "$TMP/frogger" "$MODE" "$DELAY" <<'PY'
import os, sys
d, mode, delay = sys.argv[1], sys.argv[2], int(sys.argv[3])
def w(name, size, data=b""):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data + bytes(size - len(data)))
if mode == "readback":
    # DI; LD HL,4000h; LD B,0; loop: OUT (80h),B; OUT (40h),0FFh; IN A,(40h);
    # LD (HL),A; INC HL; INC B; until B = 14; JR $
    prog = [0xF3, 0x21, 0x00, 0x40, 0x06, 0x00,
            0x78, 0xD3, 0x80, 0x3E, 0xFF, 0xD3, 0x40, 0xDB, 0x40, 0x77, 0x23, 0x04,
            0x78, 0xFE, 0x0E, 0x20, 0xEF, 0x18, 0xFE]
elif mode == "tone":
    def ay(r, v):
        return [0x3E, r, 0xD3, 0x80, 0x3E, v, 0xD3, 0x40]
    # A: period 0xfff; DJNZ delay; period 0xf01 then 1 (B and C stay at 0 = 1)
    prog = [0xF3] + ay(0, 0xFF) + ay(1, 0x0F) + [0x06, delay & 0xFF, 0x10, 0xFE] \
        + ay(0, 0x01) + ay(1, 0x00) + [0x18, 0xFE]
elif mode == "envelope":
    # DI; LD D,0; loop: OUT (80h),13; OUT (40h),D; LD C,24; LD B,0; DJNZ $;
    # DEC C; JR NZ,-5; INC D; LD A,D; CP 16; JR NZ,loop; JR $
    prog = [0xF3, 0x16, 0x00,
            0x3E, 0x0D, 0xD3, 0x80, 0x7A, 0xD3, 0x40,
            0x0E, 0x18, 0x06, 0x00, 0x10, 0xFE, 0x0D, 0x20, 0xF9,
            0x14, 0x7A, 0xFE, 0x10, 0x20, 0xEA, 0x18, 0xFE]
else:
    prog = [0xF3, 0x18, 0xFE]  # DI; JR $
# Frogger's sound ROM has D0 and D1 swapped (MAME undoes it at load)
swap = bytes(b & 0xFC | (b & 1) << 1 | (b >> 1) & 1 for b in prog)
w("frogger.26", 4096, bytes([0xF3, 0x3A, 0x00, 0x88, 0x18, 0xFB]))  # DI; kick the watchdog (8800h) forever
w("frogger.27", 4096); w("frsm3.7", 4096)
w("frogger.608", 2048, swap); w("frogger.609", 2048); w("frogger.610", 2048)
w("frogger.607", 2048); w("frogger.606", 2048); w("pr-91.6l", 32)
PY
"$MAME" frogger -rompath "$TMP" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
    -autoboot_script "$HERE/mame_ay8910_probe.lua" -seconds_to_run 2 >"$TMP/out.txt" 2>/dev/null || true
python3 - "$TMP/out.txt" "$MODE" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines()
mode, ok = sys.argv[2], True
def lfsr_shifts(target):
    x, s = 1, 0
    while x != target and s < 140000:
        x = (x >> 1) | (((x ^ (x >> 3)) & 1) << 16)
        s += 1
    return s
for l in lines:
    if l.startswith("items "):
        names = l.split()[1:]
        new = "0/m_tone.duty_cycle" in names and "0/m_noise_value" in names
        print("save items:", " ".join(n[2:] for n in names))
        print("post-2020 structure (tone_t/envelope_t, AY8930 noise value):", new)
        ok &= new
    elif l.startswith("state ") and mode == "idle":
        v = dict(kv.split("=") for kv in l.split()[1:])
        rng, p, duty = int(v["rng"]), int(v["prescale"]), int(v["duty0"])
        s = lfsr_shifts(rng)
        # periods 0 (= 1) since reset: t samples flipped tones t times (the
        # duty counter counts down) and the noise prescaler t times
        t = (-duty) % 32
        shift_on_return_to_0 = (2 * s + p) % 32 == t
        print(f"rng {rng} = {s} shifts, prescaler {p}, samples mod 32 = {t}: "
              f"LFSR shifts when the prescaler returns to 0: {shift_on_return_to_0}")
        ok &= shift_on_return_to_0 and v["duty0"] == v["duty1"] == v["duty2"]
    elif l.startswith("state ") and mode == "tone":
        v = dict(kv.split("=") for kv in l.split()[1:])
        # A sat at period 0xfff for ~N samples, then period 1: subtracting the
        # period flips it once per sample passed (A stays in step with B);
        # resetting the count to 0 would flip it once (A behind B by N mod 32)
        same = v["duty0"] == v["duty1"] == v["duty2"] and v["period0"] == "1" and v["r0"] == "1"
        print(f"tone duty counters A {v['duty0']} B {v['duty1']} C {v['duty2']}: "
              f"(A's period {v['period0']}, R0 {v['r0']}): A in step with B and C after the period change: {same}")
        ok &= same
    elif l.startswith("readback ") and mode == "readback":
        got = l.split()[1:]
        want = "ff 0f ff 0f ff 0f 1f ff 1f 1f 1f ff ff 0f".split()
        print("readback of 0xff:", " ".join(got), "expected", " ".join(want))
        ok &= got == want
if mode == "envelope":
    last = {}
    for l in lines:
        if l.startswith("env "):
            v = dict(kv.split("=") for kv in l.split()[1:])
            last[int(v["shape"])] = (int(v["holding"]), int(v["volume"]))
    for shape in range(16):
        if not (shape & 8):
            want = (1, 0)                      # one ramp, then 0
        elif shape & 1:
            # hold: at the ramp's end (15 after an attack), flipped by alternate
            end = 15 if shape & 4 else 0
            want = (1, end ^ 15 if shape & 2 else end)
        else:
            want = (0, None)                   # repeats: never holds
        got = last.get(shape)
        good = got is not None and got[0] == want[0] and (want[1] is None or got[1] == want[1])
        print(f"shape {shape:2d}: holding/volume {got}, expected {want}: {good}")
        ok &= good
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
