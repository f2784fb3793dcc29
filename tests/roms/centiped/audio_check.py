#!/usr/bin/env python3
"""Centipede test program's audio against MAME 0.251's (the AUDIO checker of centiped_vs_mame).
Usage: audio_check.py REF.wav CAND.wav [FIRST:STEP:LAST]
Per 0.25 s window, the tone frequency (zero crossings) within 0.5% where MAME plays a steady tone
(Centipede's windows, or the windows starting at FIRST, FIRST+STEP, ... LAST seconds),
sound/silence alike elsewhere, and the first sound within 2 ms. Exit 0 pass, 1 fail."""
import struct, sys, wave


def wav_mono(path):
    w = wave.open(path, 'rb')
    n, ch, sw, rate = w.getnframes(), w.getnchannels(), w.getsampwidth(), w.getframerate()
    assert sw == 2
    s = struct.unpack('<%dh' % (n * ch), w.readframes(n))
    return rate, list(s[::ch])


def windows(rate, s, win=0.25):
    res = []
    n = int(rate * win)
    for i in range(0, len(s) - n + 1, n):
        x = s[i:i + n]
        m = sum(x) / n
        rms = (sum((v - m) ** 2 for v in x) / n) ** 0.5
        cross, last = 0, 0
        for v in x:
            d = v - m
            sg = 1 if d > rms * 0.1 else -1 if d < -rms * 0.1 else 0
            if sg and last and sg != last:
                cross += 1
            if sg:
                last = sg
        res.append((i / rate, rms, cross / 2 / win))
    return res


def onset(rate, s):
    base = s[0]
    for i, v in enumerate(s):
        if abs(v - base) > 1000:
            return i / rate
    return None


rr, rs = wav_mono(sys.argv[1])
cr, cs = wav_mono(sys.argv[2])
fails = 0
steady = {round(t, 2) for t in (1.0, 1.25, 1.5, 1.75, 2.25, 2.5, 2.75, 3.25, 3.5, 3.75, 4.25, 4.5, 4.75, 5.5, 5.75)}
if len(sys.argv) > 3:
    first, stp, last = (float(v) for v in sys.argv[3].split(':'))
    steady = {round(first + i * stp, 2) for i in range(int(round((last - first) / stp)) + 1)}
rwin, cwin = windows(rr, rs), windows(cr, cs)
if len(cwin) < len(rwin):
    print('audio: %d windows, MAME %d  <-- MISMATCH' % (len(cwin), len(rwin)))
    fails += 1
for (t, rrms, rf), (_, crms, cf) in zip(rwin, cwin):
    rson, cson = rrms > 100, crms > 100
    if round(t, 2) in steady:
        ok = rson and cson and abs(cf - rf) <= rf * 0.005
        what = 'tone %.1f Hz, MAME %.1f Hz' % (cf, rf)
    else:
        ok = rson == cson
        what = 'sound' if cson else 'silence'
        what += ', MAME ' + ('sound' if rson else 'silence')
    print('audio %5.2fs: %s%s' % (t, what, '' if ok else '  <-- MISMATCH'))
    fails += not ok
ro, co = onset(rr, rs), onset(cr, cs)
ok = ro is not None and co is not None and abs(ro - co) <= 0.002
print('first sound: %.4fs, MAME %.4fs%s' % (co or -1, ro or -1, '' if ok else '  <-- MISMATCH'))
fails += not ok
sys.exit(1 if fails else 0)
