/* Process and identity wrappers: _exit, the get*id family, uname, sched_yield,
 * set_tid_address, getrandom, reboot, and the TLS calls (arch_prctl on x86-64,
 * set_thread_area on i386). i386 uses the 32-bit-uid calls (getuid32 ...). */
#include <sched.h>
#include <unistd.h>
#include <asm/ldt.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/reboot.h>
#include <sys/utsname.h>
#include "internal.h"

/* POSIX _exit ends the whole process: exit_group, not exit (which ends a thread). */
_Noreturn void _exit(int status)
{
	for (;;) {
		__syscall1(__NR_exit_group, status);
		__syscall1(__NR_exit, status);
	}
}

_syscall0(pid_t, getpid)
_syscall0(pid_t, getppid)
_syscall0(pid_t, gettid)

#ifdef __NR_getuid32
#define __NR_getuid	__NR_getuid32
#define __NR_geteuid	__NR_geteuid32
#define __NR_getgid	__NR_getgid32
#define __NR_getegid	__NR_getegid32
#endif
_syscall0(uid_t, getuid)
_syscall0(uid_t, geteuid)
_syscall0(gid_t, getgid)
_syscall0(gid_t, getegid)

_syscall1(int, uname, struct utsname *, buf)
_syscall0(int, sched_yield)
_syscall1(pid_t, set_tid_address, int *, tidptr)
_syscall3(ssize_t, getrandom, void *, buf, size_t, buflen, unsigned int, flags)

int reboot(int howto)
{
	return __syscall_ret(__syscall4(__NR_reboot, LINUX_REBOOT_MAGIC1,
					LINUX_REBOOT_MAGIC2, howto, 0));
}

#ifdef __x86_64__
_syscall2(int, arch_prctl, int, code, unsigned long, addr)
#else
_syscall1(int, set_thread_area, struct user_desc *, u_info)
#endif
