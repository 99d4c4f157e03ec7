/*
 * kernel/sys.c - the small system calls about "who am I": process and user ids,
 * uname, sched_yield, set_tid_address, reboot. Every process runs as root.
 */
#include <syscalls.h>
#include <sched.h>
#include <uaccess.h>
#include <string.h>
#include <errno.h>
#include <printk.h>
#include <version.h>
#include <asm/platform.h>

SYSCALL_DEFINE0(getpid)
{
	return current->pid;
}

SYSCALL_DEFINE0(gettid)
{
	return current->pid;	/* one thread per process */
}

SYSCALL_DEFINE0(getppid)
{
	return current->ppid;
}

SYSCALL_DEFINE0(getuid)
{
	return 0;
}

SYSCALL_DEFINE0(geteuid)
{
	return 0;
}

SYSCALL_DEFINE0(getgid)
{
	return 0;
}

SYSCALL_DEFINE0(getegid)
{
	return 0;
}

SYSCALL_DEFINE0(sched_yield)
{
	yield();
	return 0;
}

SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	current->clear_child_tid = (unsigned long)tidptr;
	return current->pid;
}

struct new_utsname {
	char sysname[65], nodename[65], release[65], version[65], machine[65],
	     domainname[65];
};

/* "Linux" and a 6.1 release: static libcs check the kernel version (reference
 * §4.3); the version string says what is really running. */
SYSCALL_DEFINE1(newuname, struct new_utsname __user *, name)
{
	struct new_utsname u = {
		.sysname = "Linux", .nodename = "trapdoor", .release = "6.1.0-trapdoor",
		.version = "#1 Trapdoor " TRAPDOOR_VERSION, .machine = "x86_64",
		.domainname = "(none)",
	};

	return copy_to_user(name, &u, sizeof(u)) ? -EFAULT : 0;
}

#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_MAGIC2A		85072278
#define LINUX_REBOOT_MAGIC2B		369367448
#define LINUX_REBOOT_MAGIC2C		537993216
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xcdef0123
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedc

void __attribute__((noreturn)) machine_power_off(void);

SYSCALL_DEFINE4(reboot, int, magic1, int, magic2, unsigned int, cmd, void __user *, arg)
{
	(void)arg;
	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_POWER_OFF:
	case LINUX_REBOOT_CMD_HALT:
	case LINUX_REBOOT_CMD_RESTART:
		printk(KERN_NOTICE "reboot: Power down\n");
		machine_power_off();
	default:
		return -EINVAL;
	}
}

/* ---- process groups and sessions: what a shell needs for job control ---- */

SYSCALL_DEFINE2(setpgid, int, pid, int, pgid)
{
	struct task *t = pid ? find_task(pid) : current;

	if (pgid < 0)
		return -EINVAL;
	if (!t || (t != current && t->ppid != current->pid))
		return -ESRCH;			/* only ourselves or our children */
	if (t->sid != current->sid || t->pid == t->sid)
		return -EPERM;			/* other session, or a session leader */
	if (!pgid)
		pgid = t->pid;
	if (pgid != t->pid) {			/* joining: the group must exist here */
		bool found = false;
		for (struct task *p = task_list(); p; p = p->next_task)
			if (p->pgid == pgid && p->sid == current->sid && p->state != TASK_ZOMBIE)
				found = true;
		if (!found)
			return -EPERM;
	}
	t->pgid = pgid;
	return 0;
}

SYSCALL_DEFINE1(getpgid, int, pid)
{
	struct task *t = pid ? find_task(pid) : current;

	return t ? t->pgid : -ESRCH;
}

SYSCALL_DEFINE0(getpgrp)
{
	return current->pgid;
}

SYSCALL_DEFINE0(setsid)
{
	struct task *t = current;

	for (struct task *p = task_list(); p; p = p->next_task)
		if (p->pgid == t->pid && p->state != TASK_ZOMBIE)
			return -EPERM;		/* already a group leader */
	t->sid = t->pgid = t->pid;
	return t->sid;
}

SYSCALL_DEFINE1(getsid, int, pid)
{
	struct task *t = pid ? find_task(pid) : current;

	return t ? t->sid : -ESRCH;
}
