#!/usr/bin/env python3
"""Zips for test_zipscale: big.zip (100,000 stored one-byte entries, zip64
directory) and dup.zip (two entries named exactly "a.bin": "first", then
"second"; then "A.BIN": "third").  Usage: make_zips.py OUTDIR"""
import sys, warnings, zipfile

out = sys.argv[1]
with zipfile.ZipFile(out + '/big.zip', 'w', zipfile.ZIP_STORED, allowZip64=True) as z:
    for i in range(100000):
        z.writestr('f%06d.bin' % i, bytes([i & 0xff]))
warnings.simplefilter('ignore')  # "Duplicate name" is the point
with zipfile.ZipFile(out + '/dup.zip', 'w', zipfile.ZIP_STORED) as z:
    z.writestr('a.bin', b'first')
    z.writestr('a.bin', b'second')
    z.writestr('A.BIN', b'third')
