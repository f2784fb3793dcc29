/* The base header: fixed-width integer shorthands shared by every part of
   Cabinet, the host-side utilities included (so src/util needs nothing from
   src/emu). */
#ifndef CABINET_TYPES_H
#define CABINET_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;
typedef uint32_t offs_t;

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
