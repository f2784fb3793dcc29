#!/usr/bin/env python3
"""The mixed level of a WAV: the RMS of each 0.5 s window (mean removed)
from 0 to 11.5 s, one line per window.
    level_measure.py WAV              prints the windows
    level_measure.py check REF WAV    each window within 3% of REF's (+30 for
        near-silent windows); prints each, exits 1 if any is out of bounds."""
import struct
import sys
import wave

WIN = 0.5
END = 11.5


def levels(path):
    w = wave.open(path)
    n, ch, rate = w.getnframes(), w.getnchannels(), w.getframerate()
    data = struct.unpack("<%dh" % (n * ch), w.readframes(n))[::ch]
    out = []
    t = 0.0
    while t < END - 1e-9:
        seg = data[int(t * rate): int((t + WIN) * rate)]
        m = sum(seg) / len(seg)
        out.append((t, (sum((v - m) ** 2 for v in seg) / len(seg)) ** 0.5))
        t += WIN
    return out


def check(ref_path, wav_path):
    ref = [float(line.split()[1]) for line in open(ref_path) if line.strip() and not line.startswith("#")]
    got = levels(wav_path)
    if len(ref) != len(got):
        print(f"{ref_path}: {len(ref)} windows, expected {len(got)}")
        return 1
    bad = 0
    for (t, g), r in zip(got, ref):
        ok = abs(g - r) <= 0.03 * r + 30
        bad += not ok
        print(f"{t:.1f} s mame {r:.0f} cabinet {g:.0f} {'ok' if ok else 'OUT OF BOUNDS'}")
    return 1 if bad else 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    print("# level_measure.py: window start (s), RMS (16-bit, mean removed)")
    for t, r in levels(sys.argv[1]):
        print(f"{t:.1f} {r:.1f}")


main()
