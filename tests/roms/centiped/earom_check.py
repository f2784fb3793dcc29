#!/usr/bin/env python3
"""Centipede EAROM kept across runs (nvram/<set>/earom), with Cabinet's Centipede test program.
Usage: earom_check.py CABINET ROMPATH OUTDIR
At reset the program reads EAROM cell 0, erases it, writes 5A and reads it back, and shows both values.
 1. empty NVRAM folder: the file is saved on exit, 64 bytes, cell 0 = 5A and the rest erased (FF)
 2. second run on that folder: the first read sees the saved 5A, so the picture differs from run 1
    and equals a run on a hand-written file holding 5A in cell 0 (so the saved bytes are what is read)
 3. a hand-written all-erased file gives run 1's picture again; -nonvram_save leaves the file alone
Exit 0 pass, 1 fail."""
import os, shutil, subprocess, sys

cab, roms, out = sys.argv[1:4]
fails = 0

def run(nvdir, *args):
    r = subprocess.run([cab, 'centiped', '-rompath', roms, '-video', 'none', '-sound', 'none', '-nothrottle',
                        '-nvram_directory', nvdir, '-str', '1', '-framehash'] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        print('cabinet failed:', r.stderr[-2000:]); sys.exit(1)
    return [l for l in r.stdout.splitlines() if l.startswith('frame_sha1')][0]

def check(what, ok):
    global fails
    print('%s: %s' % (what, 'ok' if ok else 'FAIL')); fails += not ok

def nvdir(name, content=None):
    d = os.path.join(out, name)
    shutil.rmtree(d, ignore_errors=True)
    if content is not None:
        os.makedirs(os.path.join(d, 'centiped'))
        open(os.path.join(d, 'centiped', 'earom'), 'wb').write(content)
    return d

erased = bytes([0xff] * 64)
saved = bytes([0x5a]) + erased[1:]
os.makedirs(out, exist_ok=True)
d = nvdir('nv_run')
h1 = run(d)
path = os.path.join(d, 'centiped', 'earom')
data = open(path, 'rb').read() if os.path.exists(path) else b''
check('run 1 saved nvram/centiped/earom (64 bytes, cell 0 = 5A, rest FF)', data == saved)
h2 = run(d)
check('run 2 reads the saved cell (picture differs from run 1)', h1 != h2)
check('run 2 == run on a written 5A file', h2 == run(nvdir('nv_5a', saved), '-nonvram_save'))
check('erased file == run 1', h1 == run(nvdir('nv_ff', erased), '-nonvram_save'))
check('-nonvram_save leaves the file as it was',
      open(os.path.join(out, 'nv_ff', 'centiped', 'earom'), 'rb').read() == erased)
print('FAIL (%d)' % fails if fails else 'PASS')
sys.exit(1 if fails else 0)
