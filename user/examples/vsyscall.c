/* vsyscall.c (32-bit only): the fast way in for i386 programs: call the vDSO's
 * __kernel_vsyscall, whose address the kernel passes as AT_SYSINFO. It picks
 * SYSENTER (Intel), SYSCALL (AMD) or int $0x80; registers as for int $0x80. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/auxv.h>
#include "examples.h"

static long vsyscall3(long nr, long a1, long a2, long a3)
{
	void *entry = (void *)getauxval(AT_SYSINFO);
	long ret;

	if (!entry)
		return -ENOSYS;		/* booted with vdso=0 */
	__asm__ volatile ("call *%[entry]"
			  : "=a"(ret)
			  : "a"(nr), "b"(a1), "c"(a2), "d"(a3), [entry] "m"(entry)
			  : "memory");
	return ret;
}

long ex_vsyscall_write(int fd, const void *buf, unsigned long count)
{
	return vsyscall3(__NR_write, fd, (long)buf, count);
}

long ex_vsyscall_getpid(void)
{
	return vsyscall3(__NR_getpid, 0, 0, 0);
}

#ifndef EXAMPLE_LIB
int main(void)
{
	long n = ex_vsyscall_write(1, "hello\n", 6);
	long pid = ex_vsyscall_getpid();

	printf("__kernel_vsyscall is at %#lx (AT_SYSINFO)\n", getauxval(AT_SYSINFO));
	printf("call *AT_SYSINFO: write(1, \"hello\\n\", 6) = %ld\n", n);
	printf("call *AT_SYSINFO: getpid() = %ld\n", pid);
	return n == 6 && pid > 0 ? 0 : 1;
}
#endif
