#include <stdio.h>
#include <string.h>

#include "cpu/cpu.h"
#include "cputest.h"

long ct_num(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsNumber(v) ? (long)v->valuedouble : -1;
}

int ct_expect(char *why, size_t n, const char *name, long expected, long got)
{
    if (expected == got)
        return 0;
    size_t used = strlen(why);
    if (used < n)
        snprintf(why + used, n - used, "%s%s: expected %ld (0x%lx), got %ld (0x%lx)", used ? "; " : "",
                 name, expected, (unsigned long)expected, got, (unsigned long)got);
    return 1;
}

static void ct_bus_log(ct_bus *b, offs_t a, u8 v, char kind)
{
    if (b->nlog < CT_MAX_LOG)
        b->log[b->nlog++] = (ct_access){ a, v, kind, b->cpu ? cpu_cycles_run(b->cpu) : -1 };
}

static u8 ct_bus_r(void *ctx, offs_t a)
{
    ct_bus *b = ctx;
    u8 v = b->ram[a & 0xffff];
    ct_bus_log(b, a, v, 'r');
    return v;
}

static void ct_bus_w(void *ctx, offs_t a, u8 d)
{
    ct_bus *b = ctx;
    b->ram[a & 0xffff] = d;
    ct_bus_log(b, a, d, 'w');
}

int ct_bus_init(ct_bus *b, const char *name, int addr_bits)
{
    memset(b->ram, 0, sizeof(b->ram));
    b->nlog = 0;
    b->cpu = NULL;
    if (as_init(&b->space, name, addr_bits, 8, 0xff))
        return -1;
    int h = as_add_handler(&b->space, ct_bus_r, ct_bus_w, b, 0, b->space.addr_mask);
    as_map_handler(&b->space, 0, b->space.addr_mask, h, h);
    return 0;
}

void ct_bus_free(ct_bus *b)
{
    as_free(&b->space);
}

void ct_bus_load(ct_bus *b, const cJSON *state)
{
    const cJSON *ram = cJSON_GetObjectItemCaseSensitive(state, "ram");
    const cJSON *cell;
    cJSON_ArrayForEach(cell, ram)
    {
        int a = cJSON_GetArrayItem(cell, 0)->valueint;
        int v = cJSON_GetArrayItem(cell, 1)->valueint;
        b->ram[a & 0xffff] = (unsigned char)v;
    }
}

int ct_bus_check(const ct_bus *b, const cJSON *state, char *why, size_t n)
{
    int bad = 0;
    const cJSON *ram = cJSON_GetObjectItemCaseSensitive(state, "ram");
    const cJSON *cell;
    cJSON_ArrayForEach(cell, ram)
    {
        int a = cJSON_GetArrayItem(cell, 0)->valueint;
        int v = cJSON_GetArrayItem(cell, 1)->valueint;
        char name[32];
        snprintf(name, sizeof(name), "ram[%04x]", a & 0xffff);
        bad += ct_expect(why, n, name, v, b->ram[a & 0xffff]);
    }
    return bad;
}
