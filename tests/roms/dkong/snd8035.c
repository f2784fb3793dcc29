/* snd8035 (part of dkgen): writes the sound CPU program of Cabinet's Donkey Kong sound test
   set (s_3i_b.bin, 2K; s_3j_b.bin, the 2K tune ROM, here FFh). Debian has no
   MCS-48 assembler, so the program is built here through one helper per
   instruction, listed like assembly.
     dkgen sound8035 OUT_3I OUT_3J
   What it does (an 8035 at 6 MHz: 2.5 us a machine cycle):
     P2 = C0h (bit 7: no DAC decay, bit 6: the bus reads the command latch)
     loop: read the command (MOVX: its low nibble, inverted by the latch
           wiring, so XRL 0Fh); 0: DAC at 80h, P2 bit 4 low (status 0)
           n (1-15): a square wave on P1 (E0h / 20h), half period from
           table[n & 7] x 2 cycles (+ 8 cycles of loop), halved while T0
           is low (the 6H latch's Q5 set by the main CPU); n >= 8 starts
           with P2 bit 7 low: the DAC decays as exp(-t / 0.1 s); P2 bit 4
           high while playing (the main CPU reads it as IN2 bit 6 low);
           each period the command is read again, a new one restarts.
   A period is 4 x count + 24 cycles: 400 kHz / (4 n + 24), 390 Hz for
   250 ... 1429 Hz for 64. */
#include <string.h>

#include "romtool.h"
#include "snd8035.h"

static unsigned char rom[2048];
static int pc;

static void emit(int b) { rom[pc++] = (unsigned char)b; }
static void org(int a) { pc = a; }

/* ---- instructions (MCS-48 encodings) ---- */
static void nop(void) { emit(0x00); }
static void jmp(int a) { emit(0x04 | (a >> 3 & 0xe0)); emit(a & 0xff); }
static void mov_a_imm(int d) { emit(0x23); emit(d); }
static void mov_r_imm(int r, int d) { emit(0xb8 + r); emit(d); }
static void mov_a_r(int r) { emit(0xf8 + r); }
static void mov_r_a(int r) { emit(0xa8 + r); }
static void outl_p1_a(void) { emit(0x39); }
static void outl_p2_a(void) { emit(0x3a); }
static void movx_a_r0(void) { emit(0x80); }
static void xrl_a_imm(int d) { emit(0xd3); emit(d); }
static void xrl_a_r(int r) { emit(0xd8 + r); }
static void anl_a_imm(int d) { emit(0x53); emit(d); }
static void add_a_imm(int d) { emit(0x03); emit(d); }
static void movp_a_at_a(void) { emit(0xa3); }
static void rr_a(void) { emit(0x77); }
static void djnz(int r, int a) { emit(0xe8 + r); emit(a & 0xff); }
static void jz(int a) { emit(0xc6); emit(a & 0xff); }
static void jt0(int a) { emit(0x36); emit(a & 0xff); }
static void dis_i(void) { emit(0x15); }

/* labels: two passes over the same code */
enum { L_START, L_IDLE, L_NEW, L_PLAY, L_WAVE, L_H, L_L, L_FULL, NLABELS };
static int label[NLABELS];
static void here(int l) { label[l] = pc; }

#define TABLE 0x0f0 /* half-period counts: MOVP reads from the current page (0) */

static void program(void)
{
    org(0);
    jmp(label[L_START]);             /*         jmp start */
    org(3);
    nop();                           /* 003:    (external interrupt: not enabled) */
    org(0x10);
    here(L_START);
    dis_i();                         /* start:  dis i */
    mov_a_imm(0xc0);                 /*         mov a,#0C0h    ; no decay, bus = command */
    outl_p2_a();                     /*         outl p2,a */
    mov_r_imm(5, 0);                 /*         mov r5,#0      ; the command playing */
    here(L_IDLE);
    mov_a_imm(0x00);                 /* idle:   mov a,#0       ; DAC at 0: no step when the decay ends */
    outl_p1_a();                     /*         outl p1,a */
    mov_a_imm(0xc0);                 /*         mov a,#0C0h    ; status 0 */
    outl_p2_a();                     /*         outl p2,a */
    movx_a_r0();                     /*         movx a,@r0     ; the command, inverted */
    xrl_a_imm(0x0f);                 /*         xrl a,#0Fh */
    jz(label[L_IDLE]);               /*         jz idle */
    here(L_NEW);
    mov_r_a(5);                      /* new:    mov r5,a       ; n */
    mov_a_imm(0xd0);                 /*         mov a,#0D0h    ; status 1, no decay */
    outl_p2_a();                     /*         outl p2,a */
    mov_a_r(5);                      /*         mov a,r5 */
    anl_a_imm(0x08);                 /*         anl a,#8       ; n >= 8: decay */
    jz(label[L_PLAY]);               /*         jz play */
    mov_a_imm(0x50);                 /*         mov a,#50h     ; status 1, bit 7 low: decay */
    outl_p2_a();                     /*         outl p2,a */
    here(L_PLAY);
    mov_a_r(5);                      /* play:   mov a,r5 */
    anl_a_imm(0x07);                 /*         anl a,#7 */
    add_a_imm(TABLE & 0xff);         /*         add a,#low(table) */
    movp_a_at_a();                   /*         movp a,@a      ; half-period count */
    jt0(label[L_FULL]);              /*         jt0 full       ; T0 low: an octave up */
    rr_a();                          /*         rr a           ; (table values are even) */
    here(L_FULL);
    mov_r_a(7);                      /* full:   mov r7,a */
    here(L_WAVE);
    mov_a_imm(0xe0);                 /* wave:   mov a,#0E0h    ; high half */
    outl_p1_a();                     /*         outl p1,a */
    mov_a_r(7);                      /*         mov a,r7 */
    mov_r_a(6);                      /*         mov r6,a */
    here(L_H);
    djnz(6, label[L_H]);             /* h:      djnz r6,h */
    nop();                           /*         nop            ; both halves 8 cycles of loop */
    nop();                           /*         nop */
    nop();                           /*         nop */
    mov_a_imm(0x20);                 /*         mov a,#20h     ; low half */
    outl_p1_a();                     /*         outl p1,a */
    mov_a_r(7);                      /*         mov a,r7 */
    mov_r_a(6);                      /*         mov r6,a */
    here(L_L);
    djnz(6, label[L_L]);             /* l:      djnz r6,l */
    movx_a_r0();                     /*         movx a,@r0     ; the command again */
    xrl_a_imm(0x0f);                 /*         xrl a,#0Fh */
    jz(label[L_IDLE]);               /*         jz idle        ; 0: silence */
    xrl_a_r(5);                      /*         xrl a,r5 */
    jz(label[L_WAVE]);               /*         jz wave        ; the same: go on */
    xrl_a_r(5);                      /*         xrl a,r5       ; another: start it */
    jmp(label[L_NEW]);               /*         jmp new */
}

int snd8035_write(const char *out_3i, const char *out_3j)
{
    memset(rom, 0xff, sizeof(rom));
    program(); /* pass 1: labels */
    program(); /* pass 2: the code */
    static const unsigned char table[8] = { 2, 250, 200, 160, 126, 100, 80, 64 };
    memcpy(rom + TABLE, table, sizeof(table));
    static unsigned char tune[2048];
    memset(tune, 0xff, sizeof(tune));
    return romtool_write(out_3i, rom, sizeof(rom)) || (out_3j && romtool_write(out_3j, tune, sizeof(tune)));
}
