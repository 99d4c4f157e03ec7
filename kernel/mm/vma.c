/*
 * kernel/mm/vma.c - user address spaces: create, map, unmap, protect, destroy.
 * Every user page belongs to exactly one area; an area's pages are all present
 * (eager allocation), so "is this address mapped" is a list search, and the page
 * tables never disagree with the list. Kernel PML4 entries are shared by copying.
 */
#include <vm.h>
#include <mm.h>
#include <string.h>
#include <errno.h>
#include <panic.h>
#include <asm/page.h>
#include <asm/processor.h>

static u64 prot_to_pte(unsigned int prot)
{
	u64 pte = PTE_PRESENT | PTE_USER;

	if (prot & PROT_WRITE)
		pte |= PTE_WRITE;
	if (!(prot & PROT_EXEC))
		pte |= PTE_NX;
	return pte;
}

struct mm *mm_create(bool compat)
{
	struct mm *mm = kzalloc(sizeof(*mm));
	phys_addr_t pml4 = alloc_frame();

	if (!mm || !pml4) {
		kfree(mm);
		if (pml4)
			free_frame(pml4);
		return NULL;
	}
	mm->pml4 = phys_to_virt(pml4);
	/* the kernel half is the same everywhere: share its PML4 entries */
	memcpy(mm->pml4 + 256, kernel_pml4 + 256, 256 * sizeof(u64));
	mm->task_size = compat ? TASK_SIZE_32 : TASK_SIZE_MAX;
	mm->users = 1;
	return mm;
}

struct vm_area *vm_find(struct mm *mm, unsigned long addr)
{
	for (struct vm_area *a = mm->areas; a && a->start <= addr; a = a->next)
		if (addr < a->end)
			return a;
	return NULL;
}

bool vm_range_is_free(struct mm *mm, unsigned long addr, unsigned long len)
{
	if (addr < USER_MIN || addr + len > mm->task_size || addr + len < addr)
		return false;
	for (struct vm_area *a = mm->areas; a; a = a->next)
		if (a->start < addr + len && addr < a->end)
			return false;
	return true;
}

unsigned long vm_find_free(struct mm *mm, unsigned long len)
{
	unsigned long top = mm->mmap_base;

	while (top >= USER_MIN + len) {
		unsigned long start = top - len;
		struct vm_area *clash = NULL;
		for (struct vm_area *a = mm->areas; a; a = a->next)
			if (a->start < top && start < a->end)
				clash = a;	/* the highest one that overlaps */
		if (!clash)
			return start;
		top = clash->start;
	}
	return 0;
}

static void insert_area(struct mm *mm, struct vm_area *n)
{
	struct vm_area **pp = &mm->areas;

	while (*pp && (*pp)->start < n->start)
		pp = &(*pp)->next;
	n->next = *pp;
	*pp = n;
}

static int new_area(struct mm *mm, unsigned long addr, unsigned long len,
		    unsigned int prot, unsigned int flags)
{
	struct vm_area *a = kzalloc(sizeof(*a));

	if (!a)
		return -ENOMEM;
	a->start = addr;
	a->end = addr + len;
	a->prot = prot;
	a->flags = flags;
	insert_area(mm, a);
	return 0;
}

static void unmap_pages(struct mm *mm, unsigned long start, unsigned long end, bool free)
{
	for (unsigned long va = start; va < end; va += PAGE_SIZE) {
		phys_addr_t pa = unmap_page(mm->pml4, va);
		if (pa && free)
			put_frame(pa);		/* freed when its last owner lets go */
	}
}

int vm_map_anon(struct mm *mm, unsigned long addr, unsigned long len, unsigned int prot)
{
	return vm_map_anon_flags(mm, addr, len, prot, 0);
}

int vm_map_anon_flags(struct mm *mm, unsigned long addr, unsigned long len, unsigned int prot,
		      unsigned int vm_flags)
{
	if (!vm_range_is_free(mm, addr, len))
		return -ENOMEM;
	for (unsigned long va = addr; va < addr + len; va += PAGE_SIZE) {
		phys_addr_t f = alloc_frame();
		if (!f || map_page(mm->pml4, va, f, prot_to_pte(prot))) {
			if (f)
				free_frame(f);
			unmap_pages(mm, addr, va, true);
			return -ENOMEM;
		}
	}
	int err = new_area(mm, addr, len, prot, vm_flags);
	if (err)
		unmap_pages(mm, addr, addr + len, true);
	return err;
}

int vm_map_frames(struct mm *mm, unsigned long addr, phys_addr_t first, size_t npages,
		  unsigned int prot)
{
	if (!vm_range_is_free(mm, addr, npages * PAGE_SIZE))
		return -ENOMEM;
	for (size_t i = 0; i < npages; i++)
		if (map_page(mm->pml4, addr + i * PAGE_SIZE, first + i * PAGE_SIZE,
			     prot_to_pte(prot))) {
			unmap_pages(mm, addr, addr + i * PAGE_SIZE, false);
			return -ENOMEM;
		}
	return new_area(mm, addr, npages * PAGE_SIZE, prot, VM_SPECIAL);
}

/* Split area a at addr (inside it): a keeps [start, addr), a new one gets the rest. */
static int split_area(struct vm_area *a, unsigned long addr)
{
	struct vm_area *b = kzalloc(sizeof(*b));

	if (!b)
		return -ENOMEM;
	*b = *a;
	b->start = addr;
	a->end = addr;
	a->next = b;
	return 0;
}

/* Make [addr, addr + len) area boundaries. */
static int split_range(struct mm *mm, unsigned long addr, unsigned long len)
{
	for (struct vm_area *a = mm->areas; a; a = a->next) {
		if (a->start < addr && addr < a->end && split_area(a, addr))
			return -ENOMEM;
		if (a->start < addr + len && addr + len < a->end && split_area(a, addr + len))
			return -ENOMEM;
	}
	return 0;
}

int vm_unmap(struct mm *mm, unsigned long addr, unsigned long len)
{
	if (split_range(mm, addr, len))
		return -ENOMEM;
	struct vm_area **pp = &mm->areas;
	while (*pp) {
		struct vm_area *a = *pp;
		if (a->start >= addr && a->end <= addr + len) {
			unmap_pages(mm, a->start, a->end, !(a->flags & VM_SPECIAL));
			*pp = a->next;
			kfree(a);
		} else {
			pp = &a->next;
		}
	}
	return 0;
}

int vm_protect(struct mm *mm, unsigned long addr, unsigned long len, unsigned int prot)
{
	/* every page of the range must be mapped (Linux: ENOMEM otherwise) */
	for (unsigned long va = addr; va < addr + len; ) {
		struct vm_area *a = vm_find(mm, va);
		if (!a)
			return -ENOMEM;
		if ((a->flags & VM_SPECIAL) && (prot & PROT_WRITE))
			return -EACCES;		/* the vDSO's frames are shared by all */
		va = a->end;
	}
	if (split_range(mm, addr, len))
		return -ENOMEM;
	for (struct vm_area *a = mm->areas; a; a = a->next) {
		if (a->start < addr || a->end > addr + len)
			continue;
		a->prot = prot;
		for (unsigned long va = a->start; va < a->end; va += PAGE_SIZE) {
			u64 *pte = lookup_pte(mm->pml4, va);
			if (!pte)
				continue;
			u64 flags = prot_to_pte(prot);
			/* a shared copy-on-write page stays read-only until written */
			if ((*pte & PTE_COW) && (flags & PTE_WRITE))
				flags = (flags & ~PTE_WRITE) | PTE_COW;
			*pte = (*pte & PTE_ADDR_MASK) | (flags & supported_pte_mask);
			invlpg(va);
		}
	}
	return 0;
}

/* Free the user half's page tables (levels 3..1), below PML4 entry 256. */
static void free_tables(u64 *table, int level)
{
	for (int i = 0; i < (level == 4 ? 256 : 512); i++) {
		if (!(table[i] & PTE_PRESENT))
			continue;
		if (level > 2)
			free_tables(phys_to_virt(table[i] & PTE_ADDR_MASK), level - 1);
		free_frame(table[i] & PTE_ADDR_MASK);
	}
}

void mm_destroy(struct mm *mm)
{
	vm_unmap(mm, 0, mm->task_size);
	if (read_cr3() == virt_to_phys(mm->pml4))
		write_cr3(virt_to_phys(kernel_pml4));
	free_tables(mm->pml4, 4);
	free_frame(virt_to_phys(mm->pml4));
	kfree(mm);
}

/*
 * fork's address space: the same areas; private writable pages shared
 * read-only and marked copy-on-write in both, read-only pages simply shared, the
 * vDSO's frames mapped again. Nothing is copied until somebody writes.
 */
struct mm *mm_dup(struct mm *old)
{
	struct mm *mm = mm_create(old->task_size == TASK_SIZE_32);

	if (!mm)
		return NULL;
	mm->start_brk = old->start_brk;
	mm->brk = old->brk;
	mm->mmap_base = old->mmap_base;
	mm->vdso_base = old->vdso_base;
	mm->vdso_landing_pad = old->vdso_landing_pad;
	mm->stack_top = old->stack_top;
	for (struct vm_area *a = old->areas; a; a = a->next) {
		if (new_area(mm, a->start, a->end - a->start, a->prot, a->flags))
			goto fail;
		for (unsigned long va = a->start; va < a->end; va += PAGE_SIZE) {
			u64 *pte = lookup_pte(old->pml4, va);
			if (!pte)
				continue;
			phys_addr_t pa = *pte & PTE_ADDR_MASK;
			u64 flags = *pte & ~PTE_ADDR_MASK;
			if (!(a->flags & VM_SPECIAL) && !get_frame(pa)) {
				phys_addr_t copy = alloc_frame();	/* too many owners: copy */
				if (!copy)
					goto fail;
				memcpy(phys_to_virt(copy), phys_to_virt(pa), PAGE_SIZE);
				pa = copy;
			} else if (a->flags & VM_SHARED) {
				/* MAP_SHARED: the very same frames, writable in both */
			} else if (!(a->flags & VM_SPECIAL)) {
				/* shared: read-only in both until someone writes (even a
				 * read-only page: mprotect could make it writable later) */
				flags = (flags & ~PTE_WRITE) | PTE_COW;
				*pte = pa | flags;
			}
			if (map_page(mm->pml4, va, pa, flags))
				goto fail;
		}
	}
	write_cr3(read_cr3());	/* the parent's PTEs changed: flush its TLB */
	return mm;
fail:
	write_cr3(read_cr3());
	mm_destroy(mm);
	return NULL;
}

/*
 * A write to a copy-on-write page: give the writer its own copy (or the page
 * itself, if nobody else owns it any more). 0, or -EFAULT if the write is not
 * allowed at all (the caller then raises SIGSEGV or returns -EFAULT).
 */
int vm_handle_cow(struct mm *mm, unsigned long addr)
{
	struct vm_area *a = vm_find(mm, addr);
	unsigned long va = addr & PAGE_MASK;
	u64 *pte = lookup_pte(mm->pml4, va);

	if (!a || !(a->prot & PROT_WRITE) || !pte || !(*pte & PTE_COW))
		return -EFAULT;
	phys_addr_t pa = *pte & PTE_ADDR_MASK;
	if (frame_shared(pa)) {
		phys_addr_t copy = alloc_frame();
		if (!copy)
			return -ENOMEM;
		memcpy(phys_to_virt(copy), phys_to_virt(pa), PAGE_SIZE);
		put_frame(pa);
		pa = copy;
	}
	*pte = pa | (prot_to_pte(a->prot) & supported_pte_mask);
	invlpg(va);
	return 0;
}

/* A reference fewer; the last user destroys the address space. */
void mm_put(struct mm *mm)
{
	if (--mm->users == 0)
		mm_destroy(mm);
}

/* Store a 32-bit value in another address space (clone's CHILD_SETTID). */
int vm_write_u32(struct mm *mm, unsigned long addr, u32 val)
{
	struct vm_area *a = vm_find(mm, addr);

	if (!a || !(a->prot & PROT_WRITE) || (addr & 3))
		return -EFAULT;
	u64 *pte = lookup_pte(mm->pml4, addr & PAGE_MASK);
	if (!pte || ((*pte & PTE_COW) && vm_handle_cow(mm, addr)))
		return -EFAULT;
	pte = lookup_pte(mm->pml4, addr & PAGE_MASK);
	*(u32 *)((char *)phys_to_virt(*pte & PTE_ADDR_MASK) + (addr & ~PAGE_MASK)) = val;
	return 0;
}
