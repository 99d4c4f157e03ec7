/*
 * asm/desc.h - descriptor formats: GDT segment descriptors, the 16-byte long-mode
 * TSS descriptor and IDT gates, plus the 64-bit TSS itself (SDM vol. 3A, 3.4.5,
 * 6.14.1, 7.7).
 */
#ifndef _ASM_DESC_H
#define _ASM_DESC_H

#include <types.h>
#include <compiler.h>
#include <asm/traps.h>

struct gdt_desc_ptr {
	u16 size;
	u64 address;
} __packed;

struct idt_gate {
	u16 offset_low;
	u16 segment;
	u8 ist;		/* bits 0-2: IST index, 0 = no stack switch */
	u8 type_attr;	/* P | DPL | 0 | type (0xe = 64-bit interrupt gate) */
	u16 offset_mid;
	u32 offset_high;
	u32 reserved;
} __packed;

#define GATE_INTERRUPT	0xe
#define GATE_TRAP	0xf

struct tss64 {
	u32 reserved0;
	u64 rsp0;		/* stack loaded on an interrupt from ring 3 */
	u64 rsp1, rsp2;
	u64 reserved1;
	u64 ist[7];		/* ist[0] is IST1 */
	u64 reserved2;
	u16 reserved3;
	u16 iomap_base;		/* beyond the limit: no I/O bitmap, ring 3 gets no ports */
} __packed;

/* Access bytes of the segments in asm/segment.h */
#define SEG_KCODE64	0x00af9b000000ffffULL	/* P DPL0 code R, L=1 */
#define SEG_KCODE32	0x00cf9b000000ffffULL	/* P DPL0 code R, D=1 G=1 */
#define SEG_KDATA	0x00cf93000000ffffULL	/* P DPL0 data W */
#define SEG_UCODE32	0x00cffb000000ffffULL	/* P DPL3 code R, D=1 G=1 */
#define SEG_UDATA	0x00cff3000000ffffULL	/* P DPL3 data W */
#define SEG_UCODE64	0x00affb000000ffffULL	/* P DPL3 code R, L=1 */

#endif
