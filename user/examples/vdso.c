/* vdso.c: a system call that does not enter the kernel: clock_gettime through the
 * vDSO, the small shared object the kernel maps into every process (found from
 * AT_SYSINFO_EHDR by __vdso_sym), beside the real syscall for comparison. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <vdso.h>
#include "examples.h"

long ex_vdso_clock_gettime(clockid_t clk, struct timespec *ts)
{
	int (*vdso_clock_gettime)(clockid_t, struct timespec *);

	vdso_clock_gettime = __vdso_sym("LINUX_2.6", "__vdso_clock_gettime");
	if (!vdso_clock_gettime)
		return -ENOSYS;		/* booted with vdso=0 */
	return vdso_clock_gettime(clk, ts);
}

#ifndef EXAMPLE_LIB
int main(void)
{
	struct timespec v = { 0, 0 }, s = { 0, 0 };
	long rv = ex_vdso_clock_gettime(CLOCK_MONOTONIC, &v);
	long rs = __syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, (long)&s);

	printf("vDSO at %#lx, __vdso_clock_gettime at %p\n",
	       getauxval(AT_SYSINFO_EHDR), __vdso_sym("LINUX_2.6", "__vdso_clock_gettime"));
	printf("vDSO:    clock_gettime(CLOCK_MONOTONIC) = %ld, %ld.%09ld\n", rv,
	       (long)v.tv_sec, v.tv_nsec);
	printf("syscall: clock_gettime(CLOCK_MONOTONIC) = %ld, %ld.%09ld\n", rs,
	       (long)s.tv_sec, s.tv_nsec);
	return rv == 0 && rs == 0 ? 0 : 1;
}
#endif
