/* gfx_draw's additions: transparency by colour through the palette's
   indirection, gfx_widen, horizontal scaling and the priority mask. */
#include <stdlib.h>
#include <string.h>

#include "video/gfx.h"
#include "../check.h"

/* gfx_draw against a pixel-by-pixel reference: flips (through the
   mirrored copy and without it), clips, and the three kinds of
   transparency (none, one pen, a mask). */
static void test_draw_reference(void)
{
    u32 seed = 99;
    gfx_element g = { 16, 16, 4, 4, 8, 3, malloc(4 * 256), NULL };
    for (int i = 0; i < 4 * 256; i++) {
        seed = seed * 1103515245u + 12345u;
        g.data[i] = (u8)(seed >> 16 & 3);
    }
    gfx_element plain = g; /* the same pixels, no mirrored copy */
    CHECK_EQ("widen by 1 changes nothing", 0, gfx_widen(&g, 1));
    g.data = malloc(4 * 256);
    memcpy(g.data, plain.data, 4 * 256);
    CHECK_EQ("widen by 2", 0, gfx_widen(&g, 2));
    CHECK_TRUE(g.data_flipx != NULL);
    gfx_element wide_plain = { 32, 16, 4, 4, 8, 3, g.data, NULL };
    bitmap_ind16 a, b;
    bitmap_alloc(&a, 40, 30);
    bitmap_alloc(&b, 40, 30);
    static const u32 masks[] = { 0, 1, 1u << 2, 0x5, 0xe };
    static const rect_t clips[] = { { 0, 39, 0, 29 }, { 5, 20, 3, 9 }, { 10, 10, 7, 7 } };
    int bad = 0;
    for (int k = 0; k < 400; k++) {
        seed = seed * 1103515245u + 12345u;
        u32 r = seed >> 8;
        u32 code = r % 5, color = r / 5 % 4, mask = masks[r / 20 % 5];
        bool fx = r >> 10 & 1, fy = r >> 11 & 1;
        int sx = (int)(r >> 12 % 64) % 60 - 20, sy = (int)(r >> 18) % 40 - 10;
        const rect_t *clip = &clips[k % 3];
        for (int i = 0; i < 40 * 30; i++)
            a.pix[i] = b.pix[i] = (u16)i;
        const gfx_element *e = k % 2 ? &g : &plain;
        const gfx_element *ref = k % 2 ? &wide_plain : &plain;
        gfx_draw(&a, clip, e, code, color, fx, fy, sx, sy, mask);
        /* the reference */
        const u8 *src = ref->data + (size_t)(code % 4) * (size_t)(ref->width * ref->height);
        u16 base = (u16)(8 + 4 * (color % 3));
        for (int y = 0; y < ref->height; y++)
            for (int x = 0; x < ref->width; x++) {
                int dx = sx + x, dy = sy + y;
                if (dx < clip->min_x || dx > clip->max_x || dy < clip->min_y || dy > clip->max_y)
                    continue;
                u8 v = src[(fy ? ref->height - 1 - y : y) * ref->width + (fx ? ref->width - 1 - x : x)];
                if (!(mask >> v & 1))
                    b.pix[dy * 40 + dx] = (u16)(base + v);
            }
        for (int i = 0; i < 40 * 30; i++)
            bad += a.pix[i] != b.pix[i];
    }
    CHECK_EQ("gfx_draw as the per-pixel reference", 0, bad);
    bitmap_free(&a);
    bitmap_free(&b);
    gfx_free(&g);
    gfx_free(&plain);
}

int main(void)
{
    test_draw_reference();
    /* one 4x2 element, pixel values 0 1 2 3 / 3 2 1 0, 4 pens per colour */
    gfx_element g = { 4, 2, 1, 4, 0, 2, malloc(8), NULL };
    static const u8 pix[8] = { 0, 1, 2, 3, 3, 2, 1, 0 };
    for (int i = 0; i < 8; i++)
        g.data[i] = pix[i];

    /* transparency by colour: colour code 1's pens 5 and 7 show colour 0 */
    palette_t pal;
    palette_alloc(&pal, 4, 8);
    palette_set_pen_color(&pal, 5, 0);
    palette_set_pen_color(&pal, 6, 2);
    palette_set_pen_color(&pal, 7, 0);
    palette_set_pen_color(&pal, 4, 3);
    CHECK_EQ("transmask of colour 1 for colour 0", 0x0a, gfx_transmask_color(&pal, &g, 1, 0));
    CHECK_EQ("transmask of colour 0 for colour 0 (all pens default to 0)", 0x0f, gfx_transmask_color(&pal, &g, 0, 0));

    bitmap_ind16 bm;
    bitmap_alloc(&bm, 16, 2);
    bitmap_fill(&bm, NULL, 99);
    gfx_draw_transcolor(&bm, NULL, &g, &pal, 0, 1, false, false, 0, 0, 0);
    CHECK_EQ("pixel 0 (pen 4) drawn", 4, bm.pix[0]);
    CHECK_EQ("pixel 1 (pen 5, colour 0) not drawn", 99, bm.pix[1]);
    CHECK_EQ("pixel 2 (pen 6) drawn", 6, bm.pix[2]);
    CHECK_EQ("pixel 3 (pen 7, colour 0) not drawn", 99, bm.pix[3]);

    /* horizontal scale 3, flipped, clipped at x 10 */
    bitmap_fill(&bm, NULL, 99);
    rect_t clip = { 0, 10, 0, 1 };
    gfx_draw_ex(&bm, &clip, &g, &(gfx_params){ .code = 0, .color = 0, .flipx = true, .sx = 1, .xscale = 3 });
    static const u16 want[16] = { 99, 3, 3, 3, 2, 2, 2, 1, 1, 1, 0, 99, 99, 99, 99, 99 };
    int bad = 0;
    for (int x = 0; x < 16; x++)
        bad += bm.pix[x] != want[x];
    CHECK_EQ("3x wide, flipped, clipped", 0, bad);
    CHECK_EQ("second row, 3x wide, flipped", 1, bm.pix[16 + 4]);

    /* priority: pixels land only where the pmask bit of pri is clear */
    bitmap_ind8 pri;
    bitmap8_alloc(&pri, 16, 2);
    pri.pix[0] = 1;
    pri.pix[1] = 2;
    bitmap_fill(&bm, NULL, 99);
    gfx_draw_ex(&bm, NULL, &g, &(gfx_params){ .code = 0, .color = 0, .sx = 0, .transmask = 0, .pri = &pri,
                                              .pmask = 1u << 2 });
    CHECK_EQ("pri 1, pmask bit 1 clear: drawn", 0, bm.pix[0]);
    CHECK_EQ("pri 2, pmask bit 2 set: hidden", 99, bm.pix[1]);
    CHECK_EQ("pri becomes 31 where drawn", 31, pri.pix[0]);
    CHECK_EQ("pri becomes 31 where hidden too", 31, pri.pix[1]);
    CHECK_EQ("pri untouched outside the element", 0, pri.pix[4]);

    /* gfx_widen: each pixel three wide; drawing it equals drawing at scale 3 */
    CHECK_EQ("widen", 0, gfx_widen(&g, 3));
    CHECK_EQ("widened width", 12, g.width);
    bitmap_fill(&bm, NULL, 99);
    gfx_draw(&bm, &clip, &g, 0, 0, true, false, 1, 0, 0);
    bad = 0;
    for (int x = 0; x < 16; x++)
        bad += bm.pix[x] != want[x];
    CHECK_EQ("widened element drawn flipped and clipped", 0, bad);

    bitmap8_free(&pri);
    bitmap_free(&bm);
    palette_free(&pal);
    gfx_free(&g);
    return check_report("test_gfx");
}
