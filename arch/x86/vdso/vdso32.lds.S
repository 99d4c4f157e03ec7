/*
 * vdso32.lds.S - the 32-bit vDSO, linux-gate.so.1 (DESIGN §8): its layout and its
 * exports. LINUX_2.5 is the older node (the system-call gate and the signal
 * trampolines), LINUX_2.6 the time functions; the ELF entry is __kernel_vsyscall.
 */
#include "vdso-layout.lds.S"

ENTRY(__kernel_vsyscall)

VERSION
{
	LINUX_2.5 {
	global:
		__kernel_vsyscall;
		__kernel_sigreturn;
		__kernel_rt_sigreturn;
	local: *;
	};

	LINUX_2.6 {
	global:
		__vdso_clock_gettime;
		__vdso_clock_gettime64;
		__vdso_gettimeofday;
		__vdso_time;
		__vdso_clock_getres;
		__vdso_getcpu;
	} LINUX_2.5;
}
