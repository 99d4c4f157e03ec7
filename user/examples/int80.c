/* int80.c: int $0x80 by hand: number in eax, arguments in ebx, ecx, edx, result in
 * eax. The same code works from 64-bit programs, which then use the i386 table
 * (write is 4, getpid 20, not 1 and 39) and may only pass pointers below 4 GiB:
 * the kernel keeps the low 32 bits of each register. */
#include <stdio.h>
#include <unistd.h>
#include "examples.h"

#define I386_NR_write	4	/* arch/x86/entry/syscalls/syscall_32.tbl */
#define I386_NR_getpid	20

static long int80_3(long nr, long a1, long a2, long a3)
{
	long ret;

	__asm__ volatile ("int $0x80"
			  : "=a"(ret)
			  : "a"(nr), "b"(a1), "c"(a2), "d"(a3)
			  : "memory");
	return (int)ret;	/* the i386 ABI's result is eax */
}

long ex_int80_write(int fd, const void *buf, unsigned long count)
{
	return int80_3(I386_NR_write, fd, (long)buf, count);
}

long ex_int80_getpid(void)
{
	return int80_3(I386_NR_getpid, 0, 0, 0);
}

#ifndef EXAMPLE_LIB
int main(void)
{
	static const char msg[] = "hello\n";	/* static: below 4 GiB */
	long n = ex_int80_write(1, msg, 6);
	long pid = ex_int80_getpid();

	printf("int $0x80 from %d-bit code, eax=%d: write(1, \"hello\\n\", 6) = %ld\n",
	       (int)sizeof(long) * 8, I386_NR_write, n);
	printf("int $0x80 from %d-bit code, eax=%d: getpid() = %ld\n",
	       (int)sizeof(long) * 8, I386_NR_getpid, pid);
	return n == 6 && pid > 0 ? 0 : 1;
}
#endif
