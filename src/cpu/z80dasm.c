/* Z80 disassembler. Templates use placeholder letters, expanded per prefix:
     X  hl / ix / iy        H  h / ixh / iyh       L  l / ixl / iyl
     M  (hl) / (ix+$dd)     #  immediate byte      @  immediate word
     %  relative jump target
   When M appears, H and L keep their plain meaning (LD H,(IX+d) loads H). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cpu/z80.h"

static const char *const reg_names[8] = { "b", "c", "d", "e", "H", "L", "M", "a" };
static const char *const cb_targets[8] = { "b", "c", "d", "e", "h", "l", "(hl)", "a" };
static const char *const alu_names[8] = { "add a,", "adc a,", "sub ", "sbc a,", "and ", "xor ", "or ", "cp " };
static const char *const rot_names[8] = { "rlc", "rrc", "rl", "rr", "sla", "sra", "sll", "srl" };

/* Opcodes 00-3F and C0-FF (the two blocks without a regular pattern). */
static const char *const low_ops[64] = {
    "nop", "ld bc,@", "ld (bc),a", "inc bc", "inc b", "dec b", "ld b,#", "rlca",
    "ex af,af'", "add X,bc", "ld a,(bc)", "dec bc", "inc c", "dec c", "ld c,#", "rrca",
    "djnz %", "ld de,@", "ld (de),a", "inc de", "inc d", "dec d", "ld d,#", "rla",
    "jr %", "add X,de", "ld a,(de)", "dec de", "inc e", "dec e", "ld e,#", "rra",
    "jr nz,%", "ld X,@", "ld (@),X", "inc X", "inc H", "dec H", "ld H,#", "daa",
    "jr z,%", "add X,X", "ld X,(@)", "dec X", "inc L", "dec L", "ld L,#", "cpl",
    "jr nc,%", "ld sp,@", "ld (@),a", "inc sp", "inc M", "dec M", "ld M,#", "scf",
    "jr c,%", "add X,sp", "ld a,(@)", "dec sp", "inc a", "dec a", "ld a,#", "ccf",
};

static const char *const high_ops[64] = {
    "ret nz", "pop bc", "jp nz,@", "jp @", "call nz,@", "push bc", "add a,#", "rst $00",
    "ret z", "ret", "jp z,@", NULL, "call z,@", "call @", "adc a,#", "rst $08",
    "ret nc", "pop de", "jp nc,@", "out (#),a", "call nc,@", "push de", "sub #", "rst $10",
    "ret c", "exx", "jp c,@", "in a,(#)", "call c,@", NULL, "sbc a,#", "rst $18",
    "ret po", "pop X", "jp po,@", "ex (sp),X", "call po,@", "push X", "and #", "rst $20",
    "ret pe", "jp (X)", "jp pe,@", "ex de,hl", "call pe,@", NULL, "xor #", "rst $28",
    "ret p", "pop af", "jp p,@", "di", "call p,@", "push af", "or #", "rst $30",
    "ret m", "ld sp,X", "jp m,@", "ei", "call m,@", NULL, "cp #", "rst $38",
};

/* ED 40-7F; block instructions are handled separately. */
static const char *const ed_ops[64] = {
    "in b,(c)", "out (c),b", "sbc hl,bc", "ld (@),bc", "neg", "retn", "im 0", "ld i,a",
    "in c,(c)", "out (c),c", "adc hl,bc", "ld bc,(@)", "neg", "reti", "im 0", "ld r,a",
    "in d,(c)", "out (c),d", "sbc hl,de", "ld (@),de", "neg", "retn", "im 1", "ld a,i",
    "in e,(c)", "out (c),e", "adc hl,de", "ld de,(@)", "neg", "reti", "im 2", "ld a,r",
    "in h,(c)", "out (c),h", "sbc hl,hl", "ld (@),hl", "neg", "retn", "im 0", "rrd",
    "in l,(c)", "out (c),l", "adc hl,hl", "ld hl,(@)", "neg", "reti", "im 0", "rld",
    "in f,(c)", "out (c),0", "sbc hl,sp", "ld (@),sp", "neg", "retn", "im 1", NULL,
    "in a,(c)", "out (c),a", "adc hl,sp", "ld sp,(@)", "neg", "reti", "im 2", NULL,
};

static const char *const block_ops[16] = {
    "ldi", "cpi", "ini", "outi", "ldd", "cpd", "ind", "outd",
    "ldir", "cpir", "inir", "otir", "lddr", "cpdr", "indr", "otdr",
};

typedef struct dasm_ctx {
    char *buf;
    size_t len, pos;
    const u8 *op;
    int n;          /* bytes consumed so far */
    int index;      /* 0: HL, 'x': IX, 'y': IY */
    u32 pc;
} dasm_ctx;

static void put(dasm_ctx *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(dasm_ctx *d, const char *fmt, ...)
{
    if (d->pos >= d->len)
        return;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(d->buf + d->pos, d->len - d->pos, fmt, ap);
    va_end(ap);
    if (w > 0)
        d->pos += (size_t)w;
}

static void put_indexed(dasm_ctx *d, s8 disp)
{
    if (disp < 0)
        put(d, "(i%c-$%02x)", d->index, -disp);
    else
        put(d, "(i%c+$%02x)", d->index, disp);
}

static u8 next_byte(dasm_ctx *d)
{
    return d->op[d->n++];
}

static void expand(dasm_ctx *d, const char *t)
{
    bool has_mem = strchr(t, 'M') != NULL;
    for (; *t; t++) {
        switch (*t) {
        case 'X':
            put(d, d->index ? "i%c" : "hl", d->index);
            break;
        case 'H':
        case 'L':
            if (d->index && !has_mem)
                put(d, "i%c%c", d->index, *t == 'H' ? 'h' : 'l');
            else
                put(d, "%c", *t == 'H' ? 'h' : 'l');
            break;
        case 'M':
            if (d->index)
                put_indexed(d, (s8)next_byte(d));
            else
                put(d, "(hl)");
            break;
        case '#':
            put(d, "$%02x", next_byte(d));
            break;
        case '@': {
            u8 lo = next_byte(d);
            put(d, "$%04x", lo | next_byte(d) << 8);
            break;
        }
        case '%': {
            s8 e = (s8)next_byte(d);
            put(d, "$%04x", (unsigned)(d->pc + (u32)d->n + (u32)e) & 0xffff);
            break;
        }
        default:
            put(d, "%c", *t);
            break;
        }
    }
}

/* The template of an unprefixed opcode, built into tmp for the regular rows. */
static const char *main_template(u8 op, char *tmp, size_t n)
{
    if (op < 0x40)
        return low_ops[op];
    if (op >= 0xc0)
        return high_ops[op - 0xc0];
    if (op == 0x76)
        return "halt";
    if (op < 0x80)
        snprintf(tmp, n, "ld %s,%s", reg_names[(op >> 3) & 7], reg_names[op & 7]);
    else
        snprintf(tmp, n, "%s%s", alu_names[(op >> 3) & 7], reg_names[op & 7]);
    return tmp;
}

static void dasm_cb(dasm_ctx *d, u8 op, const char *target)
{
    int y = (op >> 3) & 7;
    switch (op >> 6) {
    case 0: put(d, "%s %s", rot_names[y], target); break;
    case 1: put(d, "bit %d,%s", y, target); break;
    case 2: put(d, "res %d,%s", y, target); break;
    default: put(d, "set %d,%s", y, target); break;
    }
}

static void dasm_index_cb(dasm_ctx *d)
{
    s8 disp = (s8)next_byte(d);
    u8 op = next_byte(d);
    char target[16];
    snprintf(target, sizeof(target), "(i%c%c$%02x)", d->index, disp < 0 ? '-' : '+', disp < 0 ? -disp : disp);
    dasm_cb(d, op, target);
    /* undocumented: everything but BIT also copies the result to a register */
    if ((op & 7) != 6 && (op & 0xc0) != 0x40)
        put(d, ",%s", cb_targets[op & 7]);
}

static void dasm_ed(dasm_ctx *d)
{
    u8 op = next_byte(d);
    const char *t = NULL;
    if (op >= 0x40 && op < 0x80)
        t = ed_ops[op - 0x40];
    else if ((op & 0xe4) == 0xa0)
        t = block_ops[(op & 3) | ((op >> 1) & 4) | ((op >> 1) & 8)];
    if (t)
        expand(d, t);
    else
        put(d, "db $ed,$%02x", op);
}

static bool uses_hl(const char *t)
{
    return strpbrk(t, "XHLM") != NULL;
}

int z80_disasm(char *buf, size_t len, u32 pc, const u8 *op)
{
    dasm_ctx d = { buf, len, 0, op, 0, 0, pc };
    if (len)
        buf[0] = '\0';
    u8 b = next_byte(&d);
    if (b == 0xdd || b == 0xfd) {
        u8 nx = op[1];
        char tmp[32];
        const char *t = main_template(nx, tmp, sizeof(tmp));
        /* a prefix that changes nothing (another prefix, ED, or an opcode
           without HL) is shown on its own: the CPU treats it as a 4 T-state
           step before the next opcode */
        if (nx == 0xcb || (t && uses_hl(t))) {
            d.index = b == 0xdd ? 'x' : 'y';
            d.n++;
            if (nx == 0xcb)
                dasm_index_cb(&d);
            else
                expand(&d, t);
            return d.n;
        }
        put(&d, "db $%02x", b);
        return d.n;
    }
    if (b == 0xcb) {
        u8 o = next_byte(&d);
        dasm_cb(&d, o, cb_targets[o & 7]);
        return d.n;
    }
    if (b == 0xed) {
        dasm_ed(&d);
        return d.n;
    }
    char tmp[32];
    expand(&d, main_template(b, tmp, sizeof(tmp)));
    return d.n;
}
