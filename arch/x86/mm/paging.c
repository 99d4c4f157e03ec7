/*
 * arch/x86/mm/paging.c - the kernel's page tables. paging_init() replaces the boot
 * tables (1 GiB mapped three times, all writable and executable) with real ones:
 * a direct map of all RAM (2 MiB pages, no execute), the kernel image in 4 KiB
 * pages by section (text RX, rodata R, data RW+NX), and nothing at address 0, so a
 * NULL dereference in the kernel faults. Stacks come from a vmap area where every
 * stack has an unmapped guard page below it.
 */
#include <mm.h>
#include <string.h>
#include <printk.h>
#include <panic.h>
#include <errno.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/msr.h>
#include <asm/multiboot2.h>

u64 *kernel_pml4;
u64 supported_pte_mask = ~0ULL;
static unsigned long vmap_next = VMAP_START;

extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[];
extern char __data_start[], __data_end[], __kallsyms_start[], __kernel_end[];

static u64 *table_of(u64 entry)
{
	return phys_to_virt(entry & PTE_ADDR_MASK);
}

/* Walk to the page table (level 1) for va, creating missing tables if asked. */
static u64 *walk(u64 *pml4, unsigned long va, bool create)
{
	u64 *table = pml4;

	for (int shift = 39; shift > 12; shift -= 9) {
		u64 *e = &table[(va >> shift) & 511];
		if (!(*e & PTE_PRESENT)) {
			if (!create)
				return NULL;
			phys_addr_t t = alloc_frame();
			if (!t)
				return NULL;
			/* upper levels allow everything; the leaf decides */
			*e = t | PTE_PRESENT | PTE_WRITE | (va < TASK_SIZE_MAX ? PTE_USER : 0);
		} else if (*e & PTE_HUGE) {
			return NULL;
		}
		table = table_of(*e);
	}
	return &table[(va >> 12) & 511];
}

u64 *lookup_pte(u64 *pml4, unsigned long va)
{
	u64 *pte = walk(pml4, va, false);

	return pte && (*pte & PTE_PRESENT) ? pte : NULL;
}

int map_page(u64 *pml4, unsigned long va, phys_addr_t pa, u64 flags)
{
	u64 *pte = walk(pml4, va, true);

	if (!pte)
		return -ENOMEM;
	*pte = (pa & PTE_ADDR_MASK) | (flags & supported_pte_mask);
	invlpg(va);
	return 0;
}

phys_addr_t unmap_page(u64 *pml4, unsigned long va)
{
	u64 *pte = lookup_pte(pml4, va);

	if (!pte)
		return 0;
	phys_addr_t pa = *pte & PTE_ADDR_MASK;
	*pte = 0;
	invlpg(va);
	return pa;
}

static void map_kernel_range(char *start, char *end, u64 flags)
{
	for (unsigned long va = (unsigned long)start; va < (unsigned long)end; va += PAGE_SIZE)
		if (map_page(kernel_pml4, va, virt_to_phys((void *)va), flags))
			panic("paging: out of memory mapping the kernel");
}

/* The direct map in 2 MiB pages; the boot tables still map the first GiB, so the
 * new tables (allocated from low memory) are reachable while we build them. */
static void map_direct(u64 end)
{
	for (u64 pa = 0; pa < end; pa += 0x200000) {
		unsigned long va = PAGE_OFFSET + pa;
		u64 *table = kernel_pml4;
		for (int shift = 39; shift > 21; shift -= 9) {
			u64 *e = &table[(va >> shift) & 511];
			if (!(*e & PTE_PRESENT))
				*e = alloc_frame() | PTE_PRESENT | PTE_WRITE;
			table = table_of(*e);
		}
		table[(va >> 21) & 511] = (pa | PTE_PRESENT | PTE_WRITE | PTE_HUGE |
					   PTE_GLOBAL | PTE_NX) & supported_pte_mask;
	}
}

void paging_init(void)
{
	u64 top = 0;

	if (!(rdmsr(MSR_EFER) & EFER_NXE))
		supported_pte_mask &= ~PTE_NX;
	kernel_pml4 = phys_to_virt(alloc_frame());
	for (int r = 0; r < boot_info.nr_regions; r++)
		top = MAX(top, boot_info.ram[r].end);
	top = MAX(top, 0x200000ULL);	/* at least the VGA text buffer */
	map_direct(ALIGN_UP(MIN(top, 4ULL << 30), 0x200000));
	map_kernel_range(__text_start, __text_end, PAGE_KERNEL_RX);
	map_kernel_range(__rodata_start, __rodata_end, PAGE_KERNEL_RO);
	map_kernel_range(__data_start, __data_end, PAGE_KERNEL_RW);
	map_kernel_range(__kallsyms_start, __kernel_end, PAGE_KERNEL_RO);
	/* Pre-create every kernel-half PML4 entry, so address spaces made later can
	 * share them by copying PML4[256..511] once. */
	for (int i = 256; i < 512; i++)
		if (!(kernel_pml4[i] & PTE_PRESENT))
			kernel_pml4[i] = alloc_frame() | PTE_PRESENT | PTE_WRITE;
	write_cr3(virt_to_phys(kernel_pml4));
	write_cr4(read_cr4() | X86_CR4_PGE);	/* global pages survive CR3 writes */
	pr_info("paging: kernel text RX, rodata R, data RW+NX%s, direct map %lu MiB\n",
		(supported_pte_mask & PTE_NX) ? "" : " (no NX on this CPU)",
		(unsigned long)(MIN(top, 4ULL << 30) >> 20));
}

/* Address ranges of freed stacks, reused by the next stack of the same size:
 * their page tables stay, so making and ending processes costs no table pages. */
#define FREE_SLOTS 256
static struct { unsigned long base; size_t size; } free_slots[FREE_SLOTS];
static int nr_free_slots;

/* Map fresh frames at [base, base + size); false (nothing left mapped) when
 * memory runs out - a process then fails to start, the kernel goes on. */
static bool map_stack_frames(unsigned long base, size_t size)
{
	for (unsigned long va = base; va < base + size; va += PAGE_SIZE) {
		phys_addr_t f = alloc_frame();
		if (!f || map_page(kernel_pml4, va, f, PAGE_KERNEL_RW)) {
			if (f)
				free_frame(f);
			for (unsigned long u = base; u < va; u += PAGE_SIZE)
				free_frame(unmap_page(kernel_pml4, u));
			return false;
		}
	}
	return true;
}

void *vmap_stack(size_t size)
{
	unsigned long base = vmap_next + PAGE_SIZE;	/* the guard page stays unmapped */

	size = ALIGN_UP(size, PAGE_SIZE);
	for (int i = nr_free_slots - 1; i >= 0; i--) {
		if (free_slots[i].size != size)
			continue;
		base = free_slots[i].base;
		if (!map_stack_frames(base, size))
			return NULL;
		free_slots[i] = free_slots[--nr_free_slots];
		return (void *)base;
	}
	if (base + size > VMAP_END || !map_stack_frames(base, size))
		return NULL;
	vmap_next = base + size;
	return (void *)base;
}

void *ioremap(phys_addr_t pa, size_t size)
{
	unsigned long base = vmap_next + PAGE_SIZE;
	size_t off = pa & ~PAGE_MASK;

	size = ALIGN_UP(size + off, PAGE_SIZE);
	for (size_t i = 0; i < size; i += PAGE_SIZE)
		if (map_page(kernel_pml4, base + i, (pa & PAGE_MASK) + i, PAGE_KERNEL_IO))
			return NULL;
	vmap_next = base + size;
	return (void *)(base + off);
}

/* Is va a mapped kernel address? (For the backtrace walker: never fault in an oops.) */
bool kernel_address_readable(unsigned long va)
{
	u64 *table = kernel_pml4;

	if (va < PAGE_OFFSET)
		return false;
	if (!table)
		return true;	/* boot tables: everything we use is mapped */
	for (int shift = 39; shift >= 12; shift -= 9) {
		u64 e = table[(va >> shift) & 511];
		if (!(e & PTE_PRESENT))
			return false;
		if (shift == 12 || (e & PTE_HUGE))
			return true;
		table = table_of(e);
	}
	return true;
}

/* Give a vmap_stack() stack's frames back; its addresses go to the free slots. */
void vunmap_stack(void *base, size_t size)
{
	size = ALIGN_UP(size, PAGE_SIZE);
	for (unsigned long va = (unsigned long)base; va < (unsigned long)base + size;
	     va += PAGE_SIZE) {
		phys_addr_t pa = unmap_page(kernel_pml4, va);
		if (pa)
			free_frame(pa);
	}
	if (nr_free_slots < FREE_SLOTS) {
		free_slots[nr_free_slots].base = (unsigned long)base;
		free_slots[nr_free_slots++].size = size;
	}
}
