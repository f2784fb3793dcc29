/* .lay parsing (good, malformed, unknown elements), compositing exact
   pixels (screen add, overlay multiply, bezel alpha), lookup in folders and
   zips with the parent fallback. */
#include "../emu/romset_fixture.h"
#include "../check.h"

#include <stdlib.h>
#include <string.h>

#include "frontend/artwork.h"
#include "util/fileio.h"
#include "util/png.h"

static const char good_lay[] =
    "<?xml version=\"1.0\"?>\n"
    "<mamelayout version=\"2\">\n"
    "  <element name=\"gel\">\n"
    "    <rect><bounds x=\"0\" y=\"0\" width=\"1\" height=\"1\"/><color red=\"1\" green=\"0.125\" blue=\"0.125\"/></rect>\n"
    "    <rect><bounds x=\"1\" y=\"0\" width=\"1\" height=\"1\"/></rect>\n"
    "    <led7seg/>\n"
    "  </element>\n"
    "  <element name=\"frame\">\n"
    "    <rect><color red=\"0\" green=\"0\" blue=\"1\" alpha=\"0.5\"/></rect>\n"
    "    <rect state=\"1\"><color red=\"1\" green=\"1\" blue=\"1\"/></rect>\n"
    "  </element>\n"
    "  <param name=\"x\" value=\"1\"/>\n"
    "  <group name=\"g\"><element ref=\"gel\"/></group>\n"
    "  <view name=\"Artwork\">\n"
    "    <bezel element=\"frame\"><bounds x=\"3\" y=\"0\" width=\"1\" height=\"2\"/></bezel>\n"
    "    <overlay element=\"gel\"><bounds left=\"0\" top=\"0\" right=\"4\" bottom=\"2\"/></overlay>\n"
    "    <screen index=\"0\"><bounds x=\"0\" y=\"0\" width=\"4\" height=\"2\"/></screen>\n"
    "    <repeat count=\"3\"><element ref=\"gel\"/></repeat>\n"
    "  </view>\n"
    "  <view name=\"Two screens\">\n"
    "    <screen index=\"1\"><bounds x=\"0\" y=\"0\" width=\"4\" height=\"2\"/></screen>\n"
    "  </view>\n"
    "</mamelayout>\n";

static void test_good(void)
{
    fx_capture c;
    char err[512] = "";
    artwork *a = artwork_parse(good_lay, strlen(good_lay), "good.lay", NULL, NULL, fx_capture_begin(&c), err,
                               sizeof(err));
    const char *warn = fx_capture_end(&c);
    CHECK_TRUE(a != NULL);
    CHECK_CONTAINS(warn, "good.lay:6: <led7seg> is not supported, skipped");
    CHECK_CONTAINS(warn, "good.lay:12: <param> is not supported, skipped");
    CHECK_CONTAINS(warn, "good.lay:13: <group> is not supported, skipped");
    CHECK_CONTAINS(warn, "<repeat> is not supported, skipped");
    CHECK_CONTAINS(warn, "view \"Two screens\" shows a screen this system does not have");
    fx_capture_free(&c);
    if (!a)
        return;
    CHECK_TRUE(artwork_view_count(a) == 2);
    CHECK_TEXT(artwork_view_name(a, 0), "Artwork");
    CHECK_TRUE(artwork_find_view(a, NULL) == 0);
    CHECK_TRUE(artwork_find_view(a, "artwork") == 0);
    CHECK_TRUE(artwork_find_view(a, "Two screens") == -1);
    int w = 0, h = 0;
    CHECK_TRUE(artwork_view_size(a, 0, 4, 2, &w, &h) == 0 && w == 4 && h == 2);

    /* screen (add) -> overlay (multiply: left half the red gel, 1/0.125/0.125
       = 255/32/32) -> bezel (alpha 128, blue) on the right column. */
    const u32 screen[8] = { 0xffffff, 0x808080, 0xffffff, 0xffffff, 0x000000, 0xffffff, 0x123456, 0xffffff };
    const u32 expect[8] = { 0xff2020, 0x801010, 0xffffff, 0x7f7fff, 0x000000, 0xff2020, 0x123456, 0x7f7fff };
    u32 out[8];
    CHECK_TRUE(artwork_compose(a, 0, screen, 4, 2, out, 4, 2) == 0);
    for (int i = 0; i < 8; i++)
        CHECK(out[i] == expect[i], "pixel %d: got %06x, expected %06x", i, out[i], expect[i]);
    /* Twice the size: each pixel doubled; cached textures rebuilt. */
    u32 big[32];
    CHECK_TRUE(artwork_compose(a, 0, screen, 4, 2, big, 8, 4) == 0);
    CHECK_TRUE(big[0] == 0xff2020 && big[9] == 0xff2020 && big[2] == 0x801010 && big[7] == 0x7f7fff &&
          big[31] == 0x7f7fff && big[28] == 0x123456);
    CHECK_TRUE(artwork_compose(a, 0, screen, 4, 2, out, 4, 2) == 0 && out[1] == 0x801010);
    CHECK_TRUE(artwork_compose(a, 5, screen, 4, 2, out, 4, 2) == -1);
    artwork_free(a);
}

static void expect_error(const char *text, const char *needle)
{
    char err[512] = "";
    artwork *a = artwork_parse(text, strlen(text), "bad.lay", NULL, NULL, NULL, err, sizeof(err));
    CHECK_TRUE(a == NULL);
    CHECK_CONTAINS(err, needle);
    artwork_free(a);
}

static void test_malformed(void)
{
    expect_error("<mamelayout version=\"2\">\n<element name=\"a\">\n<rect>\n</element>\n", "bad.lay:4: mismatched tag");
    expect_error("<mamelayout version=\"1\"/>\n", "bad.lay:1: not a <mamelayout version=\"2\"> file");
    expect_error("<mamelayout version=\"2\">\n<view name=\"v\">\n<overlay element=\"nope\"/>\n</view>\n</mamelayout>\n",
                 "bad.lay:3: undefined element \"nope\"");
    expect_error("<mamelayout version=\"2\">\n<element name=\"a\"><rect><color red=\"2\"/></rect></element>\n</mamelayout>\n",
                 "bad.lay:2: bad colour value \"2\"");
    expect_error("<mamelayout version=\"2\">\n<view name=\"v\">\n<screen index=\"0\">\n<bounds x=\"0\" y=\"0\" "
                 "width=\"-1\" height=\"1\"/>\n</screen></view>\n</mamelayout>\n",
                 "bad.lay:4: bad bounds");
    expect_error("<mamelayout version=\"2\">\n<element name=\"a\"/>\n<element name=\"a\"/>\n</mamelayout>\n",
                 "bad.lay:3: element \"a\" is defined twice");
}

/* Backdrops only (more than one): backdrop alpha under the screen (add). */
static void test_backdrop_special_case(void)
{
    static const char lay[] =
        "<mamelayout version=\"2\">\n"
        "<element name=\"bd\"><rect><color red=\"0\" green=\"0.5\" blue=\"0\"/></rect></element>\n"
        "<view name=\"v\">\n"
        "<screen index=\"0\"><bounds x=\"0\" y=\"0\" width=\"2\" height=\"1\"/></screen>\n"
        "<backdrop element=\"bd\"><bounds x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></backdrop>\n"
        "<backdrop element=\"bd\"><bounds x=\"1\" y=\"0\" width=\"1\" height=\"1\"/></backdrop>\n"
        "</view></mamelayout>\n";
    char err[512];
    artwork *a = artwork_parse(lay, strlen(lay), "bd.lay", NULL, NULL, NULL, err, sizeof(err));
    CHECK_TRUE(a != NULL);
    if (!a)
        return;
    const u32 screen[2] = { 0x200000, 0xf0f0f0 };
    u32 out[2];
    CHECK_TRUE(artwork_compose(a, 0, screen, 2, 1, out, 2, 1) == 0);
    CHECK_TRUE(out[0] == 0x208000);           /* green 128 + screen red 0x20 */
    CHECK_TRUE(out[1] == 0xf0fff0);           /* green saturates */
    artwork_free(a);
}

static const char img_lay[] =
    "<mamelayout version=\"2\">\n"
    "<element name=\"ov\"><image file=\"ov.png\"/></element>\n"
    "<view name=\"Overlay\">\n"
    "<screen index=\"0\"><bounds x=\"0\" y=\"0\" width=\"2\" height=\"1\"/></screen>\n"
    "<overlay element=\"ov\"><bounds x=\"0\" y=\"0\" width=\"2\" height=\"1\"/></overlay>\n"
    "</view></mamelayout>\n";

static void check_img_artwork(artwork *a, const char *where)
{
    CHECK_TRUE(a != NULL);
    if (!a) {
        fprintf(stderr, "  (%s)\n", where);
        return;
    }
    CHECK_CONTAINS(artwork_source(a), where);
    const u32 screen[2] = { 0xffffff, 0xffffff };
    u32 out[2];
    CHECK_TRUE(artwork_compose(a, 0, screen, 2, 1, out, 2, 1) == 0);
    CHECK_TRUE(out[0] == 0xff0000 && out[1] == 0x00ff00);
    artwork_free(a);
}

static void test_lookup(void)
{
    char *root = fx_tempdir(), err[512];
    char *png = fx_path(root, "ov.png");
    const u32 pix[2] = { 0xff0000, 0x00ff00 };
    CHECK_TRUE(png_write_rgb(png, pix, 2, 1, err, sizeof(err)) == 0);
    u8 *pngbuf = NULL;
    size_t pnglen = 0;
    CHECK_TRUE(file_read_all(png, &pngbuf, &pnglen, 1 << 20, err, sizeof(err)) == 0);

    /* the parent's zip: cabt.zip with default.lay; the clone has nothing */
    char *art1 = fx_path(root, "art1");
    fx_mkdir(art1);
    char *zip = fx_path(art1, "cabt.zip");
    fx_file files[2] = { { "default.lay", (const u8 *)img_lay, strlen(img_lay) }, { "ov.png", pngbuf, pnglen } };
    CHECK_TRUE(fx_write_zip(zip, files, 2));
    const char *sets[2] = { "cabtc", "cabt" };
    char path[4096];
    snprintf(path, sizeof(path), "%s/nothing;%s", root, art1);
    check_img_artwork(artwork_find(path, sets, 2, stderr), "cabt.zip/default.lay");

    /* a folder art2/cabtc/cabtc.lay wins over default.lay and the parent */
    char *art2 = fx_path(root, "art2");
    fx_mkdir(art2);
    char *dir = fx_path(art2, "cabtc");
    fx_mkdir(dir);
    char *lay = fx_path(dir, "cabtc.lay"), *def = fx_path(dir, "default.lay"), *png2 = fx_path(dir, "ov.png");
    CHECK_TRUE(fx_write_file(lay, img_lay, strlen(img_lay)));
    CHECK_TRUE(fx_write_file(def, "<broken", 7));
    CHECK_TRUE(fx_write_file(png2, pngbuf, pnglen));
    snprintf(path, sizeof(path), "%s;%s", art2, art1);
    check_img_artwork(artwork_find(path, sets, 2, stderr), "cabtc/cabtc.lay");

    /* a broken file is dropped with file:line and the search goes on */
    CHECK_TRUE(fx_write_file(lay, "<mamelayout version=\"2\">\n<view>\n", 32));
    fx_capture c;
    artwork *a = artwork_find(path, sets, 2, fx_capture_begin(&c));
    const char *warn = fx_capture_end(&c);
    CHECK_CONTAINS(warn, "cabtc.lay:3:");
    CHECK_CONTAINS(warn, "default.lay:1:");
    check_img_artwork(a, "cabt.zip/default.lay");
    fx_capture_free(&c);

    /* nothing at all */
    CHECK_TRUE(artwork_find(root, sets, 2, NULL) == NULL);

    /* the bundled invaders overlay parses and tints the UFO band red */
    snprintf(path, sizeof(path), "%s/artwork/invaders/default.lay", CABINET_SOURCE_DIR);
    a = artwork_load_file(path, stderr, err, sizeof(err));
    CHECK_TRUE(a != NULL);
    if (a) {
        int w, h, v = artwork_find_view(a, NULL);
        CHECK_TRUE(v == 0 && artwork_view_size(a, v, 224, 256, &w, &h) == 0 && w == 224 && h == 256);
        u32 *scr = malloc(224 * 256 * 4), *out = malloc(224 * 256 * 4);
        for (int i = 0; i < 224 * 256; i++)
            scr[i] = 0xffffff;
        CHECK_TRUE(artwork_compose(a, v, scr, 224, 256, out, 224, 256) == 0);
        CHECK_TRUE(out[40 * 224 + 100] == 0xff2020);   /* UFO row: red */
        CHECK_TRUE(out[120 * 224 + 100] == 0xffffff);  /* invaders: white */
        CHECK_TRUE(out[200 * 224 + 100] == 0x20ff20);  /* shields: green */
        CHECK_TRUE(out[250 * 224 + 20] == 0x20ff20);   /* lives, bottom left: green */
        CHECK_TRUE(out[250 * 224 + 200] == 0xffffff);  /* credits, bottom right: white */
        free(scr);
        free(out);
        artwork_free(a);
    } else {
        fprintf(stderr, "%s\n", err);
    }

    free(pngbuf);
    free(png);
    free(png2);
    free(lay);
    free(def);
    free(dir);
    free(zip);
    free(art1);
    free(art2);
    fx_rmtree(root);
    free(root);
}

int main(void)
{
    test_good();
    test_malformed();
    test_backdrop_special_case();
    test_lookup();
    return check_report("test_artwork");
}
