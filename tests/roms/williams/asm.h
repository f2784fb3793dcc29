/* A tiny two-pass assembler for the Williams test programs: each helper
   emits one 6809 (or 6800, the sound board's) instruction, named like its
   mnemonic and addressing mode; labels are resolved on the second pass. No
   Debian package assembles 6809 code, so the programs are written in C with
   these helpers, one instruction a line, commented like assembly. */
#ifndef WILLIAMS_ASM_H
#define WILLIAMS_ASM_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LABELS 256

typedef struct asm_ctx {
    uint8_t *mem;   /* image for the whole 64K address space */
    uint16_t pc;
    int pass;       /* 1: collect labels, 2: emit */
    uint16_t label[MAX_LABELS];
    uint8_t defined[MAX_LABELS];
} asm_ctx;

static asm_ctx A;

static void org(uint16_t a) { A.pc = a; }
static void byte(uint8_t b) { A.mem[A.pc++] = b; }
static void word(uint16_t w) { byte((uint8_t)(w >> 8)); byte((uint8_t)w); }
static void here(int l)
{
    if (A.pass == 2 && A.label[l] != A.pc) {
        fprintf(stderr, "label %d moved between passes\n", l);
        exit(1);
    }
    A.label[l] = A.pc;
    A.defined[l] = 1;
}
static uint16_t L(int l)
{
    if (A.pass == 2 && !A.defined[l]) {
        fprintf(stderr, "label %d undefined\n", l);
        exit(1);
    }
    return A.label[l];
}
static void rel8(int l)
{
    int d = (int)L(l) - (int)(A.pc + 1);
    if (A.pass == 2 && (d < -128 || d > 127)) {
        fprintf(stderr, "branch to label %d out of range (%d)\n", l, d);
        exit(1);
    }
    byte((uint8_t)d);
}
static void rel16(int l) { word((uint16_t)(L(l) - (A.pc + 2))); }

/* ---- 6809 ---- */
/* indexed postbytes */
enum { IX_X = 0x00, IX_Y = 0x20, IX_U = 0x40, IX_S = 0x60 };
#define PB_INC1(r) (0x80 | (r))   /* ,r+ */
#define PB_INC2(r) (0x81 | (r))   /* ,r++ */
#define PB_ZERO(r) (0x84 | (r))   /* ,r */
#define PB_B(r) (0x85 | (r))      /* b,r */
#define PB_A(r) (0x86 | (r))      /* a,r */
#define PB_OFF5(r, n) (((n) & 0x1f) | (r)) /* n,r (-16..15) */

static void op(uint8_t o) { byte(o); }
static void op_imm8(uint8_t o, uint8_t v) { byte(o); byte(v); }
static void op_imm16(uint8_t o, uint16_t v) { byte(o); word(v); }
static void op_ext(uint8_t o, uint16_t a) { byte(o); word(a); }
static void op_idx(uint8_t o, uint8_t pb) { byte(o); byte(pb); }

static void lda_imm(uint8_t v) { op_imm8(0x86, v); }
static void ldb_imm(uint8_t v) { op_imm8(0xc6, v); }
static void ldd_imm(uint16_t v) { op_imm16(0xcc, v); }
static void ldx_imm(uint16_t v) { op_imm16(0x8e, v); }
static void ldu_imm(uint16_t v) { op_imm16(0xce, v); }
static void ldy_imm(uint16_t v) { byte(0x10); op_imm16(0x8e, v); }
static void lds_imm(uint16_t v) { byte(0x10); op_imm16(0xce, v); }
static void cmpa_imm(uint8_t v) { op_imm8(0x81, v); }
static void cmpb_imm(uint8_t v) { op_imm8(0xc1, v); }
static void cmpx_imm(uint16_t v) { op_imm16(0x8c, v); }
static void adda_imm(uint8_t v) { op_imm8(0x8b, v); }
static void addb_imm(uint8_t v) { op_imm8(0xcb, v); }
static void anda_imm(uint8_t v) { op_imm8(0x84, v); }
static void andb_imm(uint8_t v) { op_imm8(0xc4, v); }
static void ora_imm(uint8_t v) { op_imm8(0x8a, v); }
static void orb_imm(uint8_t v) { op_imm8(0xca, v); }
static void eora_imm(uint8_t v) { op_imm8(0x88, v); }
static void addd_imm(uint16_t v) { op_imm16(0xc3, v); }
static void andcc(uint8_t v) { op_imm8(0x1c, v); }
static void orcc(uint8_t v) { op_imm8(0x1a, v); }

static void lda_ext(uint16_t a) { op_ext(0xb6, a); }
static void ldb_ext(uint16_t a) { op_ext(0xf6, a); }
static void ldd_ext(uint16_t a) { op_ext(0xfc, a); }
static void ldx_ext(uint16_t a) { op_ext(0xbe, a); }
static void sta_ext(uint16_t a) { op_ext(0xb7, a); }
static void stb_ext(uint16_t a) { op_ext(0xf7, a); }
static void std_ext(uint16_t a) { op_ext(0xfd, a); }
static void stx_ext(uint16_t a) { op_ext(0xbf, a); }
static void inc_ext(uint16_t a) { op_ext(0x7c, a); }
static void clr_ext(uint16_t a) { op_ext(0x7f, a); }
static void cmpa_ext(uint16_t a) { op_ext(0xb1, a); }
static void jsr_ext(uint16_t a) { op_ext(0xbd, a); }
static void jmp_ext(uint16_t a) { op_ext(0x7e, a); }

static void lda_idx(uint8_t pb) { op_idx(0xa6, pb); }
static void ldb_idx(uint8_t pb) { op_idx(0xe6, pb); }
static void ldd_idx(uint8_t pb) { op_idx(0xec, pb); }
static void sta_idx(uint8_t pb) { op_idx(0xa7, pb); }
static void stb_idx(uint8_t pb) { op_idx(0xe7, pb); }
static void std_idx(uint8_t pb) { op_idx(0xed, pb); }
static void leax_idx(uint8_t pb) { op_idx(0x30, pb); }
static void leay_idx(uint8_t pb) { op_idx(0x31, pb); }
static void clr_idx(uint8_t pb) { op_idx(0x6f, pb); }
/* leax n,x with a 16-bit offset */
static void leax_off16(uint16_t n) { op_idx(0x30, 0x89); word(n); }
static void tst_ext(uint16_t a) { op_ext(0x7d, a); }
static void dec_ext(uint16_t a) { op_ext(0x7a, a); }
static void cmpb_ext(uint16_t a) { op_ext(0xf1, a); }
static void lda_idx_a(void) { op_idx(0xa6, PB_A(IX_X)); } /* lda a,x */

static void clra(void) { op(0x4f); }
static void clrb(void) { op(0x5f); }
static void inca(void) { op(0x4c); }
static void incb(void) { op(0x5c); }
static void deca(void) { op(0x4a); }
static void decb(void) { op(0x5a); }
static void lsra(void) { op(0x44); }
static void lsrb(void) { op(0x54); }
static void asla(void) { op(0x48); }
static void aslb(void) { op(0x58); }
static void tsta(void) { op(0x4d); }
static void tstb(void) { op(0x5d); }
static void coma(void) { op(0x43); }
static void abx(void) { op(0x3a); }
static void mul(void) { op(0x3d); }
static void rts(void) { op(0x39); }
static void rti(void) { op(0x3b); }
static void nop(void) { op(0x12); }
/* register codes for tfr/exg */
enum { R_D = 0, R_X = 1, R_Y = 2, R_U = 3, R_S = 4, R_PC = 5, R_A = 8, R_B = 9, R_CC = 10, R_DP = 11 };
static void tfr(int s, int d) { op_imm8(0x1f, (uint8_t)(s << 4 | d)); }
enum { PS_CC = 1, PS_A = 2, PS_B = 4, PS_DP = 8, PS_X = 0x10, PS_Y = 0x20, PS_U = 0x40, PS_PC = 0x80 };
static void pshs(uint8_t m) { op_imm8(0x34, m); }
static void puls(uint8_t m) { op_imm8(0x35, m); }

static void bra(int l) { byte(0x20); rel8(l); }
static void bhi(int l) { byte(0x22); rel8(l); }
static void bls(int l) { byte(0x23); rel8(l); }
static void bcc(int l) { byte(0x24); rel8(l); }
static void bcs(int l) { byte(0x25); rel8(l); }
static void bne(int l) { byte(0x26); rel8(l); }
static void beq(int l) { byte(0x27); rel8(l); }
static void bpl(int l) { byte(0x2a); rel8(l); }
static void bmi(int l) { byte(0x2b); rel8(l); }
static void bsr(int l) { byte(0x8d); rel8(l); }
static void lbra(int l) { byte(0x16); rel16(l); }
static void lbsr(int l) { byte(0x17); rel16(l); }

/* ---- 6800 (sound board) ---- */
static void m68_ldaa_imm(uint8_t v) { op_imm8(0x86, v); }
static void m68_ldab_imm(uint8_t v) { op_imm8(0xc6, v); }
static void m68_lds_imm(uint16_t v) { op_imm16(0x8e, v); }
static void m68_ldx_imm(uint16_t v) { op_imm16(0xce, v); }
static void m68_ldaa_ext(uint16_t a) { op_ext(0xb6, a); }
static void m68_ldab_ext(uint16_t a) { op_ext(0xf6, a); }
static void m68_staa_ext(uint16_t a) { op_ext(0xb7, a); }
static void m68_stab_ext(uint16_t a) { op_ext(0xf7, a); }
static void m68_clr_ext(uint16_t a) { op_ext(0x7f, a); }
static void m68_anda_imm(uint8_t v) { op_imm8(0x84, v); }
static void m68_coma(void) { op(0x43); }
static void m68_decb(void) { op(0x5a); }
static void m68_tsta(void) { op(0x4d); }
static void m68_cli(void) { op(0x0e); }
static void m68_sei(void) { op(0x0f); }
static void m68_rti(void) { op(0x3b); }
static void m68_nop(void) { op(0x01); }
static void m68_ldaa_x(uint8_t off) { op_imm8(0xa6, off); }   /* ldaa off,x */
static void m68_inx(void) { op(0x08); }
static void m68_cpx_imm(uint16_t v) { op_imm16(0x8c, v); }
static void m68_dec_ext(uint16_t a) { op_ext(0x7a, a); }
static void m68_asla(void) { op(0x48); }
static void m68_bcc(int l) { byte(0x24); rel8(l); }
static void m68_bra(int l) { byte(0x20); rel8(l); }
static void m68_bne(int l) { byte(0x26); rel8(l); }
static void m68_beq(int l) { byte(0x27); rel8(l); }

static void assemble(uint8_t *mem, void (*program)(void))
{
    A.mem = mem;
    for (A.pass = 1; A.pass <= 2; A.pass++)
        program();
}

#endif
