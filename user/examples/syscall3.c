/* syscall3.c: the lecture's first way in: _syscall3/_syscall0 expand to a whole
 * wrapper function (load the registers, trap, __syscall_return turns -errno into
 * errno and -1). 64-bit: the SYSCALL instruction; 32-bit: int $0x80, the slide's
 * form (libc's own wrappers go through __kernel_vsyscall instead). */
#ifdef __i386__
#define __SYSCALL_INSN "int $0x80"
#endif
#include <stdio.h>
#include <unistd.h>
#include "examples.h"

/* The macro names the function after the call, so give the new names numbers. */
#define __NR_ex_write	__NR_write
#define __NR_ex_getpid	__NR_getpid
static _syscall3(ssize_t, ex_write, int, fd, const void *, buf, size_t, count)
static _syscall0(pid_t, ex_getpid)

long ex_syscall3_write(int fd, const void *buf, unsigned long count)
{
	return ex_write(fd, buf, count);
}

long ex_syscall3_getpid(void)
{
	return ex_getpid();
}

#ifndef EXAMPLE_LIB
int main(void)
{
	long n = ex_write(1, "hello\n", 6);
	long pid = ex_getpid();

	printf("_syscall3(ssize_t, write, ...): write(1, \"hello\\n\", 6) = %ld\n", n);
	printf("_syscall0(pid_t, getpid): getpid() = %ld\n", pid);
	return n == 6 && pid > 0 ? 0 : 1;
}
#endif
