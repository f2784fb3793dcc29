#include "machine/williams_blitter.h"

#include <string.h>

void williams_blitter_init(williams_blitter_t *b, bool sc1, u16 clip)
{
    memset(b, 0, sizeof(*b));
    b->xor_size = sc1 ? 4 : 0;
    b->clip_address = clip;
}

void williams_blitter_reset(williams_blitter_t *b)
{
    (void)b; /* the registers keep their values, as MAME's */
}

/* One destination byte (two pixels): which nibbles are written depends on
   the even/odd masks and, in foreground mode, on the source pixel. */
static void blit_pixel(williams_blitter_t *b, address_space_t *space, const u8 *vram, int dst, u8 src, u8 ctl)
{
    u8 cur = dst < 0xc000 ? vram[dst] : as_read8(space, (offs_t)dst);
    u8 keep = 0xff;
    bool fg = ctl & WMS_BLIT_FOREGROUND_ONLY;
    /* a masked-out pixel is written when it is transparent in foreground mode */
    if (fg && !(src & 0xf0) ? (ctl & WMS_BLIT_NO_EVEN) : !(ctl & WMS_BLIT_NO_EVEN))
        keep &= 0x0f;
    if (fg && !(src & 0x0f) ? (ctl & WMS_BLIT_NO_ODD) : !(ctl & WMS_BLIT_NO_ODD))
        keep &= 0xf0;
    cur &= keep;
    cur |= (ctl & WMS_BLIT_SOLID ? b->regs[1] : src) & (u8)~keep;
    if ((!b->window_enable || dst < b->clip_address || dst >= 0xc000) && !as_marked_write(space, (offs_t)dst, cur))
        as_write8(space, (offs_t)dst, cur);
}

static int blit(williams_blitter_t *b, address_space_t *space, const u8 *vram, int sstart, int dstart, int w, int h,
                u8 ctl)
{
    int sxadv = ctl & WMS_BLIT_SRC_STRIDE_256 ? 0x100 : 1, syadv = ctl & WMS_BLIT_SRC_STRIDE_256 ? 1 : w;
    int dxadv = ctl & WMS_BLIT_DST_STRIDE_256 ? 0x100 : 1, dyadv = ctl & WMS_BLIT_DST_STRIDE_256 ? 1 : w;
    int accesses = 0;
    u32 shifter = 0;
    for (int y = 0; y < h; y++) {
        int src = sstart & 0xffff, dst = dstart & 0xffff;
        for (int x = 0; x < w; x++) {
            u8 data = as_read8(space, (offs_t)src);
            if (ctl & WMS_BLIT_SHIFT) {
                shifter = shifter << 8 | data;
                data = (u8)(shifter >> 4);
            }
            blit_pixel(b, space, vram, dst, data, ctl);
            accesses += 2;
            src = (src + sxadv) & 0xffff;
            dst = (dst + dxadv) & 0xffff;
        }
        /* in screen layout the next row is the next line: the low byte
           wraps without carrying into the column */
        if (ctl & WMS_BLIT_DST_STRIDE_256)
            dstart = (dstart & 0xff00) | ((dstart + dyadv) & 0xff);
        else
            dstart += dyadv;
        if (ctl & WMS_BLIT_SRC_STRIDE_256)
            sstart = (sstart & 0xff00) | ((sstart + syadv) & 0xff);
        else
            sstart += syadv;
    }
    return accesses;
}

int williams_blitter_w(williams_blitter_t *b, address_space_t *space, const u8 *vram, offs_t offset, u8 data)
{
    b->regs[offset & 7] = data;
    if ((offset & 7) != 0 || b->busy)
        return 0;
    int w = b->regs[6] ^ b->xor_size, h = b->regs[7] ^ b->xor_size;
    if (!w)
        w = 1;
    if (!h)
        h = 1;
    b->busy = true;
    int accesses = blit(b, space, vram, b->regs[2] << 8 | b->regs[3], b->regs[4] << 8 | b->regs[5], w, h, data);
    b->busy = false;
    /* the chip runs at 4 MHz: two clocks an access, four in slow mode */
    int clocks = 4 + (data & WMS_BLIT_SLOW ? 4 * (accesses + 2) : 2 * (accesses + 3));
    return (clocks + 3) / 4;
}

void williams_blitter_serialize(williams_blitter_t *b, state_io *io)
{
    st_bytes(io, b->regs, sizeof(b->regs));
    st_u8(io, &b->window_enable);
}
