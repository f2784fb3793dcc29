#!/usr/bin/env python3
"""Williams CMOS kept across runs (nvram/<set>/nvram), with Cabinet's Williams test program, as a
user quitting and restarting would see it. Usage: cmos_check.py CABINET ROMPATH OUTDIR
At reset the program writes 16 nibbles to cc00-cc0f and reads them back, and counts its boots in
cc20 (read, add 1, write), showing the count on screen.
 1. empty NVRAM folder: 1024 bytes saved on exit, cc00-cc0f = F0-FF (4-bit RAM), boot count 1
 2. second run on that folder: boot count 2, and a different picture
 3. a copy of run 1's file in a fresh folder gives run 2's picture again (the bytes saved are what
    the next run reads); -nonvram_save leaves the file alone
Exit 0 pass, 1 fail."""
import os, shutil, subprocess, sys

cab, roms, out = sys.argv[1:4]
fails = 0


def run(nvdir, *args):
    r = subprocess.run([cab, 'robotron', '-rompath', roms, '-video', 'none', '-sound', 'none', '-nothrottle',
                        '-nvram_directory', nvdir, '-str', '1', '-framehash'] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        print('cabinet failed:', r.stderr[-2000:]); sys.exit(1)
    return [l for l in r.stdout.splitlines() if l.startswith('frame_sha1')][0]


def check(what, ok):
    global fails
    print('%s: %s' % (what, 'ok' if ok else 'FAIL')); fails += not ok


def fresh(name):
    d = os.path.join(out, name)
    shutil.rmtree(d, ignore_errors=True)
    return d


os.makedirs(out, exist_ok=True)
d = fresh('nv_run')
h1 = run(d)
path = os.path.join(d, 'robotron', 'nvram')
b1 = open(path, 'rb').read() if os.path.exists(path) else b''
check('run 1 saved 1024 bytes', len(b1) == 1024)
check('run 1: the 16 nibbles read back with the high bits set', b1[:16] == bytes(0xf0 | i for i in range(16)))
check('run 1: boot count 1', len(b1) > 0x20 and b1[0x20] == 0xf1)
h2 = run(d)
b2 = open(path, 'rb').read()
check('run 2: boot count 2', b2[0x20] == 0xf2)
check('run 2 shows a different picture', h1 != h2)
d3 = fresh('nv_copy')
os.makedirs(os.path.join(d3, 'robotron'))
open(os.path.join(d3, 'robotron', 'nvram'), 'wb').write(b1)
h3 = run(d3, '-nonvram_save')
check('run 1\'s file in a fresh folder gives run 2\'s picture', h3 == h2)
check('-nonvram_save leaves the file alone', open(os.path.join(d3, 'robotron', 'nvram'), 'rb').read() == b1)
sys.exit(1 if fails else 0)
