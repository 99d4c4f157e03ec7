/*
 * vdso_arch.h - what the vDSO's C code needs from the CPU (DESIGN §8, the vDSO slide):
 * the vvar page one page below the image, the TSC, and the real system call for the
 * fallbacks (`syscall` in the 64-bit image, `int $0x80` in the 32-bit one).
 * Only for code linked into the vDSO: no kernel symbol is reachable from here.
 */
#ifndef _VDSO_ARCH_H
#define _VDSO_ARCH_H

#include <types.h>
#include <compiler.h>
#include <asm/vdso.h>

#define __vdso_inline	inline __attribute__((always_inline))

/* The kernel writes the page with x86-64's layout; the i386 image must agree. */
_Static_assert(__builtin_offsetof(struct vdso_data, cycle_last) == 8, "vvar layout");
_Static_assert(__builtin_offsetof(struct vdso_data, basetime) == 48, "vvar layout");
_Static_assert(sizeof(struct vdso_data) == 48 + 16 * VDSO_MAX_CLOCKS, "vvar layout");

/*
 * The vvar page. The linker script puts vvar_page at -4096 (the image is linked at
 * 0), so its address is "our own address minus a constant": PC-relative, no
 * relocation. Hidden: it is never exported and never goes through a GOT. Not
 * const: the kernel changes it under us, and gcc may cache reads of a const object
 * across the barriers of the seqcount loop.
 */
extern struct vdso_data vvar_page __attribute__((visibility("hidden")));

static __vdso_inline const struct vdso_data *vdso_vvar(void)
{
#ifdef __x86_64__
	return &vvar_page;		/* lea vvar_page(%rip) */
#else
	const struct vdso_data *vd;

	/*
	 * i386 has no %eip-relative addressing: learn our address with a call, then
	 * add the link-time distance to vvar_page. The assembler turns vvar_page-1b
	 * into an R_386_PC32 that ld resolves statically. gcc's own way (a GOT
	 * pointer plus @GOTOFF) would drag in _GLOBAL_OFFSET_TABLE_ and a writable
	 * .got.plt.
	 */
	asm("call 1f\n"
	    "1:\tpopl %0\n\t"			/* %0 = address of 1: */
	    "addl $vvar_page-1b, %0"		/* + (vvar_page - 1:) */
	    : "=r"(vd));
	return vd;
#endif
}

/*
 * The seqcount reader (the kernel's tick is the writer): wait for an even count,
 * read, then check the count did not move. x86 is TSO - loads are not reordered
 * with loads - so compiler barriers are all the ordering we need.
 */
static __vdso_inline u32 vdso_read_begin(const struct vdso_data *vd)
{
	u32 seq;

	while (unlikely((seq = READ_ONCE(vd->seq)) & 1))
		asm volatile("pause");		/* the writer is mid-update: spin */
	barrier();
	return seq;
}

static __vdso_inline bool vdso_read_retry(const struct vdso_data *vd, u32 seq)
{
	barrier();
	return unlikely(READ_ONCE(vd->seq) != seq);
}

/*
 * The TSC. lfence keeps rdtsc from running before the loads above it (the seq and
 * cycle_last reads): rdtsc is not ordered by TSO, and an early TSC value would be
 * older than cycle_last (SDM vol. 2B, RDTSC).
 */
static __vdso_inline u64 rdtsc_ordered(void)
{
	u32 lo, hi;

	asm volatile("lfence\n\trdtsc" : "=a"(lo), "=d"(hi) :: "memory");
	return ((u64)hi << 32) | lo;
}

/* The real system calls. Numbers are Linux's, per ABI (syscall_64.tbl / _32.tbl). */
#ifdef __x86_64__
#define __NR_vdso_gettimeofday		96
#define __NR_vdso_time			201
#define __NR_vdso_clock_gettime		228
#define __NR_vdso_clock_getres		229
#define __NR_vdso_getcpu		309

/* SYSCALL clobbers rcx (return address) and r11 (rflags). */
static __vdso_inline long vdso_syscall3(long nr, long a, long b, long c)
{
	long ret;

	asm volatile("syscall"
		     : "=a"(ret)
		     : "0"(nr), "D"(a), "S"(b), "d"(c)
		     : "rcx", "r11", "memory");
	return ret;
}
#else
#define __NR_vdso_time			13
#define __NR_vdso_gettimeofday		78
#define __NR_vdso_clock_gettime		265	/* 32-bit time_t timespec */
#define __NR_vdso_clock_getres		266
#define __NR_vdso_getcpu		318
#define __NR_vdso_clock_gettime64	403	/* 64-bit time_t timespec */

/* int $0x80 preserves every register but eax. */
static __vdso_inline long vdso_syscall3(long nr, long a, long b, long c)
{
	long ret;

	asm volatile("int $0x80"
		     : "=a"(ret)
		     : "0"(nr), "b"(a), "c"(b), "d"(c)
		     : "memory");
	return ret;
}
#endif

#define vdso_syscall2(nr, a, b)	vdso_syscall3(nr, a, b, 0)
#define vdso_syscall1(nr, a)	vdso_syscall3(nr, a, 0, 0)

#endif
