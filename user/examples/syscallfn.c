/* syscallfn.c: the generic syscall(nr, ...): any call by number, no wrapper needed.
 * libc passes all six argument registers; the kernel ignores the unused ones.
 * (On i386 it enters through __kernel_vsyscall when the kernel offers one.) */
#include <stdio.h>
#include <unistd.h>
#include "examples.h"

long ex_syscallfn_write(int fd, const void *buf, unsigned long count)
{
	return syscall(__NR_write, fd, buf, count);
}

long ex_syscallfn_getpid(void)
{
	return syscall(__NR_getpid);
}

#ifndef EXAMPLE_LIB
int main(void)
{
	long n = syscall(__NR_write, 1, "hello\n", 6);
	long pid = syscall(__NR_getpid);

	printf("syscall(__NR_write = %d, 1, \"hello\\n\", 6) = %ld\n", __NR_write, n);
	printf("syscall(__NR_getpid = %d) = %ld\n", __NR_getpid, pid);
	return n == 6 && pid > 0 ? 0 : 1;
}
#endif
