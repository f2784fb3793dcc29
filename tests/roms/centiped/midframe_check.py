#!/usr/bin/env python3
"""Cabinet vs MAME 0.251 on the Centipede mid-frame program (midframe.s).
Usage: midframe_check.py CABINET ROMPATH REFDIR OUTDIR FRAME_COMPARE
 - frames: every REFDIR/midframe_fNNNN.png must match Cabinet's frame pixel for pixel (the share of
   differing pixels is printed per frame)
 - save-state round trip: saved at frame 50 (the IRQ handler is mid-frame work), resume == straight
Exit 0 pass, 1 fail, 77 skip (no reference)."""
import os, re, subprocess, sys

cab, roms, refs, out, cmp = sys.argv[1:6]
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
last = max(int(f) for f in frames.split(','))
run('-str', str(last // 60 + 1), '-snapframes', frames, '-snapshot_directory', snapdir, '-norotate')
r = subprocess.run([cmp, '--frames', refs, 'midframe', os.path.join(snapdir, 'centiped')] + frames.split(','),
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
total = 0
for line in r.stdout.splitlines():
    m = re.match(r'frame (\d+): (\d+) pixels differ', line)
    if m:
        total += int(m.group(2))
        line += ' (%.2f%%)' % (100.0 * int(m.group(2)) / (256 * 240))
    print(line)
n = len(frames.split(','))
print('all frames: %.2f%% of the pixels differ' % (100.0 * total / (256 * 240 * n)))
fails += r.returncode != 0
sta = os.path.join(out, 's50.sta')
run('-str', '1', '-savestate', sta, '-savestate_frame', '50')
c = run('-str', '3', '-hash_after', '50')
d = run('-str', '3', '-state', sta)
print('save state at 50, resume == straight:', 'same' if c == d else 'DIFFERENT'); fails += c != d
print('FAIL (%d)' % fails if fails else 'PASS')
sys.exit(1 if fails else 0)
