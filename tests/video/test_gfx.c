/* gfx_draw's additions: transparency by colour through the palette's
   indirection, gfx_widen, horizontal scaling and the priority mask. */
#include <stdlib.h>

#include "video/gfx.h"
#include "../check.h"

int main(void)
{
    /* one 4x2 element, pixel values 0 1 2 3 / 3 2 1 0, 4 pens per colour */
    gfx_element g = { 4, 2, 1, 4, 0, 2, malloc(8) };
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
