/* Cabinet's Williams test sets (MAME's file names and sizes of robotron,
   joust, bubbles, splat, sinistar and stargate): a 6809 program for the
   main board and a 6808 one for the sound board, written with the helpers
   of asm.h.
     blitter_test program OUT.bin [BOARD]   main CPU: d000-ffff (sinistar: e000-),
                                    then the banked ROM 0000-8fff (region
                                    10000-18fff)
     blitter_test sound[_BOARD] FILE  sound ROM (f000-ffff)
     blitter_test proms FILE...     the decoder PROMs (512 bytes, zero)

   What the screen shows (raw lines 7-246, byte columns 3-148):
   - lines 10-25: the 16 pens as bars (palette RAM through the resistors)
   - lines 38-57: one cell per blitter mode, an 8x8 sprite with holes over
     a pen-3 square: copy, foreground only, solid, solid foreground, shift,
     shift foreground, no odd, no even, their foreground forms, slow, and
     both masks (nothing written)
   - lines 68-87: the sprite from the banked ROM (C900 bit 0), a screen to
     screen copy (source stride 256), a linear to linear copy into RAM
     shown again, SC1 size quirk cases (width register 4 -> 1 column, 0 ->
     4 columns, height register 4 -> one line)
   - lines 100-107: CMOS: 16 nibbles written and read back (the high
     nibble reads 1s), a boot counter, a cell never written (0)
   - column 96-99: pen 15, rewritten by every VA11 interrupt (bands)
   - column 110: a mark at each VA11 interrupt's video counter, column
     112 at COUNT240's; lines below each VA11 mark: a bar as long as the
     loops the handler spins until the counter moves (the IRQ's phase)
   - lines 200-207: a sprite moving one column a frame
   - lines 120-127: the input ports as PIA 0 and 1 read them each frame
     (Joust, Splat: PIA 0 A and B with CB2 high, then low: the LS157s)
   - Sinistar: RAM at d000 written and read back (lines 110-117), a fill
     across the clip window at 7400 (lines 150-159)
   - Stargate (no blitter): the bars, the squares and the moving sprite
     drawn by the CPU; no blitter cells
   The sound board plays a square wave whose half period follows the
   command's low 6 bits (commands at frames 30, 90, 150; 0 is silence). */
#include "asm.h"

typedef struct board {
    const char *name;
    int blitter, sc2, muxed, sinistar, defender;
    uint16_t code;          /* first ROM address of the fixed bank */
    uint16_t pia0, pia1, cmos, counter, watchdog;
} board;

#define LATER 0xc804, 0xc80c, 0xcc00, 0xcb00, 0xcbff
static const board boards[] = {
    { "robotron", 1, 0, 0, 0, 0, 0xd000, LATER }, { "joust", 1, 0, 1, 0, 0, 0xd000, LATER },
    { "bubbles", 1, 0, 0, 0, 0, 0xd000, LATER },  { "splat", 1, 1, 1, 0, 0, 0xd000, LATER },
    { "sinistar", 1, 0, 0, 1, 0, 0xe000, LATER }, { "stargate", 0, 0, 0, 0, 0, 0xd000, LATER },
    /* Defender: I/O in bank 0 of c000-cfff (PIA 1 first; c3ff is the video
       control, which MAME's map lets override the watchdog) */
    { "defender", 0, 0, 0, 0, 1, 0xd000, 0xcc04, 0xcc00, 0xc400, 0xc800, 0xc3ff },
};
static const board *B;

enum {
    FRAME = 0xa000, LINE = 0xa001, COUNT = 0xa002, RAMSPRITE = 0xa200,
    SPRITE = 0xf800, PALTAB = 0xf900, BANDTAB = 0xf910,
};

enum { L_FILL, L_FILLCOL, L_FILLLINE, L_COPY, L_COPYLINE, L_COPYBYTE, L_MUX, L_RESET, L_LOOP, L_WAIT, L_IRQ, L_NOVA11, L_DONE, L_SPIN, L_BAR, L_ZERO, L_PUT, L_SND1, L_SND2, L_SND3,
       L_SND4, L_SND5, L_SND6,
       /* sound */
       S_RESET, S_LOOP, S_DELAY, S_IRQ, S_SILENT, S_BYTE, S_BIT, S_ZERO, S_PUT };

static const uint8_t palette[16] = { 0x00, 0x07, 0x38, 0xc0, 0x3f, 0xc7, 0xf8, 0xff,
                                     0x05, 0x28, 0x80, 0x2d, 0x52, 0x9b, 0xe4, 0xff };
static const uint8_t bands[8] = { 0x07, 0x38, 0xc0, 0x3f, 0xc7, 0xf8, 0x49, 0x92 };

static uint16_t scr(int col, int line) { return (uint16_t)(col << 8 | line); }

/* blit with the sizes the program means; the SC1 wants them XORed with 4 */
static void blit_regs(uint8_t ctl, uint8_t solid, uint16_t src, uint16_t dst, uint8_t wreg, uint8_t hreg)
{
    lda_imm(solid);
    sta_ext(0xca01);        /* solid colour */
    ldd_imm(src);
    std_ext(0xca02);        /* source */
    ldd_imm(dst);
    std_ext(0xca04);        /* destination */
    ldd_imm((uint16_t)(wreg << 8 | hreg));
    std_ext(0xca06);        /* width, height */
    lda_imm(ctl);
    sta_ext(0xca00);        /* go: the CPU halts for the transfer */
}

/* the sizes the program means: the SC1 wants them XORed with 4; a board
   with no blitter fills and copies (linear source) with the CPU */
static void blit(uint8_t ctl, uint8_t solid, uint16_t src, uint16_t dst, int w, int h)
{
    if (B->blitter) {
        int x = B->sc2 ? 0 : 4;
        blit_regs(ctl, solid, src, dst, (uint8_t)(w ^ x), (uint8_t)(h ^ x));
        return;
    }
    ldb_imm((uint8_t)h);
    stb_ext(0xa010);        /* height */
    ldb_imm((uint8_t)w);
    ldu_imm(dst);
    if (ctl & 0x10) {
        lda_imm(solid);
        lbsr(L_FILL);
    } else {
        ldy_imm(src);
        lbsr(L_COPY);
    }
}

/* CPU fill: U = top left, A = byte, B = columns, (a010) = lines */
static void soft_routines(void)
{
    here(L_FILL);
    here(L_FILLCOL);
    tfr(R_U, R_X);
    pshs(PS_B);
    ldb_ext(0xa010);
    here(L_FILLLINE);
    sta_idx(PB_INC1(IX_X));
    decb();
    bne(L_FILLLINE);
    puls(PS_B);
    op_idx(0x33, 0xc9);     /* leau 256,u */
    word(0x0100);
    decb();
    bne(L_FILLCOL);
    rts();
    /* CPU copy: Y = linear source (B bytes a line), U = top left, (a010) = lines */
    here(L_COPY);
    stb_ext(0xa011);
    here(L_COPYLINE);
    tfr(R_U, R_X);
    ldb_ext(0xa011);
    here(L_COPYBYTE);
    lda_idx(PB_INC1(IX_Y));
    sta_idx(PB_ZERO(IX_X));
    leax_off16(0x100);      /* next column */
    decb();
    bne(L_COPYBYTE);
    op_idx(0x33, PB_OFF5(IX_U, 1)); /* leau 1,u: next line */
    dec_ext(0xa010);
    bne(L_COPYLINE);
    rts();
}

static void kick(void)
{
    lda_imm(0x39);
    sta_ext(0xcbff);        /* watchdog: only 39h counts */
}

static void main_program(void)
{
    org(B->code);
    soft_routines();
    here(L_RESET);
    lds_imm(0xbf00);
    clra();
    sta_ext(B->defender ? 0xd000 : 0xc900); /* video RAM readable at 0000-8fff; Defender: I/O at c000 */
    kick();
    /* palette */
    ldx_imm(PALTAB);
    ldu_imm(0xc000);
    for (int i = 0; i < 16; i++) {
        lda_idx(PB_INC1(IX_X));
        sta_idx(PB_INC1(IX_U));
    }
    /* clear the bitmap: two solid blits of 152 columns x 128 lines (RAM
       starts cleared: the CPU-drawn boards skip it) */
    if (B->blitter) {
        blit(0x12, 0x00, 0, scr(0, 0), 152, 128);
        blit(0x12, 0x00, 0, scr(0, 128), 152, 128);
    }
    /* pen bars */
    for (int i = 0; i < 16; i++)
        blit(0x12, (uint8_t)(i * 0x11), 0, scr(4 + 9 * i, 10), 8, 16);
    if (B->blitter) {
        /* blitter modes over pen-3 squares */
        static const uint8_t modes[12] = { 0x02, 0x0a, 0x12, 0x1a, 0x22, 0x2a, 0x42, 0x82, 0x4a, 0x8a, 0x06, 0xc2 };
        for (int i = 0; i < 12; i++) {
            blit(0x12, 0x33, 0, scr(4 + 12 * i, 38), 6, 20);
            blit(modes[i], 0x99, SPRITE, scr(5 + 12 * i, 44), 4, 8);
        }
        kick();
        /* the sprite from the banked ROM */
        lda_imm(1);
        sta_ext(0xc900);        /* ROM readable at 0000-8fff (and by the blitter) */
        blit(0x12, 0x33, 0, scr(4, 68), 6, 20);
        blit(0x0a, 0, 0x0000, scr(5, 74), 4, 8);
        blit(0x00, 0, 0x0000, RAMSPRITE, 4, 8);   /* linear to linear, into RAM */
        clra();
        sta_ext(0xc900);
        blit(0x12, 0x33, 0, scr(16, 68), 6, 20);
        blit(0x02, 0, RAMSPRITE, scr(17, 74), 4, 8);
        /* screen to screen: the foreground cell, strides 256 both ways */
        blit(0x03, 0, scr(16, 38), scr(28, 68), 6, 20);
        /* SC1 size registers taken as they are */
        blit(0x12, 0x33, 0, scr(40, 68), 6, 20);
        blit_regs(0x02, 0, SPRITE, scr(41, 74), 0x04, 0x0c);  /* 1 column x 8 lines */
        blit(0x12, 0x33, 0, scr(52, 68), 6, 20);
        blit_regs(0x02, 0, SPRITE, scr(53, 74), 0x00, 0x0c);  /* 4 columns x 8 lines */
        blit(0x12, 0x33, 0, scr(64, 68), 6, 20);
        blit_regs(0x02, 0, SPRITE, scr(65, 74), 0x00, 0x04);  /* 4 columns x 1 line */
        /* shift with a screen source, and solid foreground from the screen */
        blit(0x12, 0x33, 0, scr(76, 68), 6, 20);
        blit(0x23, 0, scr(5, 44), scr(77, 74), 4, 8);
        blit(0x12, 0x33, 0, scr(88, 68), 6, 20);
        blit(0x1b, 0xbb, scr(5, 44), scr(89, 74), 4, 8);
        kick();
    }
    /* CMOS: 16 nibbles written and read back */
    for (int i = 0; i < 16; i++) {
        lda_imm((uint8_t)(i * 0x11));
        sta_ext((uint16_t)(B->cmos + i));
        lda_ext((uint16_t)(B->cmos + i));
        ldx_imm(scr(10 + i, 100));
        for (int k = 0; k < 8; k++)
            sta_idx(PB_INC1(IX_X));
    }
    /* boot counter */
    lda_ext((uint16_t)(B->cmos + 0x20));
    anda_imm(0x0f);
    inca();
    sta_ext((uint16_t)(B->cmos + 0x20));
    lda_ext((uint16_t)(B->cmos + 0x20));
    ldx_imm(scr(30, 100));
    for (int k = 0; k < 8; k++)
        sta_idx(PB_INC1(IX_X));
    if (B->sinistar) {
        /* RAM at d000: a pattern written and read back */
        for (int i = 0; i < 8; i++) {
            lda_imm((uint8_t)(0x12 * i + 0x21));
            sta_ext((uint16_t)(0xd000 + i * 0x111));
            lda_ext((uint16_t)(0xd000 + i * 0x111));
            ldx_imm(scr(40 + i, 110));
            for (int k = 0; k < 8; k++)
                sta_idx(PB_INC1(IX_X));
        }
        /* the clip window: columns 70h-77h, clipped from 74h (address 7400) */
        lda_imm(0x04);
        sta_ext(0xc900);
        blit(0x12, 0x77, 0, scr(0x70, 150), 8, 10);
        clra();
        sta_ext(0xc900);
        blit(0x12, 0x55, 0, scr(0x70, 162), 8, 4);
    }
    if (B->defender) {
        /* the c000 window: ROM pages 1 (region 10000) and 7 (16000), page
           a (nothing: reads 0), then the I/O page again */
        static const uint8_t pages[3] = { 1, 7, 0x0a };
        for (int p = 0; p < 3; p++) {
            lda_imm(pages[p]);
            sta_ext(0xd000);
            for (int k = 0; k < 4; k++) {
                lda_ext((uint16_t)(0xc000 + k * 0x123));
                ldx_imm(scr(50 + p * 5 + k, 110));
                for (int j = 0; j < 8; j++)
                    sta_idx(PB_INC1(IX_X));
            }
        }
        clra();
        sta_ext(0xd000);
    }
    lda_ext((uint16_t)(B->cmos + 0x30));        /* never written */
    ldx_imm(scr(32, 100));
    for (int k = 0; k < 8; k++)
        sta_idx(PB_INC1(IX_X));
    /* pen 15 column */
    blit(0x12, 0xff, 0, scr(96, 0), 4, 128);
    blit(0x12, 0xff, 0, scr(96, 128), 4, 128);
    /* PIAs: 0 inputs; 1 A input with CA1 (COUNT240) rising IRQs, B output
       (sound) with CB1 (VA11) rising IRQs */
    clra();
    sta_ext((uint16_t)(B->pia0 + 1));
    sta_ext((uint16_t)(B->pia0 + 0));        /* DDR A: inputs */
    sta_ext((uint16_t)(B->pia0 + 3));
    sta_ext((uint16_t)(B->pia0 + 2));
    lda_imm(0x04);
    sta_ext((uint16_t)(B->pia0 + 1));
    sta_ext((uint16_t)(B->pia0 + 3));
    clra();
    sta_ext((uint16_t)(B->pia1 + 1));
    sta_ext((uint16_t)(B->pia1 + 0));
    sta_ext((uint16_t)(B->pia1 + 3));
    lda_imm(0xff);
    sta_ext((uint16_t)(B->pia1 + 2));        /* DDR B: outputs */
    lda_imm(0x07);
    sta_ext((uint16_t)(B->pia1 + 1));        /* IRQ on, rising edge, data */
    sta_ext((uint16_t)(B->pia1 + 3));
    lda_imm(0xff);
    sta_ext((uint16_t)(B->pia1 + 2));        /* no sound command */
    clr_ext(FRAME);
    andcc(0xef);            /* IRQs on */

    here(L_LOOP);
    lda_ext(FRAME);
    here(L_WAIT);
    cmpa_ext(FRAME);
    beq(L_WAIT);
    kick();
    /* moving sprite: clear the strip, draw at column 4 + (frame & 63) */
    blit(0x12, 0x00, 0, scr(4, 200), 72, 8);
    if (B->blitter) {
        int x = B->sc2 ? 0 : 4;
        lda_imm(0);
        sta_ext(0xca01);
        ldd_imm(SPRITE);
        std_ext(0xca02);
        lda_ext(FRAME);
        anda_imm(63);
        adda_imm(4);
        ldb_imm(200);
        std_ext(0xca04);
        ldd_imm((uint16_t)((4 ^ x) << 8 | (8 ^ x)));
        std_ext(0xca06);
        lda_imm(0x0a);
        sta_ext(0xca00);
    } else {
        ldb_imm(8);
        stb_ext(0xa010);
        lda_ext(FRAME);
        anda_imm(63);
        adda_imm(4);
        ldb_imm(200);
        tfr(R_D, R_U);
        ldy_imm(SPRITE);
        ldb_imm(4);
        lbsr(L_COPY);
    }
    /* the input ports, as bytes on lines 120-127 from column 40 */
    if (B->muxed) {
        for (int sel = 1; sel >= 0; sel--) {
            lda_imm(sel ? 0x3c : 0x34);
            sta_ext((uint16_t)(B->pia0 + 3));    /* CB2 out: the LS157s' select */
            lda_ext((uint16_t)(B->pia0 + 0));
            ldx_imm(scr(40 + 2 * (1 - sel), 120));
            for (int k = 0; k < 8; k++)
                sta_idx(PB_INC1(IX_X));
            lda_ext((uint16_t)(B->pia0 + 2));
            ldx_imm(scr(41 + 2 * (1 - sel), 120));
            for (int k = 0; k < 8; k++)
                sta_idx(PB_INC1(IX_X));
        }
    } else {
        lda_ext((uint16_t)(B->pia0 + 0));
        ldx_imm(scr(40, 120));
        for (int k = 0; k < 8; k++)
            sta_idx(PB_INC1(IX_X));
        lda_ext((uint16_t)(B->pia0 + 2));
        ldx_imm(scr(41, 120));
        for (int k = 0; k < 8; k++)
            sta_idx(PB_INC1(IX_X));
    }
    lda_ext((uint16_t)(B->pia1 + 0));
    ldx_imm(scr(45, 120));
    for (int k = 0; k < 8; k++)
        sta_idx(PB_INC1(IX_X));
    /* sound commands: frame 30: 08, 90: 04, 150: 00 (silence); ff between */
    static const struct { int frame, cmd; } cmds[6] = { { 30, 0x08 }, { 31, 0xff }, { 90, 0x04 },
                                                        { 91, 0xff }, { 150, 0x00 }, { 151, 0xff } };
    for (int i = 0; i < 6; i++) {
        lda_ext(FRAME);
        cmpa_imm((uint8_t)cmds[i].frame);
        bne(L_SND1 + i);
        lda_imm((uint8_t)cmds[i].cmd);
        sta_ext((uint16_t)(B->pia1 + 2));
        here(L_SND1 + i);
    }
    lbra(L_LOOP);

    here(L_IRQ);
    ldb_ext(B->counter);        /* video counter */
    stb_ext(LINE);
    lda_ext((uint16_t)(B->pia1 + 3));        /* CRB: bit 7 = VA11 edge */
    bpl(L_NOVA11);
    lda_ext((uint16_t)(B->pia1 + 2));        /* clears the flag */
    clra();
    here(L_SPIN);           /* loops until the counter moves */
    inca();
    cmpb_ext(B->counter);
    beq(L_SPIN);
    sta_ext(COUNT);
    lda_imm(110);
    tfr(R_D, R_X);
    lda_imm(0xee);
    sta_idx(PB_ZERO(IX_X)); /* mark at column 110, the counter's line */
    ldb_ext(LINE);
    addb_imm(2);
    lda_imm(114);
    tfr(R_D, R_X);
    ldb_imm(26);
    here(L_BAR);            /* bar of COUNT columns, 26 in all (the handler after line 224 then ends clear of line 246, where a write on its first cycles is drawn differently by MAME on some frames) */
    lda_ext(COUNT);
    beq(L_ZERO);
    deca();
    sta_ext(COUNT);
    lda_imm(0xcc);
    bra(L_PUT);
    here(L_ZERO);
    clra();
    here(L_PUT);
    sta_idx(PB_ZERO(IX_X));
    leax_off16(0x100);
    decb();
    bne(L_BAR);
    lda_ext(LINE);          /* pen 15 from the band table */
    lsra();
    lsra();
    lsra();
    lsra();
    lsra();
    anda_imm(7);
    ldx_imm(BANDTAB);
    lda_idx_a();
    sta_ext(0xc00f);
    here(L_NOVA11);
    lda_ext((uint16_t)(B->pia1 + 1));        /* CRA: bit 7 = COUNT240 edge */
    bpl(L_DONE);
    lda_ext((uint16_t)(B->pia1 + 0));
    inc_ext(FRAME);
    ldb_ext(LINE);
    lda_imm(112);
    tfr(R_D, R_X);
    lda_imm(0xdd);
    sta_idx(PB_ZERO(IX_X));
    lda_imm(0xff);
    sta_ext(0xc00f);        /* pen 15 white again */
    here(L_DONE);
    rti();

    /* data */
    org(SPRITE);
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x += 2) {
            int p0 = (x + y) % 4 == 0 ? 0 : (x * 3 + y) % 14 + 1;
            int p1 = (x + 1 + y) % 4 == 0 ? 0 : ((x + 1) * 3 + y) % 14 + 1;
            byte((uint8_t)(p0 << 4 | p1));
        }
    org(PALTAB);
    for (int i = 0; i < 16; i++)
        byte(palette[i]);
    org(BANDTAB);
    for (int i = 0; i < 8; i++)
        byte(bands[i]);
    org(0xfff8);
    word(L(L_IRQ));         /* IRQ */
    word(L(L_RESET));       /* SWI */
    word(L(L_RESET));       /* NMI */
    word(L(L_RESET));       /* RESET */
}

enum { PERIOD = 0x10, LEVEL = 0x11, BITS = 0x12 };

/* Sinistar's speech board: each command plays the first 2K of the speech
   ROM (b000) through the HC55516, a bit at a time, MSB first: CA2 (set/
   reset output) carries the bit, CB2 pulses the clock (rising edge). */
static void speech_program(void)
{
    org(0xf800);
    here(S_RESET);
    m68_lds_imm(0x007f);
    m68_clr_ext(0x0401);
    m68_ldaa_imm(0xff);
    m68_staa_ext(0x0400);   /* port A out: the DAC */
    m68_ldaa_imm(0x3c);
    m68_staa_ext(0x0401);   /* CA2 out, high */
    m68_ldaa_imm(0x80);
    m68_staa_ext(0x0400);   /* DAC at rest */
    m68_clr_ext(0x0403);
    m68_clr_ext(0x0402);
    m68_ldaa_imm(0x37);
    m68_staa_ext(0x0403);   /* CB2 out, low; CB1 rising edge IRQ */
    m68_clr_ext(PERIOD);
    m68_cli();
    here(S_LOOP);
    m68_ldaa_ext(PERIOD);
    m68_beq(S_LOOP);
    m68_clr_ext(PERIOD);
    m68_ldx_imm(0xb000);
    here(S_BYTE);
    m68_ldaa_x(0);
    m68_ldab_imm(8);
    m68_stab_ext(BITS);
    here(S_BIT);
    m68_asla();
    m68_bcc(S_ZERO);
    m68_ldab_imm(0x3c);     /* CA2 high: a 1 */
    m68_bra(S_PUT);
    here(S_ZERO);
    m68_ldab_imm(0x34);     /* CA2 low: a 0 */
    here(S_PUT);
    m68_stab_ext(0x0401);
    m68_ldab_imm(0x3f);
    m68_stab_ext(0x0403);   /* clock up: the bit is taken */
    m68_ldab_imm(0x37);
    m68_stab_ext(0x0403);   /* clock down */
    m68_dec_ext(BITS);
    m68_bne(S_BIT);
    m68_inx();
    m68_cpx_imm(0xb800);
    m68_bne(S_BYTE);
    m68_bra(S_LOOP);
    here(S_IRQ);
    m68_ldaa_ext(0x0402);
    m68_anda_imm(0x3f);
    m68_staa_ext(PERIOD);
    m68_rti();
    org(0xfff8);
    word(L(S_IRQ));
    word(L(S_RESET));
    word(L(S_RESET));
    word(L(S_RESET));
}

static void sound_program(void)
{
    org(0xf800);            /* Stargate's and Defender's ROM is 2K */
    here(S_RESET);
    m68_lds_imm(0x007f);
    m68_clr_ext(0x0401);    /* CRA: DDR */
    m68_ldaa_imm(0xff);
    m68_staa_ext(0x0400);   /* port A out: the DAC */
    m68_ldaa_imm(0x04);
    m68_staa_ext(0x0401);
    m68_clr_ext(0x0403);
    m68_clr_ext(0x0402);    /* port B in: the command */
    m68_ldaa_imm(0x07);
    m68_staa_ext(0x0403);   /* CB1 rising edge IRQ */
    m68_clr_ext(PERIOD);
    m68_clr_ext(LEVEL);
    m68_cli();
    here(S_LOOP);
    m68_ldab_ext(PERIOD);
    m68_beq(S_SILENT);
    m68_ldaa_ext(LEVEL);    /* square wave: flip the DAC */
    m68_coma();
    m68_staa_ext(LEVEL);
    m68_staa_ext(0x0400);
    here(S_DELAY);
    m68_decb();
    m68_bne(S_DELAY);
    m68_bra(S_LOOP);
    here(S_SILENT);
    m68_ldaa_imm(0x80);
    m68_staa_ext(0x0400);
    m68_bra(S_LOOP);
    here(S_IRQ);
    m68_ldaa_ext(0x0402);   /* the command; clears the flag */
    m68_anda_imm(0x3f);
    m68_staa_ext(PERIOD);
    m68_rti();
    org(0xfff8);
    word(L(S_IRQ));
    word(L(S_RESET));
    word(L(S_RESET));
    word(L(S_RESET));
}

/* the banked ROM: a sprite of its own at 0000, then a ramp */
static void make_banked(uint8_t *banked)
{
    for (size_t i = 0; i < 0x9000; i++)
        banked[i] = (uint8_t)(i * 7 + (i >> 8));
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 4; x++)
            banked[y * 4 + x] = (uint8_t)((x == y % 4 || x == 3 - y % 4) ? 0x00 : 0x11 * (1 + ((x + y) % 6)));
}

static void write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n || fclose(f)) {
        perror(path);
        exit(1);
    }
}

int main(int argc, char **argv)
{
    static uint8_t mem[0x10000], banked[0x9000];
    const char *name = argc >= 4 ? argv[3] : argc >= 2 && !strncmp(argv[1], "sound_", 6) ? argv[1] + 6 : NULL;
    B = &boards[0];
    for (size_t i = 0; name && i < sizeof(boards) / sizeof(boards[0]); i++)
        if (!strcmp(boards[i].name, name))
            B = &boards[i];
    if (argc >= 3 && !strcmp(argv[1], "program")) {
        memset(mem, 0xff, sizeof(mem));
        assemble(mem, main_program);
        make_banked(banked);
        FILE *f = fopen(argv[2], "wb");
        size_t fixed = 0x10000u - B->code;
        if (!f || fwrite(mem + B->code, 1, fixed, f) != fixed || fwrite(banked, 1, sizeof(banked), f) != sizeof(banked) ||
            fclose(f)) {
            perror(argv[2]);
            return 1;
        }
        return 0;
    }
    if (argc == 3 && !strncmp(argv[1], "sound", 5)) {
        memset(mem, 0xff, sizeof(mem));
        assemble(mem, B->sinistar ? speech_program : sound_program);
        if (!strcmp(B->name, "stargate") || B->defender)
            write_file(argv[2], mem + 0xf800, 0x800);
        else
            write_file(argv[2], mem + 0xf000, 0x1000);
        return 0;
    }
    if (argc == 13 && !strcmp(argv[1], "defender")) {
        /* Defender's files: d000 2K, d800 2K, e000 4K, f000 4K, then the
           pages at region 10000-12fff (2K each) and 16000 */
        static const struct { uint32_t at, size; } f[11] = {
            { 0xd000, 0x800 },   { 0xd800, 0x800 },   { 0xe000, 0x1000 },  { 0xf000, 0x1000 },
            { 0x10000, 0x800 },  { 0x10800, 0x800 },  { 0x11000, 0x800 },  { 0x11800, 0x800 },
            { 0x12000, 0x800 },  { 0x12800, 0x800 },  { 0x16000, 0x800 } };
        B = &boards[6];
        memset(mem, 0xff, sizeof(mem));
        assemble(mem, main_program);
        make_banked(banked);
        for (int i = 0; i < 11; i++)
            write_file(argv[2 + i], f[i].at < 0x10000 ? mem + f[i].at : banked + (f[i].at - 0x10000), f[i].size);
        return 0;
    }
    if (argc >= 3 && !strcmp(argv[1], "speech")) {
        /* a CVSD pattern: runs of 16 ones and 16 zeros (a triangle-like
           wave, one period every 32 bits), then runs of 8 (twice the pitch) */
        for (int i = 0; i < 0x1000; i++)
            mem[i] = i < 0x400 ? ((i >> 1) & 1 ? 0x00 : 0xff) : (i & 1 ? 0x00 : 0xff);
        write_file(argv[2], mem, 0x1000);
        memset(mem, 0, 0x1000);
        for (int i = 3; i < argc; i++)
            write_file(argv[i], mem, 0x1000);
        return 0;
    }
    if (argc >= 3 && !strcmp(argv[1], "blank4k")) {
        memset(mem, 0, 0x1000);
        for (int i = 2; i < argc; i++)
            write_file(argv[i], mem, 0x1000);
        return 0;
    }
    if (argc >= 3 && !strcmp(argv[1], "proms")) {
        memset(mem, 0, 0x200);
        for (int i = 2; i < argc; i++)
            write_file(argv[i], mem, 0x200);
        return 0;
    }
    fprintf(stderr, "usage: %s program OUT.bin | sound FILE | proms FILE...\n", argv[0]);
    return 2;
}
