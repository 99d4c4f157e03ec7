/*
 * types.h - the kernel's fixed-width integer types, on top of gcc's freestanding
 * <stdint.h>, <stddef.h> and <stdbool.h>.
 */
#ifndef _TYPES_H
#define _TYPES_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;
typedef long ssize_t;
typedef u64 phys_addr_t;

#endif
