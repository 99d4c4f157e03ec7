/* The generic system-call entry points: errno itself, __syscall_ret (the function form
 * of the lecture's __syscall_return) and long syscall(long nr, ...), which passes six
 * arguments whatever the call takes: the kernel ignores the unused ones. */
#include <stdarg.h>
#include <errno.h>
#include <sys/syscall.h>
#include "internal.h"

int errno;

long __syscall_ret(unsigned long r)
{
	if (r >= (unsigned long)-4095) {
		errno = -(long)r;
		return -1;
	}
	return (long)r;
}

long syscall(long nr, ...)
{
	long a1, a2, a3, a4, a5, a6;
	va_list ap;

	va_start(ap, nr);
	a1 = va_arg(ap, long);
	a2 = va_arg(ap, long);
	a3 = va_arg(ap, long);
	a4 = va_arg(ap, long);
	a5 = va_arg(ap, long);
	a6 = va_arg(ap, long);
	va_end(ap);
	return __syscall_ret(__syscall6(nr, a1, a2, a3, a4, a5, a6));
}
