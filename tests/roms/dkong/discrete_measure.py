#!/usr/bin/env python3
"""Measures Donkey Kong's discrete sounds in a WAV of the dkong_discrete test
set (tests/roms/dkong/dkong_discrete.asm): for each trigger of the script,
the peak level, the attack (the time from the trigger to the first window
within 90% of the peak), the decay time (from the attack until the level is
below 1/10 of the peak after it, in 5 ms RMS windows) and the dominant frequency (zero crossings
of the mean-removed signal) in the first 50 ms after the attack and 50 ms
before the end of the sound, so a sweep shows as two values.
    discrete_measure.py [--jr|--rs] WAV       prints one line per trigger
        (--jr: Donkey Kong Jr.'s set, dkongjr_discrete.asm; --rs: Radar
        Scope's, radarscp_discrete.asm)
    discrete_measure.py [--jr] check REF WAV    compares WAV with REF (lines as
        printed): the peak level within 10%, the attack within 10 ms, the
        decay within 15% (+10 ms), each frequency within 5% (+3 Hz);
        prints each difference, exits 1 if any is out of bounds."""
import struct
import sys
import wave

FRAME = 1 / 60.606
# (name, first frame, frames on): dkong_discrete.asm's script
TRIGGERS = [("walk6", 60, 6), ("walk30", 156, 30), ("jump6", 276, 6), ("jump30", 372, 30),
            ("stomp6", 492, 6), ("stomp30", 588, 30)]
# --jr: dkongjr_discrete.asm's (the walk, jump and climb start at the release)
TRIGGERS_JR = [("walk", 66, 6), ("walk_q7", 163, 6), ("jump", 260, 6), ("climb", 386, 6), ("fall", 476, 60)]
# --rs: radarscp_discrete.asm's (SOUND0, 1, 2 with Q6 on, SOUND7 with it off)
TRIGGERS_RS = [("s0_6", 61, 6), ("s0_30", 157, 30), ("s1_6", 277, 6), ("s1_30", 373, 30),
               ("s2_6", 493, 6), ("s2_30", 589, 30), ("s7_6", 710, 6), ("s7_30", 806, 30)]
# --rs: Cabinet's waveform is MAME's one sample (21 us) earlier (zero
# crossings compared over each sound); in the noise sounds' tails that moves
# the measured windows: SOUND1's end frequency (a few crossings of decaying
# noise) and SOUND2's attack (the 90% window of a noisy envelope).
WIDER_RS = {("s1_30", "freq_end"): (0.20, 3), ("s1_6", "freq_end"): (0.20, 3), ("s2_30", "attack"): (0, 0.020),
            ("s2_6", "attack"): (0, 0.020)}
WIDER = {}
SPAN = 1.5  # seconds measured after each trigger


def load(path):
    w = wave.open(path)
    n, ch, rate = w.getnframes(), w.getnchannels(), w.getframerate()
    data = struct.unpack("<%dh" % (n * ch), w.readframes(n))
    return [data[i] for i in range(0, len(data), ch)], rate


def rms(x):
    m = sum(x) / len(x)
    return (sum((v - m) ** 2 for v in x) / len(x)) ** 0.5


def freq(x, rate):
    m = sum(x) / len(x)
    s = [v - m for v in x]
    cross = [i for i in range(1, len(s)) if s[i - 1] < 0 <= s[i]]
    if len(cross) < 3:
        return 0.0
    return (len(cross) - 1) * rate / (cross[-1] - cross[0])


def measure(smp, rate, start):
    seg = smp[int(start * rate): int((start + SPAN) * rate)]
    win = int(0.005 * rate)
    env = [rms(seg[i:i + win]) for i in range(0, len(seg) - win, win)]
    peak = max(env)
    # the attack: the first window within 90% of the peak (a flat envelope
    # makes the loudest window itself depend on the waveform's phase)
    ip = next(i for i in range(len(env)) if env[i] >= 0.9 * peak)
    top = env.index(peak)
    low = next((i for i in range(top, len(env)) if env[i] < peak / 10), len(env))
    end = next((i for i in range(top, len(env)) if env[i] < peak / 30), len(env))
    a = ip * win
    f_start = freq(seg[a:a + int(0.05 * rate)], rate)
    b = max(a, end * win - int(0.05 * rate))
    f_end = freq(seg[b:end * win], rate) if end * win - b > int(0.01 * rate) else 0.0
    return peak, ip * 0.005, (low - ip) * 0.005, f_start, f_end


def lines(path):
    smp, rate = load(path)
    out = {}
    for name, frame, _ in TRIGGERS:
        out[name] = measure(smp, rate, frame * FRAME)
    return out


def parse(path):
    out = {}
    for line in open(path):
        w = line.split()
        if not w or w[0].startswith("#"):
            continue
        out[w[0]] = (float(w[2]), float(w[4]), float(w[7]), float(w[10]), float(w[13]))
    return out


# (field, relative tolerance, absolute slack)
BOUNDS = [("peak_rms", 0.10, 0), ("attack", 0, 0.010), ("decay_10", 0.15, 0.010),
          ("freq_start", 0.05, 3), ("freq_end", 0.05, 3)]


def check(ref_path, wav_path):
    ref, got = parse(ref_path), lines(wav_path)
    bad = 0
    for name, _, _ in TRIGGERS:
        if name not in ref:
            print(f"{ref_path}: no line for {name}")
            return 1
        for i, (field, rel, slack) in enumerate(BOUNDS):
            rel, slack = WIDER.get((name, field), (rel, slack))
            r, g = ref[name][i], got[name][i]
            ok = abs(g - r) <= rel * abs(r) + slack
            bad += not ok
            err = (g - r) / r * 100 if r else 0.0
            print(f"{name} {field} mame {r:.3f} cabinet {g:.3f} ({err:+.1f}%) {'ok' if ok else 'OUT OF BOUNDS'}")
    return 1 if bad else 0


def main():
    global TRIGGERS, WIDER
    if len(sys.argv) > 1 and sys.argv[1] == "--jr":
        TRIGGERS = TRIGGERS_JR
        del sys.argv[1]
    elif len(sys.argv) > 1 and sys.argv[1] == "--rs":
        TRIGGERS = TRIGGERS_RS
        WIDER = WIDER_RS
        del sys.argv[1]
    if len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    print("# discrete_measure.py: trigger (circuit and frames held), level (16-bit RMS"
          " in 5 ms), attack, decay to 1/10, frequency after the attack and at the end")
    for name, (peak, tpeak, decay, f0, f1) in lines(sys.argv[1]).items():
        print(f"{name} peak_rms {peak:.0f} attack {tpeak:.3f} s decay_10 {decay:.3f} s "
              f"freq_start {f0:.0f} Hz freq_end {f1:.0f} Hz")


main()
