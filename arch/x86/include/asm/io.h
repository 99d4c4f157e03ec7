/*
 * asm/io.h - port I/O (in/out) and a short delay for slow legacy devices.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <types.h>

static inline void outb(u16 port, u8 v) { asm volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline void outw(u16 port, u16 v) { asm volatile("outw %0, %1" :: "a"(v), "Nd"(port)); }
static inline void outl(u16 port, u32 v) { asm volatile("outl %0, %1" :: "a"(v), "Nd"(port)); }
static inline u8 inb(u16 port)
{
	u8 v;
	asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}
/* Port 0x80 is the POST-code port: writing it takes about a microsecond. */
static inline void io_delay(void) { outb(0x80, 0); }

#endif
