#!/usr/bin/env python3
"""Williams sound board test programs' audio against MAME 0.251's (the AUDIO checker of
williams_sound_vs_mame and williams_speech_vs_mame). Usage: audio_check.py REF.wav CAND.wav
Sound is a signal that moves (steps of more than 300 between samples; a decoder holding a level
after its clock stops is silent). Per 0.25 s window: sound/silence alike, and where both sound over
the whole window the tone's frequency (zero crossings) within 0.5% and its RMS level within 15%;
the first sound and the last (from 10 ms on) within 2 ms; the first tone change within 5 ms (20 ms windows, from 50 ms after the first sound).
Exit 0 pass, 1 fail."""
import struct, sys, wave


def wav_mono(path):
    w = wave.open(path, 'rb')
    n, ch, sw, rate = w.getnframes(), w.getnchannels(), w.getsampwidth(), w.getframerate()
    assert sw == 2
    s = struct.unpack('<%dh' % (n * ch), w.readframes(n))
    return rate, list(s[::ch])


STEP = 300


def moves(x):
    return any(abs(b - a) > STEP for a, b in zip(x, x[1:]))


def measure(x):
    m = sum(x) / len(x)
    rms = (sum((v - m) ** 2 for v in x) / len(x)) ** 0.5
    cross = sum(1 for a, b in zip(x, x[1:]) if (a - m) * (b - m) < 0)
    return rms, cross


def windows(rate, s, win):
    n = int(rate * win)
    res = []
    for i in range(0, len(s) - n + 1, n):
        x = s[i:i + n]
        k = n // 10
        res.append((i / rate,) + measure(x) + (moves(x), moves(x[:k]) and moves(x[-k:])))
    return res


def edges(rate, s):
    # from 10 ms on: the sound CPU's first PIA writes put 0 on the DAC for a few samples (both)
    act = [i for i in range(max(1, rate // 100), len(s)) if abs(s[i] - s[i - 1]) > STEP]
    return (act[0] / rate, act[-1] / rate) if act else (None, None)


def tone_change(rate, s, start, end):
    """first 20 ms window (from 50 ms after the start: the decoder settles) whose crossing count
    differs by more than 25% from the first one's"""
    n = int(rate * 0.02)
    i0 = int((start + 0.05) * rate)
    _, c0 = measure(s[i0:i0 + n])
    for i in range(i0, int(end * rate) - n, n // 4):
        _, c = measure(s[i:i + n])
        if abs(c - c0) > c0 * 0.25:
            return i / rate
    return None


rr, rs = wav_mono(sys.argv[1])
cr, cs = wav_mono(sys.argv[2])
fails = 0
rw, cw = windows(rr, rs, 0.25), windows(cr, cs, 0.25)
if len(cw) < len(rw):
    print('audio: %d windows, MAME %d  <-- MISMATCH' % (len(cw), len(rw)))
    fails += 1
for (t, rrms, rc, rmov, rfull), (_, crms, cc, cmov, cfull) in zip(rw, cw):
    rson, cson = rrms > 200 and rmov, crms > 200 and cmov
    if rfull and cfull:
        ok = abs(cc - rc) <= rc * 0.005 and abs(crms - rrms) <= rrms * 0.15
        what = 'tone %.1f Hz rms %.0f, MAME %.1f Hz rms %.0f' % (cc / 0.5, crms, rc / 0.5, rrms)
    else:  # silence, or a window where the sound starts or stops
        ok = rson == cson
        what = ('sound' if cson else 'silence') + ', MAME ' + ('sound' if rson else 'silence')
    print('audio %5.2fs: %s%s' % (t, what, '' if ok else '  <-- MISMATCH'))
    fails += not ok
(ron, roff), (con, coff) = edges(rr, rs), edges(cr, cs)
for what, r, c, tol in (('first sound', ron, con, 0.002), ('last sound', roff, coff, 0.002)):
    ok = r is not None and c is not None and abs(r - c) <= tol
    print('%s: %.4fs, MAME %.4fs%s' % (what, c or -1, r or -1, '' if ok else '  <-- MISMATCH'))
    fails += not ok
if ron is not None and con is not None:
    r, c = tone_change(rr, rs, ron, roff), tone_change(cr, cs, con, coff)
    ok = r is not None and c is not None and abs(r - c) <= 0.005
    print('tone change: %.4fs, MAME %.4fs%s' % (c or -1, r or -1, '' if ok else '  <-- MISMATCH'))
    fails += not ok
sys.exit(1 if fails else 0)
