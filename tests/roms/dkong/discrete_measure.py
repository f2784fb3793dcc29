#!/usr/bin/env python3
"""Measures Donkey Kong's discrete sounds in a WAV of the dkong_discrete test
set (tests/roms/dkong/dkong_discrete.asm): for each trigger of the script,
the peak level, the time from the trigger to the peak, the decay time (from
the peak down to 1/10 of it, in 5 ms RMS windows) and the dominant frequency
(zero crossings of the mean-removed signal) in the first 50 ms after the
peak and 50 ms before the end of the sound, so a sweep shows as two values.
    discrete_measure.py WAV
Prints one line per trigger."""
import struct
import sys
import wave

FRAME = 1 / 60.606
# (name, first frame, frames on): dkong_discrete.asm's script
TRIGGERS = [("walk6", 60, 6), ("walk30", 156, 30), ("jump6", 276, 6), ("jump30", 372, 30),
            ("stomp6", 492, 6), ("stomp30", 588, 30)]
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
    ip = env.index(peak)
    low = next((i for i in range(ip, len(env)) if env[i] < peak / 10), len(env))
    end = next((i for i in range(ip, len(env)) if env[i] < peak / 30), len(env))
    a = ip * win
    f_start = freq(seg[a:a + int(0.05 * rate)], rate)
    b = max(a, end * win - int(0.05 * rate))
    f_end = freq(seg[b:end * win], rate) if end * win - b > int(0.01 * rate) else 0.0
    return peak, ip * 0.005, (low - ip) * 0.005, f_start, f_end


def main():
    smp, rate = load(sys.argv[1])
    for name, frame, _ in TRIGGERS:
        peak, tpeak, decay, f0, f1 = measure(smp, rate, frame * FRAME)
        print(f"{name} peak_rms {peak:.0f} peak_at {tpeak:.3f} s decay_10 {decay:.3f} s "
              f"freq_start {f0:.0f} Hz freq_end {f1:.0f} Hz")


main()
