/*
 * kernel/tests/test_paging.c - page mapping: a mapped page is the frame it names,
 * unmapping gives the frame back, and the kernel image carries the permissions
 * paging_init() promised (text read-only and executable, data not executable).
 */
#include <ktest.h>
#include <mm.h>
#include <asm/page.h>

bool kernel_address_readable(unsigned long va);

KTEST(map_page_aliases_the_frame)
{
	size_t before = frames_free();
	phys_addr_t f = alloc_frame();
	unsigned long va = VMAP_END - 16 * PAGE_SIZE;

	KEXPECT_EQ(map_page(kernel_pml4, va, f, PAGE_KERNEL_RW), 0);
	*(volatile u64 *)va = 0x7472617064l;		/* write through the new mapping */
	KEXPECT_EQ(*(u64 *)phys_to_virt(f), 0x7472617064l);	/* read via the direct map */
	KEXPECT_EQ(unmap_page(kernel_pml4, va), f);
	KEXPECT_TRUE(!kernel_address_readable(va));
	free_frame(f);
	/* intermediate tables stay (they are shared by the kernel half) */
	KEXPECT_TRUE(frames_free() <= before);
	return 0;
}

KTEST(kernel_text_is_read_only_and_data_is_nx)
{
	extern char __text_start[], __rodata_start[], __data_start[];
	u64 *text = lookup_pte(kernel_pml4, (unsigned long)__text_start);
	u64 *ro = lookup_pte(kernel_pml4, (unsigned long)__rodata_start);
	u64 *data = lookup_pte(kernel_pml4, (unsigned long)__data_start);

	KEXPECT_TRUE(text && ro && data);
	KEXPECT_EQ(*text & PTE_WRITE, 0);
	KEXPECT_EQ(*text & PTE_NX, 0);
	KEXPECT_EQ(*ro & PTE_WRITE, 0);
	KEXPECT_EQ(*data & PTE_WRITE, PTE_WRITE);
	KEXPECT_EQ(*data & PTE_NX, PTE_NX & supported_pte_mask);
	return 0;
}

KTEST(null_page_is_not_mapped)
{
	KEXPECT_TRUE(!kernel_address_readable(0));
	KEXPECT_EQ(lookup_pte(kernel_pml4, 0) == NULL, 1);
	return 0;
}
