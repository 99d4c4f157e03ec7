/* Memory-management wrappers: mmap (x86-64: mmap, offset in bytes; i386: mmap2,
 * offset in 4096-byte pages), munmap, mprotect, and brk/sbrk on the brk syscall,
 * which returns the new break on success and the old one on failure. */
#include <errno.h>
#include <unistd.h>
#include <sys/mman.h>
#include "internal.h"

#ifdef __x86_64__
_syscall6(void *, mmap, void *, addr, size_t, len, int, prot, int, flags, int, fd,
	  off_t, off)
#else
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	long r;

	if (off & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	r = __syscall6(__NR_mmap2, (long)addr, len, prot, flags, fd,
		       (unsigned long)(off >> 12));
	return (void *)__syscall_ret(r);
}
#endif

_syscall2(int, munmap, void *, addr, size_t, len)
_syscall3(int, mprotect, void *, addr, size_t, len, int, prot)

static unsigned long cur_brk;	/* 0 until the first call asks the kernel */

/* The raw brk call returns the break now in force (the old one on failure). */
static int set_break(unsigned long want)
{
	unsigned long r = __syscall1(__NR_brk, want);

	if (r >= (unsigned long)-4095)		/* no brk at all (ENOSYS) */
		return -1;
	cur_brk = r;
	return (want && r != want) ? -1 : 0;
}

int brk(void *addr)
{
	if (set_break((unsigned long)addr) < 0) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(intptr_t increment)
{
	unsigned long old;

	if (!cur_brk && set_break(0) < 0) {
		errno = ENOMEM;
		return (void *)-1;
	}
	old = cur_brk;
	if (increment == 0)
		return (void *)old;
	if ((increment > 0 && old + increment < old) ||
	    (increment < 0 && old < (unsigned long)-increment) ||
	    set_break(old + increment) < 0) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)old;
}
