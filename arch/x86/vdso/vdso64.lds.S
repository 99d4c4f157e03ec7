/*
 * vdso64.lds.S - the 64-bit vDSO, linux-vdso.so.1 (DESIGN §8): its layout and the
 * symbols it exports, all in version LINUX_2.6 like Linux's, so glibc and musl find
 * them. The plain names are weak aliases of the __vdso_ ones.
 */
#include "vdso-layout.lds.S"

VERSION
{
	LINUX_2.6 {
	global:
		clock_gettime;
		__vdso_clock_gettime;
		gettimeofday;
		__vdso_gettimeofday;
		time;
		__vdso_time;
		getcpu;
		__vdso_getcpu;
		clock_getres;
		__vdso_clock_getres;
	local: *;
	};
}
