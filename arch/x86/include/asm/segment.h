/*
 * asm/segment.h - the GDT layout (DESIGN §5). The order is dictated by STAR and
 * SYSENTER: SYSCALL loads CS = STAR[47:32] and SS = CS + 8; 64-bit SYSRET loads
 * CS = STAR[63:48] + 16 and SS = STAR[63:48] + 8; SYSRETL and SYSEXIT load CS =
 * STAR[63:48] (resp. SYSENTER_CS + 16). Hence kernel CS/DS adjacent, then user32 CS,
 * user DS, user64 CS - Linux's selectors, which some user code checks.
 */
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

#define GDT_ENTRY_KERNEL32_CS	1
#define GDT_ENTRY_KERNEL_CS	2
#define GDT_ENTRY_KERNEL_DS	3
#define GDT_ENTRY_USER32_CS	4
#define GDT_ENTRY_USER_DS	5
#define GDT_ENTRY_USER_CS	6
#define GDT_ENTRY_USER_DS_SPARE	7
#define GDT_ENTRY_TSS		8	/* 16 bytes: entries 8 and 9 */
#define GDT_ENTRY_LDT		10	/* 16 bytes, unused: no modify_ldt */
#define GDT_ENTRY_TLS_MIN	12	/* set_thread_area slots 12..14 (0x63..0x73) */
#define GDT_ENTRY_TLS_ENTRIES	3
#define GDT_ENTRY_CPUNODE	15	/* limit = cpu | node << 12, read by vDSO getcpu (lsl) */
#define GDT_ENTRIES		16

#define __KERNEL32_CS	(GDT_ENTRY_KERNEL32_CS * 8)		/* 0x08 */
#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)		/* 0x10 */
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)		/* 0x18 */
#define __USER32_CS	(GDT_ENTRY_USER32_CS * 8 + 3)		/* 0x23 */
#define __USER_DS	(GDT_ENTRY_USER_DS * 8 + 3)		/* 0x2b */
#define __USER_CS	(GDT_ENTRY_USER_CS * 8 + 3)		/* 0x33 */
#define __USER_DS_SPARE	(GDT_ENTRY_USER_DS_SPARE * 8 + 3)	/* 0x3b */
#define GDT_TSS_SEL	(GDT_ENTRY_TSS * 8)			/* 0x40 */
#define __CPUNODE_SEG	(GDT_ENTRY_CPUNODE * 8 + 3)		/* 0x7b */

#endif
