/*
 * arch/x86/kernel/sys_x86_64.c - arch_prctl(2): a 64-bit process's FS and GS base
 * (thread-local storage: static libcs set FS at start-up). A base must be a user
 * address: the paranoid entry trusts that a negative GS base is the kernel's.
 */
#include <syscalls.h>
#include <sched.h>
#include <uaccess.h>
#include <errno.h>
#include <asm/msr.h>
#include <asm/page.h>

#define ARCH_SET_GS	0x1001
#define ARCH_SET_FS	0x1002
#define ARCH_GET_FS	0x1003
#define ARCH_GET_GS	0x1004

SYSCALL_DEFINE2(arch_prctl, int, option, unsigned long, arg2)
{
	struct task *t = current;

	switch (option) {
	case ARCH_SET_FS:
	case ARCH_SET_GS:
		if (arg2 >= TASK_SIZE_MAX)
			return -EPERM;
		if (option == ARCH_SET_FS) {
			t->fs_base = arg2;
			t->fsindex = 0;
			asm volatile("movl %k0, %%fs" :: "r"(0));	/* null selector... */
			wrmsr(MSR_FS_BASE, arg2);			/* ...then the base */
		} else {
			t->gs_base = arg2;
			t->gsindex = 0;
			/* the user's GS base waits in KERNEL_GS_BASE until swapgs */
			wrmsr(MSR_KERNEL_GS_BASE, arg2);
		}
		return 0;
	case ARCH_GET_FS:
		return put_user(t->fsindex ? rdmsr(MSR_FS_BASE) : t->fs_base,
				(unsigned long __user *)arg2);
	case ARCH_GET_GS:
		return put_user(t->gs_base, (unsigned long __user *)arg2);
	default:
		return -EINVAL;
	}
}
