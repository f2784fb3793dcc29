#include "video/orient.h"

#include "emu/machine.h"

void orient_apply(u32 *dst, int *dw, int *dh, const u32 *src, int w, int h, u32 orient)
{
    bool swap = orient & ORIENT_SWAP_XY;
    int ow = swap ? h : w, oh = swap ? w : h;
    for (int y = 0; y < oh; y++) {
        for (int x = 0; x < ow; x++) {
            int tx = orient & ORIENT_FLIP_X ? ow - 1 - x : x;
            int ty = orient & ORIENT_FLIP_Y ? oh - 1 - y : y;
            int sx = swap ? ty : tx, sy = swap ? tx : ty;
            dst[(size_t)y * ow + x] = src[(size_t)sy * w + sx];
        }
    }
    *dw = ow;
    *dh = oh;
}

/* Orientation flags form a group: applying b after a. */
static u32 orient_then(u32 a, u32 b)
{
    if (b & ORIENT_SWAP_XY) {
        /* swapping after flips exchanges which axis each flip applies to */
        u32 fx = a & ORIENT_FLIP_X, fy = a & ORIENT_FLIP_Y;
        a = (a & ORIENT_SWAP_XY) ^ ORIENT_SWAP_XY;
        a |= fx ? ORIENT_FLIP_Y : 0;
        a |= fy ? ORIENT_FLIP_X : 0;
    }
    return a ^ (b & (ORIENT_FLIP_X | ORIENT_FLIP_Y));
}

u32 orient_compose(u32 game, bool rotate, bool ror, bool rol, bool flipx, bool flipy)
{
    u32 o = rotate ? game & ORIENT_MASK : ROT0;
    if (ror)
        o = orient_then(o, ROT90);
    if (rol)
        o = orient_then(o, ROT270);
    if (flipx)
        o = orient_then(o, ORIENT_FLIP_X);
    if (flipy)
        o = orient_then(o, ORIENT_FLIP_Y);
    return o;
}
