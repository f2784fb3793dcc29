#!/usr/bin/env python3
"""The SN76477 saucer of the Space Invaders sample boards against MAME 0.251, sample for sample.
  sn76477_check.py WAV          prints the reference: the first non-silent sample's index, then
                                the run-length coded sound (one "value count" line per run)
  sn76477_check.py check REF WAV
Without the sample files both emulators play only the SN76477, so the sound is the chip's output
alone. Cabinet's recording is aligned with MAME's (the best offset within 10 ms: the two streams'
first samples need not start at the same instant) and must then agree on every sample within
1 LSB (the route's half gain rounds differently), except at most 4 samples at the enable edges; the
sound must start and stop within 1 ms of MAME's. Exit 0 pass, 1 fail."""
import struct, sys, wave


def left(path):
    w = wave.open(path, 'rb')
    n, ch = w.getnframes(), w.getnchannels()
    assert w.getsampwidth() == 2 and w.getframerate() == 48000, path + ': needs 16-bit 48 kHz'
    return list(struct.unpack('<%dh' % (n * ch), w.readframes(n))[::ch])


def sound_span(x):
    on = [i for i, v in enumerate(x) if v]
    return (on[0], on[-1] + 1) if on else (0, 0)


def make_ref(path):
    x = left(path)
    a, b = sound_span(x)
    print(a)
    run, count = None, 0
    for v in x[a:b]:
        if v == run:
            count += 1
            continue
        if count:
            print(run, count)
        run, count = v, 1
    if count:
        print(run, count)


def check(ref_path, wav_path):
    with open(ref_path) as f:
        lines = f.read().split('\n')
    start = int(lines[0])
    ref = []
    for line in lines[1:]:
        if line.strip():
            v, n = map(int, line.split())
            ref += [v] * n
    x = left(wav_path)
    a, b = sound_span(x)
    fails = []
    if not ref:
        fails.append('the reference holds no sound')
    elif a == b:
        fails.append('Cabinet is silent')
    else:
        if abs(a - start) > 48 or abs((b - a) - len(ref)) > 48:
            fails.append('sound %d..%d, MAME %d..%d (samples)' % (a, b, start, start + len(ref)))
        best = None
        for off in range(-480, 481):
            seg = x[start + off:start + off + len(ref)]
            if len(seg) < len(ref):
                continue
            bad = sum(1 for p, q in zip(seg, ref) if abs(p - q) > 1)
            if best is None or bad < best[0]:
                best = (bad, off)
        print('best offset %d samples: %d of %d samples differ' % (best[1], best[0], len(ref)))
        if best[0] > 4:
            fails.append('%d samples differ from MAME' % best[0])
    for f in fails:
        print('FAIL:', f)
    return 1 if fails else 0


if __name__ == '__main__':
    if len(sys.argv) == 2:
        make_ref(sys.argv[1])
    elif len(sys.argv) == 4 and sys.argv[1] == 'check':
        sys.exit(check(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
