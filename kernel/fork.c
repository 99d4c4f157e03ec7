/*
 * kernel/fork.c - fork, vfork and clone (lecture: process creation). The child
 * is a copy of the caller: its address space shared copy-on-write (mm_dup), its
 * open files shared, its signal handlers, mask, TLS and FPU state copied, and its
 * kernel stack holding the caller's pt_regs with ax = 0 - so its first return to
 * user mode (ret_from_fork, always IRET) comes out of the same system call.
 */
#include <syscalls.h>
#include <sched.h>
#include <signal.h>
#include <vm.h>
#include <fs.h>
#include <mm.h>
#include <string.h>
#include <uaccess.h>
#include <errno.h>
#include <cmdline.h>
#include <asm/msr.h>
#include <asm/processor.h>

#define CSIGNAL			0x000000ff	/* the signal sent to the parent at exit */
#define CLONE_VM		0x00000100
#define CLONE_FS		0x00000200
#define CLONE_FILES		0x00000400
#define CLONE_SIGHAND		0x00000800
#define CLONE_VFORK		0x00004000
#define CLONE_PARENT		0x00008000
#define CLONE_THREAD		0x00010000
#define CLONE_SETTLS		0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_CHILD_SETTID	0x01000000


static long do_fork(unsigned long flags, unsigned long newsp, int __user *parent_tid,
		    int __user *child_tid, unsigned long tls)
{
	struct task *parent = current, *child;

	/* Threads come later: only fork-like clones, or vfork's CLONE_VM|CLONE_VFORK. */
	if (flags & (CLONE_THREAD | CLONE_SIGHAND | CLONE_FS | CLONE_FILES | CLONE_PARENT))
		return -EINVAL;
	if ((flags & CLONE_VM) && !(flags & CLONE_VFORK))
		return -EINVAL;
	if ((flags & CLONE_SETTLS) && parent->compat)
		return -EINVAL;			/* i386 TLS through clone: not supported */
	child = task_create(parent->comm);
	if (!child)
		return -EAGAIN;

	/* the user-visible state: everything from the task but its identity */
	asm volatile("fxsave64 %0" : "=m"(*(u8 (*)[512])parent->fpu));
	memcpy(child->fpu, parent->fpu, sizeof(child->fpu));
	memcpy(child->sighand, parent->sighand, sizeof(child->sighand));
	memcpy(child->tls, parent->tls, sizeof(child->tls));
	child->blocked = parent->blocked;
	child->altstack_sp = parent->altstack_sp;
	child->altstack_size = parent->altstack_size;
	child->altstack_flags = parent->altstack_flags;
	child->compat = parent->compat;
	child->fs_base = parent->fs_base;
	child->gs_base = parent->gs_base;
	asm volatile("mov %%fs, %0" : "=r"(child->fsindex));
	asm volatile("mov %%gs, %0" : "=r"(child->gsindex));
	if (!child->gsindex)
		child->gs_base = rdmsr(MSR_KERNEL_GS_BASE);	/* the user's, live */
	child->cwd = inode_get(parent->cwd);
	child->umask = parent->umask;
	child->ppid = parent->pid;
	child->pgid = parent->pgid;
	child->sid = parent->sid;
	child->exit_signal = flags & CSIGNAL;
	child->flags = boot_params.strace ? TIF_SYSCALL_TRACE : 0;	/* not traced */

	if (flags & CLONE_VM) {
		child->mm = parent->mm;		/* vfork: borrowed until exec or exit */
		child->mm->users++;
	} else {
		child->mm = mm_dup(parent->mm);
	}
	child->files = files_dup(parent->files);
	if (!child->mm || !child->files) {
		if (child->mm)
			mm_put(child->mm);
		if (child->files)
			files_destroy(child->files);
		task_free(child);
		return -ENOMEM;
	}

	struct pt_regs regs = *task_pt_regs(parent);
	regs.ax = 0;				/* the child's fork() returns 0 */
	if (newsp)
		regs.sp = newsp;
	if (flags & CLONE_SETTLS) {
		child->fs_base = tls;
		child->fsindex = 0;
	}
	if (flags & CLONE_CHILD_CLEARTID)
		child->clear_child_tid = (unsigned long)child_tid;
	task_start_user(child, &regs);

	/* the tid stores happen before the child can run */
	if (flags & CLONE_PARENT_SETTID)
		(void)put_user(child->pid, parent_tid);	/* a fault is ignored, as in Linux */
	int pid = child->pid;
	if (flags & CLONE_CHILD_SETTID)		/* in the child's memory, not ours */
		vm_write_u32(child->mm, (unsigned long)child_tid, pid);
	if (flags & CLONE_VFORK)
		child->vfork_parent = parent;
	u64 irq = irq_save();
	child->state = TASK_RUNNING;
	if (flags & CLONE_VFORK) {		/* sleep until the child lets go of our mm */
		while (child->vfork_parent && !signal_pending(parent))
			sleep_until(0);
	}
	irq_restore(irq);
	return pid;
}

SYSCALL_DEFINE0(fork)
{
	return do_fork(SIGCHLD, 0, NULL, NULL, 0);
}

SYSCALL_DEFINE0(vfork)
{
	return do_fork(CLONE_VM | CLONE_VFORK | SIGCHLD, 0, NULL, NULL, 0);
}

/* x86-64 argument order: flags, newsp, parent_tid, child_tid, tls. */
SYSCALL_DEFINE5(clone, unsigned long, flags, unsigned long, newsp, int __user *, parent_tid,
		int __user *, child_tid, unsigned long, tls)
{
	return do_fork(flags, newsp, parent_tid, child_tid, tls);
}

/* i386 argument order: flags, newsp, parent_tid, tls, child_tid. */
COMPAT_SYSCALL_DEFINE5(clone, unsigned long, flags, unsigned long, newsp,
		       int __user *, parent_tid, unsigned long, tls, int __user *, child_tid)
{
	return do_fork(flags, newsp, parent_tid, child_tid, tls);
}

/* The vfork parent may go on: we exec'd (own mm now) or exit. */
void vfork_release(struct task *child)
{
	struct task *parent = child->vfork_parent;

	if (parent) {
		child->vfork_parent = NULL;
		wake_up(parent);
	}
}
