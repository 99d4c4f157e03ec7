/*
 * vm.h - a process's address space: its page tables and a sorted list of areas
 * (text, data, heap, stack, mmap regions, the vDSO). User memory is allocated
 * eagerly when an area is created, so a user page is either mapped or an error.
 * User space is [USER_MIN, TASK_SIZE_MAX); 32-bit processes stay below 4 GiB.
 */
#ifndef _VM_H
#define _VM_H

#include <types.h>
#include <linux/mman.h>



#define VM_SPECIAL	0x1	/* vDSO/vvar: frames shared, never freed */
#define VM_SHARED	0x2	/* MAP_SHARED: fork shares the frames, writable */

#define USER_MIN	0x10000UL	/* nothing below 64 KiB: NULL stays unmapped */
#define TASK_SIZE_32	0xffffe000UL	/* top of a 32-bit process's space */

struct vm_area {
	unsigned long start, end;	/* [start, end), page aligned */
	unsigned int prot;		/* PROT_* */
	unsigned int flags;		/* VM_* */
	struct vm_area *next;		/* sorted by address */
};

struct mm {
	int users;			/* tasks sharing it (vfork) */
	u64 *pml4;
	struct vm_area *areas;
	unsigned long start_brk, brk;	/* the heap: [start_brk, brk) */
	unsigned long mmap_base;	/* mmap searches downwards from here */
	unsigned long task_size;	/* TASK_SIZE_MAX or TASK_SIZE_32 */
	unsigned long vdso_base;	/* the vDSO's text (its vvar page is below) */
	unsigned long vdso_landing_pad;	/* 32-bit: int80_landing_pad's address */
	unsigned long stack_top;
};

struct mm *mm_create(bool compat);
void mm_destroy(struct mm *mm);
/* Map [addr, addr + len) with fresh zeroed pages. 0 or -errno. */
int vm_map_anon(struct mm *mm, unsigned long addr, unsigned long len, unsigned int prot);
/* The same, with VM_* flags for the new area (VM_SHARED). */
int vm_map_anon_flags(struct mm *mm, unsigned long addr, unsigned long len, unsigned int prot,
		      unsigned int vm_flags);
/* Map existing frames (the vDSO): never freed with the mm. */
int vm_map_frames(struct mm *mm, unsigned long addr, phys_addr_t first, size_t npages,
		  unsigned int prot);
int vm_unmap(struct mm *mm, unsigned long addr, unsigned long len);
int vm_protect(struct mm *mm, unsigned long addr, unsigned long len, unsigned int prot);
/* A free range of len bytes at or below hint (top-down), or 0. */
unsigned long vm_find_free(struct mm *mm, unsigned long len);
bool vm_range_is_free(struct mm *mm, unsigned long addr, unsigned long len);
struct vm_area *vm_find(struct mm *mm, unsigned long addr);
void mm_put(struct mm *mm);
int vm_write_u32(struct mm *mm, unsigned long addr, u32 val);
/* fork: share every page copy-on-write. */
struct mm *mm_dup(struct mm *old);
/* A write fault on a copy-on-write page: copy it. 0 or -EFAULT/-ENOMEM. */
int vm_handle_cow(struct mm *mm, unsigned long addr);

#endif
