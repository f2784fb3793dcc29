/* Williams blitter unit test: each control bit on known bytes (linear and
   screen strides, the row wrap of the screen stride, foreground only,
   solid, shift, the even/odd masks and their foreground quirk), the SC1
   size XOR and its SC2 fix, a size of 0 meaning 1, destinations read back
   from video RAM rather than the bus, Sinistar's clip window, the cycles
   the CPU is halted for (fast and slow), and save states. */
#include <string.h>

#include "emu/bus.h"
#include "machine/williams_blitter.h"
#include "../check.h"

static u8 ram[0x10000];
static u8 vram[0xc000];

static void setup(address_space_t *as)
{
    memset(ram, 0, sizeof(ram));
    memset(vram, 0, sizeof(vram));
    as_init(as, "program", 16, 8, 0);
    as_map_ram(as, 0x0000, 0xffff, ram);
}

/* registers, then the control byte that starts it; returns the cycles */
static int go(williams_blitter_t *b, address_space_t *as, u8 ctl, u8 solid, u16 src, u16 dst, u8 wreg, u8 hreg)
{
    u8 regs[8] = { 0, solid, (u8)(src >> 8), (u8)src, (u8)(dst >> 8), (u8)dst, wreg, hreg };
    for (int i = 7; i >= 1; i--)
        CHECK_EQ("register write starts nothing", 0, williams_blitter_w(b, as, vram, (offs_t)i, regs[i]));
    return williams_blitter_w(b, as, vram, 0, ctl);
}

static void test_strides_and_sizes(void)
{
    address_space_t as;
    williams_blitter_t b;
    setup(&as);
    williams_blitter_init(&b, true, 0xc000);
    for (int i = 0; i < 8; i++)
        ram[0x1000 + i] = (u8)(0x11 * (i + 1));
    /* SC1: registers 6, 6 mean 2 x 2 */
    int cyc = go(&b, &as, 0x00, 0, 0x1000, 0xa000, 0x06, 0x06);
    CHECK_EQ("linear copy 0", 0x11, ram[0xa000]);
    CHECK_EQ("linear copy 3", 0x44, ram[0xa003]);
    CHECK_EQ("only 2 x 2", 0x00, ram[0xa004]);
    CHECK_EQ("fast: 4 + 2 * (8 + 3) clocks at 4 MHz", 7, cyc);
    cyc = go(&b, &as, WMS_BLIT_SLOW, 0, 0x1000, 0xa100, 0x06, 0x06);
    CHECK_EQ("slow: 4 + 4 * (8 + 2) clocks", 11, cyc);
    /* destination stride 256: columns across, lines down */
    go(&b, &as, WMS_BLIT_DST_STRIDE_256, 0, 0x1000, 0x2010, 0x06, 0x06);
    CHECK_EQ("col 0 line 0", 0x11, ram[0x2010]);
    CHECK_EQ("col 1 line 0", 0x22, ram[0x2110]);
    CHECK_EQ("col 0 line 1", 0x33, ram[0x2011]);
    CHECK_EQ("col 1 line 1", 0x44, ram[0x2111]);
    /* the line wraps inside the column (no carry) */
    go(&b, &as, WMS_BLIT_DST_STRIDE_256, 0, 0x1000, 0x30ff, 0x05, 0x06);
    CHECK_EQ("line ff", 0x11, ram[0x30ff]);
    CHECK_EQ("next line wraps to 00 of the same column", 0x22, ram[0x3000]);
    CHECK_EQ("no carry into the next column", 0x00, ram[0x3100]);
    /* source stride 256 */
    ram[0x4000] = 0xab, ram[0x4100] = 0xcd, ram[0x4001] = 0xef;
    go(&b, &as, WMS_BLIT_SRC_STRIDE_256, 0, 0x4000, 0xa200, 0x06, 0x06);
    CHECK_EQ("src stride: first", 0xab, ram[0xa200]);
    CHECK_EQ("src stride: next column", 0xcd, ram[0xa201]);
    CHECK_EQ("src stride: next line", 0xef, ram[0xa202]);
    /* register 4 on SC1: size 0, taken as 1 */
    go(&b, &as, 0x00, 0, 0x1000, 0xa300, 0x04, 0x04);
    CHECK_EQ("1 x 1", 0x11, ram[0xa300]);
    CHECK_EQ("nothing more", 0x00, ram[0xa301]);
    /* SC2: no XOR */
    williams_blitter_init(&b, false, 0xc000);
    go(&b, &as, 0x00, 0, 0x1000, 0xa400, 0x03, 0x01);
    CHECK_EQ("SC2 width 3", 0x33, ram[0xa402]);
    CHECK_EQ("SC2 width 3, no 4th", 0x00, ram[0xa403]);
    as_free(&as);
}

static u8 one(williams_blitter_t *b, address_space_t *as, u8 ctl, u8 solid, u8 src, u8 dst)
{
    ram[0x1000] = src;
    ram[0x2000] = vram[0x2000] = dst;
    go(b, as, ctl, solid, 0x1000, 0x2000, 0x05, 0x05);
    return ram[0x2000];
}

static void test_pixel_modes(void)
{
    address_space_t as;
    williams_blitter_t b;
    setup(&as);
    williams_blitter_init(&b, true, 0xc000);
    CHECK_EQ("copy", 0x0a, one(&b, &as, 0x00, 0, 0x0a, 0x55));
    CHECK_EQ("foreground: pen 0 keeps the destination", 0x5a, one(&b, &as, WMS_BLIT_FOREGROUND_ONLY, 0, 0x0a, 0x55));
    CHECK_EQ("foreground: both transparent", 0x55, one(&b, &as, WMS_BLIT_FOREGROUND_ONLY, 0, 0x00, 0x55));
    CHECK_EQ("solid", 0x77, one(&b, &as, WMS_BLIT_SOLID, 0x77, 0x0a, 0x55));
    CHECK_EQ("solid foreground", 0x57,
             one(&b, &as, WMS_BLIT_SOLID | WMS_BLIT_FOREGROUND_ONLY, 0x77, 0x0a, 0x55));
    CHECK_EQ("no odd: low nibble kept", 0xad, one(&b, &as, WMS_BLIT_NO_ODD, 0, 0xab, 0xcd));
    CHECK_EQ("no even: high nibble kept", 0xcb, one(&b, &as, WMS_BLIT_NO_EVEN, 0, 0xab, 0xcd));
    CHECK_EQ("both masks: nothing", 0xcd, one(&b, &as, WMS_BLIT_NO_EVEN | WMS_BLIT_NO_ODD, 0, 0xab, 0xcd));
    /* the quirk: with foreground only, a masked pixel that is transparent
       in the source is written (as 0) */
    CHECK_EQ("no even + foreground, even pen 0", 0x0b,
             one(&b, &as, WMS_BLIT_NO_EVEN | WMS_BLIT_FOREGROUND_ONLY, 0, 0x0b, 0xcd));
    CHECK_EQ("no even + foreground, even pen 3", 0xcb,
             one(&b, &as, WMS_BLIT_NO_EVEN | WMS_BLIT_FOREGROUND_ONLY, 0, 0x3b, 0xcd));
    /* shift: one pixel right, the first pixel from 0 */
    ram[0x1000] = 0x12, ram[0x1001] = 0x34;
    go(&b, &as, WMS_BLIT_SHIFT, 0, 0x1000, 0x2000, 0x06, 0x05);
    CHECK_EQ("shift first", 0x01, ram[0x2000]);
    CHECK_EQ("shift second", 0x23, ram[0x2001]);
    /* the destination is read from video RAM, not the bus (ROM banked in) */
    ram[0x1000] = 0x0a;
    ram[0x2000] = 0x11;
    vram[0x2000] = 0x99;
    go(&b, &as, WMS_BLIT_FOREGROUND_ONLY, 0, 0x1000, 0x2000, 0x05, 0x05);
    CHECK_EQ("destination from video RAM", 0x9a, ram[0x2000]);
    as_free(&as);
}

static void test_window_and_state(void)
{
    address_space_t as;
    williams_blitter_t b;
    setup(&as);
    williams_blitter_init(&b, true, 0x7400);
    b.window_enable = 1;
    memset(ram + 0x1000, 0x66, 4);
    go(&b, &as, 0x00, 0, 0x1000, 0x73ff, 0x06, 0x05);
    CHECK_EQ("below the window", 0x66, ram[0x73ff]);
    CHECK_EQ("clipped at 7400", 0x00, ram[0x7400]);
    go(&b, &as, 0x00, 0, 0x1000, 0xd000, 0x05, 0x05);
    CHECK_EQ("C000 and up not clipped", 0x66, ram[0xd000]);
    state_io io;
    st_init_save(&io);
    williams_blitter_serialize(&b, &io);
    williams_blitter_t c;
    williams_blitter_init(&c, true, 0x7400);
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    williams_blitter_serialize(&c, &in);
    CHECK_EQ("state: registers", 0, memcmp(b.regs, c.regs, 8));
    CHECK_EQ("state: window", 1, c.window_enable);
    st_free(&io);
    as_free(&as);
}

int main(void)
{
    test_strides_and_sizes();
    test_pixel_modes();
    test_window_and_state();
    return check_report("test_williams_blitter");
}
