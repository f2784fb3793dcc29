/* Debugger expressions, as MAME's: numbers are hexadecimal (0x optional,
   #123 decimal), register names of the CPU, b@ADDR / w@ADDR memory reads
   (without side effects: a handler's byte reads as 0), the variables
   cycles, frame, wpaddr, wpdata, and C's operators with C's precedence. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "frontend/debug/dbg.h"

typedef struct parser {
    debugger *d;
    int cpu;
    const char *p;
    char *err;
    size_t errlen;
    bool failed;
} parser;

static u64 parse_binary(parser *ps, int level);

static void skip_ws(parser *ps)
{
    while (isspace((unsigned char)*ps->p))
        ps->p++;
}

static void fail(parser *ps, const char *msg)
{
    if (!ps->failed)
        snprintf(ps->err, ps->errlen, "%s at \"%s\"", msg, ps->p);
    ps->failed = true;
}

static bool big_endian(const cpu_slot *c)
{
    return !strcmp(c->ops->id, "6809") || !strcmp(c->ops->id, "6800") || !strcmp(c->ops->id, "6808");
}

static u64 mem_read(parser *ps, u32 a, int size)
{
    u8 b[2] = { 0, 0 };
    for (int i = 0; i < size; i++)
        if (!dbg_read_nofx(ps->d->m, ps->cpu, DBG_SPACE_PROGRAM, a + (u32)i, &b[i]))
            b[i] = 0;
    if (size == 1)
        return b[0];
    return big_endian(&ps->d->m->cpus[ps->cpu]) ? (u64)(b[0] << 8 | b[1]) : (u64)(b[1] << 8 | b[0]);
}

static bool variable(parser *ps, const char *name, u64 *v)
{
    machine_t *m = ps->d->m;
    cpu_slot *c = &m->cpus[ps->cpu];
    int r = dbg_reg_find(c, name);
    if (r >= 0)
        *v = dbg_reg_get(c, r);
    else if (!strcasecmp(name, "cycles"))
        *v = c->total_cycles;
    else if (!strcasecmp(name, "frame"))
        *v = m->frame_number;
    else if (!strcasecmp(name, "wpaddr"))
        *v = ps->d->wp_addr;
    else if (!strcasecmp(name, "wpdata"))
        *v = ps->d->wp_data;
    else
        return false;
    return true;
}

static u64 parse_word(parser *ps)
{
    char word[64];
    size_t n = 0;
    while ((isalnum((unsigned char)*ps->p) || *ps->p == '_') && n < sizeof(word) - 1)
        word[n++] = *ps->p++;
    word[n] = '\0';
    u64 v;
    if (variable(ps, word, &v))
        return v;
    const char *s = word;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    if (!*s) {
        fail(ps, "bad number");
        return 0;
    }
    v = 0;
    for (; *s; s++) {
        if (!isxdigit((unsigned char)*s)) {
            ps->p -= n;
            fail(ps, "unknown symbol");
            return 0;
        }
        v = v * 16 + (u64)(isdigit((unsigned char)*s) ? *s - '0' : (tolower((unsigned char)*s) - 'a' + 10));
    }
    return v;
}

static u64 parse_unary(parser *ps)
{
    skip_ws(ps);
    char c = *ps->p;
    if (c == '-' || c == '!' || c == '~' || c == '+') {
        ps->p++;
        u64 v = parse_unary(ps);
        return c == '-' ? (u64)-(s64)v : c == '!' ? (u64)!v : c == '~' ? ~v : v;
    }
    if (c == '(') {
        ps->p++;
        u64 v = parse_binary(ps, 0);
        skip_ws(ps);
        if (*ps->p != ')')
            fail(ps, "missing )");
        else
            ps->p++;
        return v;
    }
    if ((c == 'b' || c == 'B' || c == 'w' || c == 'W') && ps->p[1] == '@') {
        ps->p += 2;
        u64 a = parse_unary(ps);
        return mem_read(ps, (u32)a, c == 'b' || c == 'B' ? 1 : 2);
    }
    if (c == '#') {
        ps->p++;
        u64 v = 0;
        if (!isdigit((unsigned char)*ps->p))
            fail(ps, "bad decimal number");
        while (isdigit((unsigned char)*ps->p))
            v = v * 10 + (u64)(*ps->p++ - '0');
        return v;
    }
    if (isalnum((unsigned char)c) || c == '_')
        return parse_word(ps);
    fail(ps, "expected a value");
    return 0;
}

/* Binary operators by precedence level, loosest first. */
static const char *const levels[][5] = {
    { "||" }, { "&&" }, { "|" }, { "^" }, { "&" }, { "==", "!=" }, { "<=", ">=", "<", ">" },
    { "<<", ">>" }, { "+", "-" }, { "*", "/", "%" },
};
#define NUM_LEVELS (int)(sizeof(levels) / sizeof(levels[0]))

static const char *match_op(parser *ps, int level)
{
    skip_ws(ps);
    for (int i = 0; i < 5 && levels[level][i]; i++) {
        const char *op = levels[level][i];
        size_t n = strlen(op);
        if (strncmp(ps->p, op, n))
            continue;
        /* "|" must not take the first half of "||", nor "&" of "&&", "<" of "<<" */
        if (n == 1 && (ps->p[1] == op[0] || ((op[0] == '<' || op[0] == '>') && ps->p[1] == '=')))
            continue;
        return op;
    }
    return NULL;
}

static u64 apply(parser *ps, const char *op, u64 a, u64 b)
{
    switch (op[0]) {
    case '|': return op[1] ? (u64)(a || b) : a | b;
    case '&': return op[1] ? (u64)(a && b) : a & b;
    case '^': return a ^ b;
    case '=': return a == b;
    case '!': return a != b;
    case '<': return op[1] == '=' ? a <= b : op[1] == '<' ? a << (b & 63) : a < b;
    case '>': return op[1] == '=' ? a >= b : op[1] == '>' ? a >> (b & 63) : a > b;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    default:
        if (b == 0) {
            fail(ps, "division by zero");
            return 0;
        }
        return op[0] == '/' ? a / b : a % b;
    }
}

static u64 parse_binary(parser *ps, int level)
{
    if (level == NUM_LEVELS)
        return parse_unary(ps);
    u64 v = parse_binary(ps, level + 1);
    const char *op;
    while (!ps->failed && (op = match_op(ps, level)) != NULL) {
        ps->p += strlen(op);
        v = apply(ps, op, v, parse_binary(ps, level + 1));
    }
    return v;
}

int dbg_eval(debugger *d, int cpu, const char *text, u64 *v, char *err, size_t errlen)
{
    parser ps = { d, cpu, text, err, errlen, false };
    *v = parse_binary(&ps, 0);
    skip_ws(&ps);
    if (!ps.failed && *ps.p)
        fail(&ps, "unexpected text");
    return ps.failed ? -1 : 0;
}
