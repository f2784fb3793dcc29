#!/usr/bin/env python3
"""PSG board audio against MAME 0.251's WAV, for board tests (the AUDIO checker of cabinet_board_test).
Usage: psg_audio_check.py REF.wav CAND.wav [FROM TO] [--win SECONDS] [--level PCT] [--pitch PCT]
Cuts both recordings (FROM..TO seconds, default all) into windows (default 0.05 s) and, per window,
measures the RMS level and the zero-crossing frequency. Windows next to a change in MAME's recording
(level or frequency differing from a neighbour's by more than the tolerances) are skipped; in the
others: silence where MAME is silent, the level within PCT % (default 5) where it sounds, and where
MAME's window is a steady tone (its two halves agree in frequency within 0.5 %) the frequency within
the pitch tolerance (default 0.5 %). Timing: every onset (silence to sound) and end (sound to
silence) in MAME's recording, to 1 ms, must be in Cabinet's within 3 ms. Exit 0 pass, 1 fail."""
import argparse, struct, sys, wave


def wav_mono(path):
    w = wave.open(path, 'rb')
    n, ch, sw, rate = w.getnframes(), w.getnchannels(), w.getsampwidth(), w.getframerate()
    assert sw == 2, 'needs 16-bit PCM'
    s = struct.unpack('<%dh' % (n * ch), w.readframes(n))
    return rate, [sum(s[i:i + ch]) / ch for i in range(0, len(s), ch)]


def measure(x, rate):
    """RMS level and frequency: crossings of the mean (with 10 % hysteresis), timed from the first
    to the last so the estimate is not quantised to the window."""
    n = len(x)
    m = sum(x) / n
    rms = (sum((v - m) ** 2 for v in x) / n) ** 0.5
    at, last = [], 0
    for i, v in enumerate(x):
        d = v - m
        sg = 1 if d > rms * 0.1 else -1 if d < -rms * 0.1 else 0
        if sg and last and sg != last:
            at.append(i)
        if sg:
            last = sg
    if len(at) < 3:
        return rms, 0.0
    return rms, (len(at) - 1) / 2 / ((at[-1] - at[0]) / rate)


SILENT = 150.0


def edges(rate, s, step=0.001):
    """(time, kind) of each change between silence and sound, over 1 ms blocks (peak-to-peak)."""
    n = int(rate * step)
    out, prev = [], None
    for i in range(0, len(s) - n + 1, n):
        b = s[i:i + n]
        on = max(b) - min(b) > 2 * SILENT
        # a tone's flat half-period can be silent within 1 ms: a sound ends only after 5 quiet ms
        if prev is not None and on != prev:
            if on or all(max(s[j:j + n]) - min(s[j:j + n]) <= 2 * SILENT for j in range(i, min(len(s) - n, i + 5 * n), n)):
                out.append((i / rate, 'onset' if on else 'end'))
                prev = on
        elif prev is None:
            prev = on
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('ref')
    ap.add_argument('cand')
    ap.add_argument('span', nargs='*', type=float)
    ap.add_argument('--win', type=float, default=0.05)
    ap.add_argument('--level', type=float, default=5.0)
    ap.add_argument('--pitch', type=float, default=0.5)
    a = ap.parse_args()
    rr, rs = wav_mono(a.ref)
    cr, cs = wav_mono(a.cand)
    if rr != cr:
        print('sample rates differ: MAME %d, Cabinet %d' % (rr, cr))
        return 1
    t0, t1 = (a.span + [0, min(len(rs), len(cs)) / rr])[:2] if a.span else (0, min(len(rs), len(cs)) / rr)
    rs, cs = rs[int(t0 * rr):int(t1 * rr)], cs[int(t0 * rr):int(t1 * rr)]
    if len(cs) < len(rs):
        print('Cabinet recording shorter than the span  <-- MISMATCH')
        return 1
    n = int(rr * a.win)
    wins = []
    for i in range(0, len(rs) - n + 1, n):
        rx, cx = rs[i:i + n], cs[i:i + n]
        h = n // 2
        wins.append((t0 + i / rr, measure(rx, rr), measure(cx, rr), measure(rx[:h], rr)[1], measure(rx[h:], rr)[1]))
    fails = checked = 0

    def near(p, q, pct):
        return abs(p - q) <= max(p, q) * pct / 100

    for k, (t, (rrms, rf), (crms, cf), rf1, rf2) in enumerate(wins):
        steady = True
        for j in (k - 1, k + 1):
            if 0 <= j < len(wins):
                orms, of = wins[j][1]
                if (orms > SILENT) != (rrms > SILENT) or (rrms > SILENT and not near(orms, rrms, a.level * 2)) \
                        or (rrms > SILENT and not near(of, rf, 5)):
                    steady = False
        if not steady:
            continue
        checked += 1
        if rrms <= SILENT:
            ok, what = crms <= SILENT, 'silence, Cabinet rms %.0f' % crms
        else:
            ok = near(rrms, crms, a.level)
            what = 'rms %.0f, MAME %.0f' % (crms, rrms)
            if near(rf1, rf2, 0.5) and rf > 20:
                ok = ok and near(rf, cf, a.pitch)
                what += '; tone %.1f Hz, MAME %.1f Hz' % (cf, rf)
            else:
                what += '; noise'
        print('audio %6.3fs: %s%s' % (t, what, '' if ok else '  <-- MISMATCH'))
        fails += not ok
    re_, ce = edges(rr, rs), edges(cr, cs)
    for t, kind in re_:
        best = min((abs(t - u) for u, k in ce if k == kind), default=1e9)
        ok = best <= 0.003
        print('%s at %.3fs: Cabinet %s%s' % (kind, t0 + t, 'within %.1f ms' % (best * 1000) if best < 1 else 'none',
                                            '' if ok else '  <-- MISMATCH'))
        fails += not ok
    if len(ce) != len(re_):
        print('edges: Cabinet %d, MAME %d  <-- MISMATCH' % (len(ce), len(re_)))
        fails += 1
    if checked < 3:
        print('only %d windows compared  <-- MISMATCH' % checked)
        fails += 1
    print('%d windows compared, %d edges, %d mismatches' % (checked, len(re_), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
