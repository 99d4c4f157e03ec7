/*
 * asm/boot.h - constants shared by boot/head_32.S and the paging code:
 * control-register and EFER bits, page-table entry bits, the big address-space split.
 */
#ifndef _ASM_BOOT_H
#define _ASM_BOOT_H

#define KERNEL_VMA		0xffffffff80000000
#define PAGE_OFFSET		0xffff888000000000	/* direct map of all RAM (Linux's) */
#define PML4_DIRECT_MAP		273			/* (PAGE_OFFSET >> 39) & 511 */

#define X86_CR0_PE		(1 << 0)
#define X86_CR0_WP		(1 << 16)
#define X86_CR0_PG		(1 << 31)
#define X86_CR4_PAE		(1 << 5)

#define MSR_EFER		0xc0000080
#define EFER_SCE		(1 << 0)
#define EFER_LME		(1 << 8)
#define EFER_NXE		(1 << 11)

#define PTE_PRESENT		0x001
#define PTE_WRITE		0x002
#define PTE_USER		0x004
#define PTE_PWT			0x008
#define PTE_PCD			0x010
#define PTE_ACCESSED		0x020
#define PTE_DIRTY		0x040
#define PTE_HUGE		0x080
#define PTE_GLOBAL		0x100

#endif
