/*
 * asm/page.h - 4-level page tables. The kernel half (PML4 entries 256-511) is the
 * same in every address space; user space is [0, TASK_SIZE_MAX), whose top page is
 * never mapped so a SYSCALL's return address (RCX) is always canonical.
 */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#include <types.h>
#include <asm/boot.h>

#define PTE_NX		(1ULL << 63)
#define PTE_COW		(1ULL << 9)	/* software bit: read-only until written, then copied */
#define PTE_ADDR_MASK	0x000ffffffffff000ULL

#define TASK_SIZE_MAX	((1UL << 47) - 4096)
#define VMAP_START	0xffffc90000000000UL	/* guarded stacks, device windows */
#define VMAP_END	0xffffe90000000000UL

/* Page flags for the kernel's own mappings; PTE_NX is dropped if EFER.NXE is off. */
#define PAGE_KERNEL_RW	(PTE_PRESENT | PTE_WRITE | PTE_GLOBAL | PTE_NX)
#define PAGE_KERNEL_RX	(PTE_PRESENT | PTE_GLOBAL)
#define PAGE_KERNEL_RO	(PTE_PRESENT | PTE_GLOBAL | PTE_NX)
#define PAGE_KERNEL_IO	(PAGE_KERNEL_RW | PTE_PCD | PTE_PWT)

extern u64 *kernel_pml4;
extern u64 supported_pte_mask;	/* clears PTE_NX on CPUs without NX */

void paging_init(void);
/* Map one 4 KiB page; allocates intermediate tables. 0 or -ENOMEM. */
int map_page(u64 *pml4, unsigned long va, phys_addr_t pa, u64 flags);
/* Unmap one page and return its physical address (0 if none was mapped). */
phys_addr_t unmap_page(u64 *pml4, unsigned long va);
/* The PTE for va, or NULL (no intermediate table, or a huge page). */
u64 *lookup_pte(u64 *pml4, unsigned long va);

/* A kernel stack of `size` bytes with an unmapped guard page below it;
 * returns the lowest mapped address. */
void *vmap_stack(size_t size);
void vunmap_stack(void *base, size_t size);
void *ioremap(phys_addr_t pa, size_t size);

#endif
