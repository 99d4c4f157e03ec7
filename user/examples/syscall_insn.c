/* syscall_insn.c (64-bit only): the SYSCALL instruction by hand: number in rax,
 * arguments in rdi, rsi, rdx (then r10, r8, r9), result in rax. The CPU puts the
 * return address in rcx and RFLAGS in r11, so both are clobbered. */
#include <stdio.h>
#include <unistd.h>
#include "examples.h"

static long syscall3(long nr, long a1, long a2, long a3)
{
	long ret;

	__asm__ volatile ("syscall"
			  : "=a"(ret)
			  : "a"(nr), "D"(a1), "S"(a2), "d"(a3)
			  : "rcx", "r11", "memory");
	return ret;
}

long ex_syscall_insn_write(int fd, const void *buf, unsigned long count)
{
	return syscall3(__NR_write, fd, (long)buf, count);
}

long ex_syscall_insn_getpid(void)
{
	return syscall3(__NR_getpid, 0, 0, 0);
}

#ifndef EXAMPLE_LIB
int main(void)
{
	long n = ex_syscall_insn_write(1, "hello\n", 6);
	long pid = ex_syscall_insn_getpid();

	printf("syscall, rax=%d: write(1, \"hello\\n\", 6) = %ld\n", __NR_write, n);
	printf("syscall, rax=%d: getpid() = %ld\n", __NR_getpid, pid);
	return n == 6 && pid > 0 ? 0 : 1;
}
#endif
