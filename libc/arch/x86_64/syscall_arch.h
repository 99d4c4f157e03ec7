/* x86-64 raw system calls (lecture: "system call from 64-bit code"). SYSCALL takes the
 * number in rax and arguments in rdi, rsi, rdx, r10, r8, r9 (r10, not rcx: the CPU
 * overwrites rcx with the return rip and r11 with rflags), and returns in rax.
 * Defines the __syscallN helpers libc uses and the lecture's _syscall0 .. _syscall6. */
#ifndef _SYSCALL_ARCH_H
#define _SYSCALL_ARCH_H

static inline long __syscall0(long n)
{
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n) : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall1(long n, long a1)
{
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n), "D"(a1)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall2(long n, long a1, long a2)
{
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall3(long n, long a1, long a2, long a3)
{
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall4(long n, long a1, long a2, long a3, long a4)
{
	register long r10 __asm__("r10") = a4;
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall5(long n, long a1, long a2, long a3, long a4, long a5)
{
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long __syscall6(long n, long a1, long a2, long a3, long a4, long a5,
			      long a6)
{
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	long ret;

	__asm__ volatile ("syscall" : "=a"(ret)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8),
			    "r"(r9)
			  : "rcx", "r11", "memory");
	return ret;
}

#include <bits/syscall_macros.h>

#endif
