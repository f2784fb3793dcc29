#!/usr/bin/env python3
"""Cabinet vs MAME 0.251 on Cabinet's Centipede test program.
Usage: check.py CABINET ROMPATH REFDIR OUTDIR FRAME_COMPARE
 - frames: every tests/refs/centiped/test_fNNNN.png must match Cabinet's frame pixel for pixel
   (FRAME_COMPARE: tests/tools/frame_compare.c)
 - audio: per 0.25 s window, the tone frequency (zero crossings) within 0.5% where MAME plays a
   steady tone, sound/silence alike elsewhere, and the first sound within 2 ms
 - POKEY output sample for sample as recorded (cabinet_audio_sha1.txt)
 - determinism (two runs hash alike) and save-state round trip (save at frame 50, resume == straight)
Exit 0 pass, 1 fail, 77 skip (no reference)."""
import os, struct, subprocess, sys, wave

cab, roms, refs, out, cmp = sys.argv[1:6]
here = os.path.dirname(os.path.abspath(__file__))
if not os.path.exists(os.path.join(refs, 'frames.txt')):
    print('no references in', refs); sys.exit(77)
frames = open(os.path.join(refs, 'frames.txt')).read().strip()
os.makedirs(out, exist_ok=True)
fails = 0

def run(*args):
    r = subprocess.run([cab, 'centiped', '-rompath', roms, '-video', 'none', '-sound', 'none', '-nothrottle',
                        '-nvram_directory', os.path.join(out, 'nvram'), '-nonvram_save'] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        print('cabinet failed:', ' '.join(args), r.stderr[-2000:])
        sys.exit(1)
    return r.stdout

snapdir = os.path.join(out, 'snap')
run('-str', '8', '-samplerate', '48000', '-snapframes', frames, '-snapshot_directory', snapdir, '-norotate',
    '-wavwrite', os.path.join(out, 'test.wav'), '-inputscript', os.path.join(here, 'inputs.txt'))

r = subprocess.run([cmp, '--frames', refs, 'test', os.path.join(snapdir, 'centiped')] + frames.split(','),
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(r.stdout, end='')
fails += r.returncode != 0

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

rr, rs = wav_mono(os.path.join(refs, 'test.wav'))
cr, cs = wav_mono(os.path.join(out, 'test.wav'))
rwin, cwin = windows(rr, rs), windows(cr, cs)
steady = {round(t, 2) for t in (1.0, 1.25, 1.5, 1.75, 2.25, 2.5, 2.75, 3.25, 3.5, 3.75, 4.25, 4.5, 4.75, 5.5, 5.75)}
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

def onset(rate, s):
    base = s[0]
    for i, v in enumerate(s):
        if abs(v - base) > 1000:
            return i / rate
    return None
ro, co = onset(rr, rs), onset(cr, cs)
ok = ro is not None and co is not None and abs(ro - co) <= 0.002
print('first sound: %.4fs, MAME %.4fs%s' % (co or -1, ro or -1, '' if ok else '  <-- MISMATCH'))
fails += not ok

# Cabinet's own POKEY output, bit exact: 10 s at the chip's 54 kHz rate (no inputs) hash as recorded
# when the POKEY was stepped one clock at a time (tests/refs/centiped/cabinet_audio_sha1.txt)
want = open(os.path.join(refs, 'cabinet_audio_sha1.txt')).read().split()[0]
got = [l.split()[1] for l in run('-str', '10', '-samplerate', '54000', '-framehash').splitlines()
       if l.startswith('audio_sha1')][0]
print('POKEY output bit exact:', 'same' if got == want else 'DIFFERENT (%s)' % got); fails += got != want
a = run('-str', '3', '-framehash')
b = run('-str', '3', '-framehash')
print('determinism:', 'same' if a == b else 'DIFFERENT'); fails += a != b
sta = os.path.join(out, 's50.sta')
run('-str', '1', '-savestate', sta, '-savestate_frame', '50')
c = run('-str', '3', '-hash_after', '50')
d = run('-str', '3', '-state', sta)
print('save state at 50, resume == straight:', 'same' if c == d else 'DIFFERENT'); fails += c != d
print('FAIL (%d)' % fails if fails else 'PASS')
sys.exit(1 if fails else 0)
