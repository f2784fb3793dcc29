/* Radar Scope's background, grid and stars: see radarscp_video.h. */
#include "video/radarscp_video.h"

#include "util/f64bits.h"
#include "video/resnet.h"

#include <math.h>
#include <string.h>

#define VTOTAL 264
/* pen 0 of every tile colour is the tri-stated PROMs' black */
#define RADARSCP_TRISTATE_BLACK 1
#define HTOTAL 384
/* the star flip-flop's half period in dots: 6.144 MHz x 33 nF x 68K / 3,
   in integers as the board's count is reckoned */
#define STAR_HALF_PERIOD ((int)(((s64)6144000 * (33 * 68)) / 10000000 / 3))

/* The CD4049 used as an amplifier: 1 at x <= 0, falling as exp(-a x^b). */
static double cd4049(const radarscp_video *v, double x)
{
    return x > 0 ? exp(-v->k_a * pow(x, v->k_b)) : 1.0;
}

static bool grid_high(const radarscp_video *v, double y)
{
    return cd4049(v, cd4049(v, y)) > 2.4 / 5.0;
}

/* the fraction of the way an RC node does not go in one line */
static double rc_keep(double rc)
{
    const double line_time = 1. / 60. / (double)VTOTAL;
    return exp(0.0 - (1.0 / rc * line_time));
}

/* one line of an RC node towards `target` */
static double rc_step(double node, double target, double keep)
{
    double d = target - node;
    d = d - d * keep;
    return node + d;
}

void radarscp_video_init(radarscp_video *v, const u8 *table, int table_len)
{
    const double v_low = 1.5 / 5.0, v_high = 3.5 / 5.0, edge = 0.01;
    v->k_b = (log(0.0 - log(edge)) - log(0.0 - log(1.0 - edge))) / log(v_high / v_low);
    v->k_a = log(0.0 - log(edge)) - v->k_b * log(v_high);
    v->e_rc1 = rc_keep(2.2e3 * 22e-6);
    v->e_rc2 = rc_keep(10e3 * 33e-6);
    v->e_rc31 = rc_keep(18e3 * 33e-6);
    v->e_rc32 = rc_keep((18e3 + 68e3) * 33e-6);
    v->e_rc4 = rc_keep(90e3 * 0.47e-6);
    /* 33 uF into 10K || 20K */
    v->e_rc17 = rc_keep(33e-6 * 1e3 * (0 * 4.7 + 1.0 / (1.0 / 10.0 + 1.0 / 20.0 + 0.0 / 0.3)));
    v->table = table;
    v->table_len = table_len;
    v->rng = 0x13579bdfu;
    memset(v->memo, 0, sizeof(v->memo));
    /* The grid comparator, cd4049(cd4049(y)) > 0.48, rises with y (the
       inverter falls): its switching input by bisection on the same
       functions. */
    double lo = 0, hi = 4;
    for (int i = 0; i < 200 && lo < hi; i++) {
        double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi)
            break;
        if (grid_high(v, mid))
            hi = mid;
        else
            lo = mid;
    }
    v->grid_y0 = hi;
}

/* one step of the circuits at the start of raw line `line` */
static void radarscp_step(radarscp_video *v, int line, bool snd02, bool grid_on)
{
    if (line == 0) {
        v->sig30hz ^= 1;
        if (v->sig30hz) {
            v->rng ^= v->rng << 13; /* xorshift32 */
            v->rng ^= v->rng >> 17;
            v->rng ^= v->rng << 5;
            v->noise = v->rng >> 31;
        }
    }
    v->rflip = (u8)(snd02 & v->noise);

    /* the blue background: 128V (line count offset as on the monitor) */
    int lc = line + 249;
    if (lc > 511)
        lc -= VTOTAL;
    int sig = v->rflip ^ (lc >> 7 & 1);
    struct radarscp_memo *m = &v->memo[(unsigned)line % VTOTAL];
    const double in[6] = { v->cv1, v->cv2, v->vg1, v->vg2, v->vg3, v->vc17 };
    if (m->valid && m->sig == sig && f64_same_bits(m->in, in, 6)) {
        v->cv1 = m->out[0];
        v->cv2 = m->out[1];
        v->vg1 = m->out[2];
        v->vg2 = m->out[3];
        v->vg3 = m->out[4];
        v->vc17 = m->out[5];
        v->blue_level = m->blue_level;
    } else {
        v->cv1 = rc_step(v->cv1, sig ? 0.0 : 4.8, v->e_rc1);
        v->cv2 = rc_step(v->cv2, v->cv1 - v->vg1, v->e_rc2);
        /* the first inverter with its 75K/10K feedback, solved by iteration */
        for (int j = 1; j <= 11; j++) {
            double f = (double)j / 100.0;
            v->vg1 = (v->cv1 - v->cv2) * (1 - f) + f * v->vg2;
            v->vg2 = 5 * cd4049(v, v->vg1 / 5);
        }
        /* the second, equal resistors */
        for (int j = 10; j <= 20; j++) {
            double f = (double)j / 40.0;
            double in2 = (1.0 - f) * v->vg2 + f * v->vg3;
            v->vg3 = 5 * cd4049(v, in2 / 5);
        }
        v->vc17 = rc_step(v->vc17, v->vg3, v->e_rc17);
        double out = v->vg3 - v->vc17;
        out = out + 20.0 / (20.0 + 10.0) * 5;
        v->blue_level = (u8)(int)(out / 5.0 * 255); /* an 8-bit level: it wraps */
        memcpy(m->in, in, sizeof(in));
        m->out[0] = v->cv1;
        m->out[1] = v->cv2;
        m->out[2] = v->vg1;
        m->out[3] = v->vg2;
        m->out[4] = v->vg3;
        m->out[5] = v->vc17;
        m->sig = sig;
        m->blue_level = v->blue_level;
        m->valid = true;
    }

    /* the grid oscillator */
    if (grid_on)
        v->cv3 = rc_step(v->cv3, 0.0, v->e_rc32);
    else
        v->cv3 = rc_step(v->cv3, 5.0, v->e_rc31);
    v->cv4 = rc_step(v->cv4, v->vg2 - 0.8 * v->cv3, v->e_rc4);
    /* Away from the switching input (by far more than the libm calls'
       rounding could move it) the comparison is known; near it, and for a
       NaN, worked out. */
    double y = (v->vg2 - v->cv4) / 5.0;
    if (y < v->grid_y0 * (1 - 1e-9))
        v->grid_sig = 1;
    else if (y > v->grid_y0 * (1 + 1e-9))
        v->grid_sig = 0;
    else
        v->grid_sig = !grid_high(v, y);

    /* the star flip-flop */
    v->pixelcnt += HTOTAL;
    if (v->pixelcnt > STAR_HALF_PERIOD) {
        v->star_ff ^= 1;
        v->pixelcnt -= STAR_HALF_PERIOD;
    }
}

void radarscp_video_line(radarscp_video *v, int line, bool flip, bool snd02, bool grid_on, int grid_col)
{
    radarscp_step(v, line, snd02, grid_on);
    if (line <= RADARSCP_VIS_FIRST || line >= RADARSCP_VIS_FIRST + RADARSCP_VIS_LINES)
        v->counter = 0;
    u16 blue = (u16)(RADARSCP_PEN_BLUE + v->blue_level);
    int row = line - RADARSCP_VIS_FIRST;
    bool visible = row >= 0 && row < RADARSCP_VIS_LINES;
    int ndots = 0;
    if (visible)
        v->row_blue[row] = blue;
    if (!v->table) {
        if (visible)
            v->row_ndots[row] = 0;
        return;
    }
    int half = (flip ^ v->rflip) ? 0x000 : 0x400;
    /* the entries met along the line: x strictly rising, within the line */
    int next_x = 0;
    while (v->counter < v->table_len) {
        u8 e = v->table[v->counter | half];
        int x = 4 * (e & 0x7f);
        if (x < next_x || x >= HTOTAL)
            break;
        u16 pen = blue;
        if (v->star_ff && (e & 0x80))
            pen = RADARSCP_PEN_STAR;
        else if (v->grid_sig && !(e & 0x80))
            pen = (u16)(RADARSCP_PEN_GRID + grid_col);
        if (visible && x < 256 && pen != blue) {
            v->row_dot_x[row][ndots] = (u8)x;
            v->row_dot_pen[row][ndots] = pen;
            ndots++;
        }
        v->counter++;
        next_x = x + 1;
    }
    if (visible)
        v->row_ndots[row] = (u8)ndots;
    /* entries beyond the line's end are passed over */
    while (v->counter < v->table_len && HTOTAL < 4 * (v->table[v->counter | half] & 0x7f))
        v->counter++;
}

void radarscp_video_draw(const radarscp_video *v, bitmap_ind16 *bm, const rect_t *clip)
{
    int x0 = clip->min_x < 0 ? 0 : clip->min_x, x1 = clip->max_x < 255 ? clip->max_x : 255;
    for (int y = clip->min_y; y <= clip->max_y; y++) {
        if (y < 0 || y >= RADARSCP_VIS_LINES)
            continue;
        u16 *p = bitmap_row(bm, y);
        const u16 blue = v->row_blue[y];
        for (int x = x0; x <= x1; x++)
            p[x] = (p[x] & 3) ? p[x] : blue;
        /* a dot shows where the line shows the background: tiles' and
           sprites' pens are below the blue ones */
        for (int i = 0; i < v->row_ndots[y]; i++) {
            int dx = v->row_dot_x[y][i];
            if (dx >= x0 && dx <= x1 && p[dx] == blue)
                p[dx] = v->row_dot_pen[y][i];
        }
    }
}

/* MAME's compute_res_net networks of the TRS-02 board (the MB7052 PROMs
   are open collector) */
static const resnet_info rs_tiles = {
    RESNET_VIN_TTL_OUT, RESNET_VBIAS_TTL, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 470, 0, 3, { 1000, 470, 220 } },
      { RESNET_AMP_DARLINGTON, 470, 0, 3, { 1000, 470, 220 } },
      { RESNET_AMP_EMITTER, 680, 0, 2, { 470, 220 } } },
};
static const resnet_info rs_tristate = {
    RESNET_VIN_TTL_OUT, RESNET_VBIAS_TTL, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 470, 4700, 0, { 0 } },
      { RESNET_AMP_DARLINGTON, 470, 4700, 0, { 0 } },
      { RESNET_AMP_EMITTER, 470, 4700, 0, { 0 } } },
};
static const resnet_info rs_star = {
    RESNET_VIN_TTL_OUT, RESNET_VBIAS_5V, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 4700, 470, 0, { 0 } },
      { RESNET_AMP_DARLINGTON, 1, 0, 0, { 0 } },
      { RESNET_AMP_EMITTER, 1, 0, 0, { 0 } } },
};
static const resnet_info rs_blue = {
    RESNET_VIN_VCC, RESNET_VBIAS_5V, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 470, 4700, 0, { 0 } },
      { RESNET_AMP_DARLINGTON, 470, 4700, 0, { 0 } },
      { RESNET_AMP_EMITTER, 0, 0, 8, { 128, 64, 32, 16, 8, 4, 2, 1 } } },
};
static const resnet_info rs_grid = {
    RESNET_VIN_TTL_OUT, RESNET_VBIAS_5V, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 0, 0, 1, { 1 } },
      { RESNET_AMP_DARLINGTON, 0, 0, 1, { 1 } },
      { RESNET_AMP_EMITTER, 0, 0, 1, { 1 } } },
};

void radarscp_video_palette(palette_t *pal, const u8 *prom)
{
    for (int i = 0; i < 256; i++) {
        u8 k = prom ? prom[i] : 0, j = prom ? prom[0x100 + i] : 0;
        int r = j >> 1 & 7, g = (j << 2 & 4) | (k >> 2 & 3), b = k & 3;
        const resnet_info *net = &rs_tiles;
        if (RADARSCP_TRISTATE_BLACK && !(i & 3)) {
            net = &rs_tristate;
            r = g = b = 1;
        }
        palette_set_color(pal, i, (u8)resnet_net_level(r, 0, net), (u8)resnet_net_level(g, 1, net),
                          (u8)resnet_net_level(b, 2, net));
    }
    palette_set_color(pal, RADARSCP_PEN_STAR, (u8)resnet_net_level(1, 0, &rs_star),
                      (u8)resnet_net_level(0, 1, &rs_star), (u8)resnet_net_level(0, 2, &rs_star));
    for (int i = 0; i < 256; i++)
        palette_set_color(pal, RADARSCP_PEN_BLUE + i, (u8)resnet_net_level(0, 0, &rs_blue),
                          (u8)resnet_net_level(0, 1, &rs_blue), (u8)resnet_net_level(i, 2, &rs_blue));
    for (int i = 0; i < 8; i++)
        palette_set_color(pal, RADARSCP_PEN_GRID + i, (u8)resnet_net_level(i & 1, 0, &rs_grid),
                          (u8)resnet_net_level(i >> 1 & 1, 1, &rs_grid), (u8)resnet_net_level(i >> 2 & 1, 2, &rs_grid));
    palette_normalize_range(pal, 0, RADARSCP_PEN_GRID + 7, 0, 255);
}

void radarscp_video_serialize(radarscp_video *v, state_io *io)
{
    st_f64(io, &v->cv1);
    st_f64(io, &v->cv2);
    st_f64(io, &v->vg1);
    st_f64(io, &v->vg2);
    st_f64(io, &v->vg3);
    st_f64(io, &v->vc17);
    st_f64(io, &v->cv3);
    st_f64(io, &v->cv4);
    st_int(io, &v->blue_level);
    st_u8(io, &v->sig30hz);
    st_u8(io, &v->noise);
    st_u8(io, &v->rflip);
    st_u8(io, &v->grid_sig);
    st_u8(io, &v->star_ff);
    st_int(io, &v->counter);
    st_int(io, &v->pixelcnt);
    st_u32(io, &v->rng);
    /* a hand-made state: the nodes stay volts (the chain only moves towards
       its supply range, and the blue level's conversion needs them finite),
       the level a pen offset, the counters in their ranges */
    const double nodes[8] = { v->cv1, v->cv2, v->vg1, v->vg2, v->vg3, v->vc17, v->cv3, v->cv4 };
    for (int i = 0; i < 8; i++)
        st_check(io, nodes[i] >= -100.0 && nodes[i] <= 100.0);
    st_check(io, v->blue_level >= 0 && v->blue_level <= 255);
    st_check(io, v->counter >= 0 && v->counter <= v->table_len);
    st_check(io, v->pixelcnt >= 0 && v->pixelcnt <= STAR_HALF_PERIOD + HTOTAL);
}
