/* Resistor networks against the values MAME 0.251 gives
   (compute_resistor_weights + combine_weights), see
   /work/shared/mame-oracle/README.md: Pac-Man's 82s123 network (1K, 470,
   220 ohms, no pull resistors) and Galaxian's (same, 470-ohm pull-down,
   scaled to 224). */
#include "video/palette.h"
#include "../check.h"

static const int ohms[3] = { 1000, 470, 220 };

static void check_levels(const char *what, const resnet_channel *c, const int *want, int bits)
{
    for (int i = 0; i < bits; i++) {
        char name[64];
        snprintf(name, sizeof(name), "%s bit %d", what, i);
        CHECK_EQ(name, want[i], resnet_level(c, 1u << i));
    }
}

int main(void)
{
    resnet_channel ch[3];
    /* Pac-Man */
    resnet_net pac[3] = { { 3, ohms, 0, 0 }, { 3, ohms, 0, 0 }, { 2, ohms + 1, 0, 0 } };
    s32 scale = resnet_compute(0, 255, -1.0, 3, pac, ch);
    static const int pac_rg[3] = { 0x21, 0x47, 0x97 }, pac_b[2] = { 0x51, 0xae };
    check_levels("pacman R", &ch[0], pac_rg, 3);
    check_levels("pacman G", &ch[1], pac_rg, 3);
    check_levels("pacman B", &ch[2], pac_b, 2);
    CHECK_EQ("pacman R all bits", 255, resnet_level(&ch[0], 7));
    CHECK_EQ("pacman B all bits", 255, resnet_level(&ch[2], 3));
    CHECK_EQ("pacman R bits 0+2 (rounded once)", 0xb8, resnet_level(&ch[0], 5));
    CHECK_EQ("pacman scale is 1.0", 65536, scale);
    CHECK_EQ("only the low bits count", resnet_level(&ch[2], 2), resnet_level(&ch[2], 0xfe));
    /* 16.16 weights: 1000 ohms alone is 255 * (1/1000) / (1/1000 + 1/470 + 1/220) */
    CHECK_EQ("pacman R weight 0 (16.16)", 2177953, ch[0].weight[0]);

    /* Galaxian: the pull-down lowers every level; one scale for all three */
    resnet_net gal[3] = { { 3, ohms, 470, 0 }, { 3, ohms, 470, 0 }, { 2, ohms + 1, 470, 0 } };
    resnet_compute(0, 224, -1.0, 3, gal, ch);
    static const int gal_rg[3] = { 29, 62, 133 }, gal_b[2] = { 69, 148 };
    check_levels("galaxian R", &ch[0], gal_rg, 3);
    check_levels("galaxian G", &ch[1], gal_rg, 3);
    check_levels("galaxian B", &ch[2], gal_b, 2);
    CHECK_EQ("galaxian R all bits", 224, resnet_level(&ch[0], 7));
    CHECK_EQ("galaxian B all bits", 217, resnet_level(&ch[2], 3));

    /* A fixed scaler, a pull-up, and a single network */
    static const int two[2] = { 1000, 1000 };
    resnet_net up = { 2, two, 0, 1000 };
    resnet_compute(0, 255, 1.0, 1, &up, ch);
    /* bit 0 high: 1K + pull-up (500 ohms) against 1K: 255 * 1000 / 1500 = 170 */
    CHECK_EQ("pull-up, bit 0", 170, resnet_level(&ch[0], 1));
    CHECK_EQ("pull-up, both bits (clamped to 255)", 255, resnet_level(&ch[0], 3));
    CHECK_EQ("pull-up, no bit (weights only, as MAME)", 0, resnet_level(&ch[0], 0));
    return check_report("test_resnet");
}
