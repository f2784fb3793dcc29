#!/usr/bin/env python3
"""Missile Command test program's audio against MAME 0.251's (the AUDIO checker of missile_vs_mame).
Usage: audio_check.py REF.wav CAND.wav
Per 0.25 s window: where MAME plays the same steady tone in both halves of the window and both neighbours, the tone
frequency (zero crossings) within 0.5%; elsewhere, away from MAME's changes, sound/silence alike; at
least four steady tones (the four POKEY channels); the first sound within 2 ms. Exit 0 pass, 1 fail."""
import struct, sys, wave


def wav_mono(path):
    w = wave.open(path, 'rb')
    n, ch, sw, rate = w.getnframes(), w.getnchannels(), w.getsampwidth(), w.getframerate()
    assert sw == 2
    s = struct.unpack('<%dh' % (n * ch), w.readframes(n))
    return rate, list(s[::ch])


def tone(rate, x):
    """RMS and frequency of a stretch: the span of its zero crossings (a count is only 2 Hz exact)."""
    n = len(x)
    m = sum(x) / n
    rms = (sum((v - m) ** 2 for v in x) / n) ** 0.5
    cross, last, first_at, last_at = 0, 0, None, None
    for j, v in enumerate(x):
        d = v - m
        sg = 1 if d > rms * 0.1 else -1 if d < -rms * 0.1 else 0
        if sg and last and sg != last:
            cross += 1
            if first_at is None:
                first_at = j
            last_at = j
        if sg:
            last = sg
    if cross > 2 and last_at > first_at:
        return rms, (cross - 1) / 2 * rate / (last_at - first_at)
    return rms, cross / 2 * rate / n


def windows(rate, s, win=0.25):
    """(start, rms, frequency, steady): steady when both halves give the same tone (no change inside)."""
    res = []
    n = int(rate * win)
    for i in range(0, len(s) - n + 1, n):
        rms, f = tone(rate, s[i:i + n])
        (r1, f1), (r2, f2) = tone(rate, s[i:i + n // 2]), tone(rate, s[i + n // 2:i + n])
        steady = r1 > 100 and r2 > 100 and abs(f1 - f2) <= 0.003 * f
        res.append((i / rate, rms, f, steady))
    return res


def onset(rate, s):
    # from 0.5 s on (MAME's POKEY output settles on its DC level at power-on), against the level there
    start = rate // 2
    base = s[start]
    for i in range(start, len(s)):
        if abs(s[i] - base) > 1000:
            return i / rate
    return None


rr, rs = wav_mono(sys.argv[1])
cr, cs = wav_mono(sys.argv[2])
rwin, cwin = windows(rr, rs), windows(cr, cs)
fails = 0
if len(cwin) < len(rwin):
    print('audio: %d windows, MAME %d  <-- MISMATCH' % (len(cwin), len(rwin)))
    fails += 1


def on(w):
    return w[1] > 100


def same_tone(a, b):
    return a[3] and b[3] and abs(a[2] - b[2]) <= 0.01 * a[2]


tones = []
for i in range(1, min(len(rwin), len(cwin)) - 1):
    t, rrms, rf, _ = rwin[i]
    cf = cwin[i][2]
    if same_tone(rwin[i], rwin[i - 1]) and same_tone(rwin[i], rwin[i + 1]):
        ok = on(cwin[i]) and abs(cf - rf) <= rf * 0.005
        what = 'tone %.1f Hz, MAME %.1f Hz' % (cf, rf)
        if not tones or abs(tones[-1] - rf) > 0.01 * rf:
            tones.append(rf)
    elif on(rwin[i - 1]) == on(rwin[i]) == on(rwin[i + 1]):
        ok = on(cwin[i]) == on(rwin[i])
        what = ('sound' if on(cwin[i]) else 'silence') + ', MAME ' + ('sound' if on(rwin[i]) else 'silence')
    else:
        continue
    print('audio %5.2fs: %s%s' % (t, what, '' if ok else '  <-- MISMATCH'))
    fails += not ok
print('steady tones in MAME\'s audio: %s' % ', '.join('%.1f Hz' % f for f in tones))
if len(tones) < 4:
    print('fewer than four steady tones  <-- MISMATCH')
    fails += 1
ro, co = onset(rr, rs), onset(cr, cs)
ok = ro is not None and co is not None and abs(ro - co) <= 0.002
print('first sound: %.4fs, MAME %.4fs%s' % (co or -1, ro or -1, '' if ok else '  <-- MISMATCH'))
fails += not ok
sys.exit(1 if fails else 0)
