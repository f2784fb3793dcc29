/* Bitmap writes in the middle of a frame on the Williams boards (no ROM set:
   a few 6809 instructions poked into blank ROMs). MAME draws each line as
   the beam reaches it, so a write shows in the current frame only on rows
   the beam has not reached yet. The program, once the video counter reads
   60h, rewrites a pen (which draws the lines reached); at 80h it writes
   pen 15 to column 20h on three rows: 40h (drawn at the pen write), 70h
   (reached since, not drawn yet) and c0h (below the beam). In that frame
   only row c0h may show it; in the next one all three do. */
#include "drivers/drivers.h"
#include "emu/machine.h"

#include "../check.h"

static const u8 program[] = {
    0x86, 0xff, 0xb7, 0xc0, 0x0f,       /* LDA #$FF; STA $C00F: pen 15 white */
    0xb6, 0xcb, 0x00, 0x81, 0x60, 0x26, 0xf9, /* wait for line 60h */
    0x86, 0x07, 0xb7, 0xc0, 0x01,       /* STA $C001: a pen write */
    0xb6, 0xcb, 0x00, 0x81, 0x80, 0x26, 0xf9, /* wait for line 80h */
    0x86, 0xff, 0xb7, 0x20, 0x40, 0xb7, 0x20, 0x70, 0xb7, 0x20, 0xc0,
    0x20, 0xfe,                         /* BRA * */
};

static machine_t *make(const char *name)
{
    region_list regions = { 0 };
    mem_region *r = region_add(&regions, "maincpu", 0x19000, 0);
    region_add(&regions, "soundcpu", 0x10000, 0);
    if (r) {
        memcpy(r->data + 0xd000, program, sizeof(program));
        r->data[0xfffe] = 0xd0, r->data[0xffff] = 0x00;
    }
    char err[256];
    machine_t *m = machine_create(driver_find(name), &regions, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create %s: %s\n", name, err);
    return m;
}

/* The pixel of raw line `row`, column 20h's first pixel. */
static u16 pixel(machine_t *m, int row)
{
    const screen_config *sc = &m->config->screen;
    return bitmap_row(&m->bitmap, row - sc->vbend)[0x40 - sc->hbend];
}

static void test_board(const char *name)
{
    machine_t *m = make(name);
    if (!m) {
        CHECK(0, "%s", name);
        return;
    }
    int frame = -1;
    for (int f = 0; f < 4 && frame < 0; f++) {
        machine_run_frame(m);
        if (pixel(m, 0xc0))
            frame = f;
    }
    CHECK(frame >= 0, "%s: the write to row c0h never shows", name);
    CHECK_EQ("row c0h, below the beam: this frame", 0xff, pixel(m, 0xc0));
    CHECK_EQ("row 40h, drawn already: next frame", 0, pixel(m, 0x40));
    CHECK_EQ("row 70h, reached, not drawn: next frame", 0, pixel(m, 0x70));
    machine_run_frame(m);
    CHECK_EQ("row 40h, next frame", 0xff, pixel(m, 0x40));
    CHECK_EQ("row 70h, next frame", 0xff, pixel(m, 0x70));
    CHECK_EQ("row c0h, next frame", 0xff, pixel(m, 0xc0));
    machine_destroy(m);
}

int main(void)
{
    test_board("stargate");
    test_board("robotron");
    test_board("defender");
    return check_report("test_williams_midframe");
}
