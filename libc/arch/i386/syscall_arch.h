/* i386 raw system calls (lecture: int $0x80 with the number in eax and arguments in
 * ebx, ecx, edx, esi, edi, ebp; result in eax; every other register preserved).
 * libc enters through __sysinfo: __kernel_vsyscall from AT_SYSINFO when the kernel
 * gives one (SYSENTER / SYSCALL32), else a two-instruction `int $0x80; ret` stub
 * (vsyscall.S). Both keep every register but eax. Define __SYSCALL_INSN as
 * "int $0x80" before including to get the lecture's exact form. */
#ifndef _SYSCALL_ARCH_H
#define _SYSCALL_ARCH_H

extern void *__sysinfo;

#ifndef __SYSCALL_INSN
#define __SYSCALL_INSN "call *__sysinfo"
#endif

static inline long __syscall0(long n)
{
	long ret;

	__asm__ volatile (__SYSCALL_INSN : "=a"(ret) : "a"(n) : "memory");
	return ret;
}

static inline long __syscall1(long n, long a1)
{
	long ret;

	__asm__ volatile (__SYSCALL_INSN : "=a"(ret) : "a"(n), "b"(a1) : "memory");
	return ret;
}

static inline long __syscall2(long n, long a1, long a2)
{
	long ret;

	__asm__ volatile (__SYSCALL_INSN : "=a"(ret) : "a"(n), "b"(a1), "c"(a2)
			  : "memory");
	return ret;
}

static inline long __syscall3(long n, long a1, long a2, long a3)
{
	long ret;

	__asm__ volatile (__SYSCALL_INSN : "=a"(ret)
			  : "a"(n), "b"(a1), "c"(a2), "d"(a3) : "memory");
	return ret;
}

static inline long __syscall4(long n, long a1, long a2, long a3, long a4)
{
	long ret;

	__asm__ volatile (__SYSCALL_INSN : "=a"(ret)
			  : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4) : "memory");
	return ret;
}

static inline long __syscall5(long n, long a1, long a2, long a3, long a4, long a5)
{
	long ret;

	__asm__ volatile (__SYSCALL_INSN : "=a"(ret)
			  : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
			  : "memory");
	return ret;
}

/*
 * The sixth argument goes in ebp, which gcc may be using as the frame pointer and
 * will not hand out as an operand. So: save ebp, load it (and ebx) from a two-word
 * block addressed through ebx, make the call, restore ebp. The kernel does not
 * touch our stack, so the push is safe across the call.
 */
static inline long __syscall6(long n, long a1, long a2, long a3, long a4, long a5,
			      long a6)
{
	long block[2] = { a1, a6 };
	long *p = block;
	long ret;

	__asm__ volatile ("pushl %%ebp\n\t"
			  "movl 4(%%ebx), %%ebp\n\t"	/* arg 6 */
			  "movl (%%ebx), %%ebx\n\t"	/* arg 1 */
			  __SYSCALL_INSN "\n\t"
			  "popl %%ebp"
			  : "=a"(ret), "+b"(p)
			  : "a"(n), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
			  : "memory");
	return ret;
}

#include <bits/syscall_macros.h>

#endif
