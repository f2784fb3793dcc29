#!/usr/bin/env python3
"""Draws artwork/invaders/overlay.png: the cellophane colour bands of the
upright Space Invaders cabinet, in the rotated (224 x 260 unit) display
space of MAME 0.251's internal invaders layout (facts: red 32-64 from the
top over the UFO row; green 184-240 over the player and shields, and 240-260
for x 16-134 at the bottom left; white elsewhere; gels 0.125 / 1 / 0.125).
One pixel per layout unit. Standard library only: python3 make_overlay.py"""
import os
import struct
import zlib

W, H = 224, 260
WHITE, RED, GREEN = (255, 255, 255), (255, 32, 32), (32, 255, 32)


def colour(x, y):
    if 32 <= y < 64:
        return RED
    if 184 <= y < 240:
        return GREEN
    if 240 <= y < 260 and 16 <= x < 134:
        return GREEN
    return WHITE


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xffffffff)


def main():
    rows = b"".join(b"\0" + bytes(c for x in range(W) for c in colour(x, y)) for y in range(H))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "overlay.png")
    with open(out, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main()
