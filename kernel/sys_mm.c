/*
 * kernel/sys_mm.c - brk, mmap (and i386's mmap2), munmap, mprotect: anonymous
 * private memory only, allocated when mapped. Linux's rules for arguments:
 * unaligned addresses and bad flag combinations are -EINVAL, no room is -ENOMEM,
 * file mappings are -ENODEV here (there is no page cache).
 */
#include <syscalls.h>
#include <sched.h>
#include <vm.h>
#include <mm.h>
#include <errno.h>

/* brk(addr): move the end of the heap; returns the new break, or the old one when
 * addr is 0, below the start, or cannot be satisfied (Linux's convention). */
SYSCALL_DEFINE1(brk, unsigned long, addr)
{
	struct mm *mm = current->mm;
	unsigned long old = ALIGN_UP(mm->brk, PAGE_SIZE), new = ALIGN_UP(addr, PAGE_SIZE);

	if (addr < mm->start_brk)
		return mm->brk;
	if (new > old) {
		if (new > mm->mmap_base - PAGE_SIZE || vm_map_anon(mm, old, new - old,
								   PROT_READ | PROT_WRITE))
			return mm->brk;
	} else if (new < old) {
		vm_unmap(mm, new, old - new);
	}
	mm->brk = addr;
	return addr;
}

static long do_mmap(unsigned long addr, unsigned long len, unsigned long prot,
		    unsigned long flags, unsigned long fd, unsigned long off)
{
	struct mm *mm = current->mm;
	unsigned long type = flags & (MAP_SHARED | MAP_PRIVATE);

	(void)fd;
	if (!len || (addr & ~PAGE_MASK) || (off & ~PAGE_MASK))
		return -EINVAL;
	if (prot & ~(unsigned long)(PROT_READ | PROT_WRITE | PROT_EXEC))
		return -EINVAL;
	if (type != MAP_SHARED && type != MAP_PRIVATE)
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return -ENODEV;		/* no file mappings without a page cache */
	len = ALIGN_UP(len, PAGE_SIZE);
	if (!len || len > mm->task_size)
		return -ENOMEM;
	if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
		if (addr < USER_MIN || addr + len > mm->task_size || addr + len < addr)
			return (flags & MAP_FIXED) ? -ENOMEM : -EINVAL;
		if (!vm_range_is_free(mm, addr, len)) {
			if (flags & MAP_FIXED_NOREPLACE)
				return -EEXIST;
			vm_unmap(mm, addr, len);	/* MAP_FIXED replaces */
		}
	} else if (!addr || !vm_range_is_free(mm, addr, len)) {
		addr = vm_find_free(mm, len);	/* the hint is only a hint */
		if (!addr)
			return -ENOMEM;
	}
	int err = vm_map_anon_flags(mm, addr, len, prot, type == MAP_SHARED ? VM_SHARED : 0);
	return err ? err : (long)addr;
}

SYSCALL_DEFINE6(mmap, unsigned long, addr, unsigned long, len, unsigned long, prot,
		unsigned long, flags, unsigned long, fd, unsigned long, off)
{
	return do_mmap(addr, len, prot, flags, fd, off);
}

/* i386 mmap2: the offset counts 4096-byte pages. */
SYSCALL_DEFINE6(mmap_pgoff, unsigned long, addr, unsigned long, len, unsigned long, prot,
		unsigned long, flags, unsigned long, fd, unsigned long, pgoff)
{
	return do_mmap(addr, len, prot, flags, fd, pgoff << PAGE_SHIFT);
}

SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	struct mm *mm = current->mm;

	if ((addr & ~PAGE_MASK) || !len || addr > mm->task_size ||
	    len > mm->task_size - addr)
		return -EINVAL;
	return vm_unmap(mm, addr, ALIGN_UP(len, PAGE_SIZE));
}

SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len, unsigned long, prot)
{
	struct mm *mm = current->mm;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (prot & ~(unsigned long)(PROT_READ | PROT_WRITE | PROT_EXEC))
		return -EINVAL;
	len = ALIGN_UP(len, PAGE_SIZE);
	if (start + len < start)
		return -ENOMEM;
	if (!len)
		return 0;
	return vm_protect(mm, start, len, prot);
}
