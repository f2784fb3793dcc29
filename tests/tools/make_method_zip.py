#!/usr/bin/env python3
"""make_method_zip.py OUT METHOD FILE...: writes a zip whose entries are all
compressed with METHOD (0 stored, 12 bzip2, 14 lzma, 93 zstd: the methods
libzip may lack and MAME reads), for the archive tests and fuzz seeds.
zstd needs the zstd command."""
import bz2, lzma, struct, subprocess, sys, zlib

def compress(method, data, path):
    if method == 0:
        return data, 0
    if method == 12:
        return bz2.compress(data), 0
    if method == 14:   # zip's LZMA: version 9.20, 5 property bytes, raw LZMA1 with end marker
        raw = lzma.compress(data, format=lzma.FORMAT_RAW,
                            filters=[{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 16, "lc": 3, "lp": 0, "pb": 2}])
        props = bytes([(2 * 5 + 0) * 9 + 3]) + struct.pack('<I', 1 << 16)
        return struct.pack('<BBH', 9, 20, 5) + props + raw, 2
    if method == 93:
        return subprocess.run(['zstd', '-q', '-c', path], capture_output=True, check=True).stdout, 0
    raise SystemExit('unknown method %d' % method)

def main():
    out, method, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    body, cd = b'', b''
    for f in files:
        data = open(f, 'rb').read()
        comp, flags = compress(method, data, f)
        crc = zlib.crc32(data) & 0xffffffff
        name = f.split('/')[-1].encode()
        off = len(body)
        body += struct.pack('<IHHHHHIIIHH', 0x04034b50, 63, flags, method, 0, 0x21, crc, len(comp), len(data),
                            len(name), 0) + name + comp
        cd += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 63, 63, flags, method, 0, 0x21, crc, len(comp),
                          len(data), len(name), 0, 0, 0, 0, 0, off) + name
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(cd), len(body), 0)
    open(out, 'wb').write(body + cd + end)

main()
