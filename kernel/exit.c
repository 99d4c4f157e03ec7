/*
 * kernel/exit.c - how processes end and are collected: exit/exit_group, death by
 * a fatal signal, wait4/waitpid. The exiting task frees its memory and files,
 * hands its children to init, becomes a zombie and tells its parent (SIGCHLD and
 * a wake-up); the parent's wait4 frees the rest - the zombie's kernel stack, which
 * it was still running on when it exited.
 */
#include <sched.h>
#include <signal.h>
#include <syscalls.h>
#include <uaccess.h>
#include <vm.h>
#include <fs.h>
#include <mm.h>
#include <printk.h>
#include <panic.h>
#include <asm/processor.h>

#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define WCONTINUED	0x00000008
#define __WNOTHREAD	0x20000000
#define __WALL		0x40000000
#define __WCLONE	0x80000000

void __attribute__((noreturn)) machine_power_off(void);
void vfork_release(struct task *child);
void ptrace_exit_tracer(struct task *tracer);

/* Give t's children to init (pid 1), which reaps them. */
static void reparent_children(struct task *t)
{
	struct task *init = find_task(1);

	for (struct task *c = task_list(); c; c = c->next_task) {
		if (c->ppid != t->pid || c == t)
			continue;
		c->ppid = 1;
		if (c->state == TASK_ZOMBIE && init)
			wake_up_all(&init->children_wq);
	}
}

/* Tell the parent: SIGCHLD with who and how, and wake its wait4. */
static void notify_parent(struct task *t)
{
	struct task *parent = find_task(t->ppid);

	if (!parent)
		return;
	if (t->exit_signal && parent->mm) {
		int sig = t->exit_signal;
		send_signal(parent, sig);
		parent->siginfo[sig - 1].pid = t->pid;
		parent->siginfo[sig - 1].code = (t->exit_status & 0x7f) ? CLD_KILLED : CLD_EXITED;
		parent->siginfo[sig - 1].status = (t->exit_status & 0x7f) ? t->exit_status & 0x7f
									   : t->exit_status >> 8;
	}
	wake_up_all(&parent->children_wq);
}

void __noreturn do_exit(int status)
{
	struct task *t = current;

	if (t->pid == 1 && t->mm) {
		/* Linux panics here. A teaching kernel whose init may be a student's
		 * one-shot program (init=/bin/hello) says so and powers off instead. */
		printk(KERN_NOTICE "init (pid 1) exited with status 0x%x: nothing left to run, "
		       "powering off\n", status);
		machine_power_off();
	}
	if (t->pid == 1)
		panic("Attempted to kill init! exit status 0x%x", status);
	vfork_release(t);
	if (t->clear_child_tid && t->mm)
		(void)put_user(0, (int __user *)t->clear_child_tid);
	if (t->files) {
		files_destroy(t->files);
		t->files = NULL;
	}
	inode_put(t->cwd);
	t->cwd = NULL;
	if (t->mm) {
		struct mm *mm = t->mm;
		t->mm = NULL;
		mm_put(mm);		/* switches to the kernel's page tables first */
	}
	local_irq_disable();
	t->exit_status = status;
	t->state = TASK_ZOMBIE;
	ptrace_exit_tracer(t);
	reparent_children(t);
	notify_parent(t);
	if (t->waiter)
		wake_up(t->waiter);
	schedule();
	panic("a zombie was scheduled");
}

/* The kernel's own wait for a task it started (utest, ktests). */
int task_wait(struct task *t)
{
	u64 flags = irq_save();

	while (t->state != TASK_ZOMBIE) {
		t->waiter = current;
		sleep_until(0);
	}
	irq_restore(flags);
	int status = t->exit_status;
	task_free(t);
	return status;
}

/* Which children does a wait4 pid argument select? */
static bool wait_selects(struct task *me, struct task *c, int pid)
{
	if (c->ppid != me->pid || c == me)
		return false;
	if (pid > 0)
		return c->pid == pid;
	if (pid == 0)
		return c->pgid == me->pgid;
	if (pid < -1)
		return c->pgid == -pid;
	return true;
}

/* A selected child with something to report - a zombie, or a traced child in
 * a stop not reported yet - or NULL; *any is set if any child matches at all. */
static struct task *find_zombie(int pid, bool *any)
{
	*any = false;
	for (struct task *c = task_list(); c; c = c->next_task) {
		if (!wait_selects(current, c, pid))
			continue;
		*any = true;
		if (c->state == TASK_ZOMBIE ||
		    (c->state == TASK_TRACED && !c->ptrace_reported))
			return c;
	}
	return NULL;
}

static long do_wait(int pid, int __user *stat_addr, int options, void __user *ru)
{
	struct task *z;
	bool any;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WALL | __WCLONE))
		return -EINVAL;
	for (;;) {
		u64 flags = irq_save();
		z = find_zombie(pid, &any);
		if (!z && any && !(options & WNOHANG)) {
			long err = wait_event_interruptible(&current->children_wq,
							    find_zombie(pid, &any) || !any);
			irq_restore(flags);
			if (err)
				return err;
			continue;
		}
		irq_restore(flags);
		break;
	}
	if (!z)
		return any ? 0 : -ECHILD;
	if (z->state == TASK_TRACED) {		/* a ptrace stop: "stopped by code" */
		z->ptrace_reported = true;
		if (stat_addr && put_user((z->ptrace_code << 8) | 0x7f, stat_addr))
			return -EFAULT;
		return z->pid;
	}
	int status = z->exit_status, zpid = z->pid;
	if (stat_addr && put_user(status, stat_addr))
		return -EFAULT;
	if (ru) {
		static const char zero[144];	/* struct rusage: no accounting yet */
		if (copy_to_user(ru, zero, current->compat ? 72 : 144))
			return -EFAULT;
	}
	task_free(z);
	return zpid;
}

SYSCALL_DEFINE4(wait4, int, pid, int __user *, stat_addr, int, options, void __user *, ru)
{
	return do_wait(pid, stat_addr, options, ru);
}

/* i386 waitpid (7): wait4 without the usage. */
SYSCALL_DEFINE3(waitpid, int, pid, int __user *, stat_addr, int, options)
{
	return do_wait(pid, stat_addr, options, NULL);
}

static const char *const signal_names[] = {
	[SIGILL] = "SIGILL", [SIGTRAP] = "SIGTRAP", [SIGBUS] = "SIGBUS",
	[SIGFPE] = "SIGFPE", [SIGSEGV] = "SIGSEGV",
};

/* A fault the task cannot survive right now (no way to deliver a signal). */
void __noreturn force_fatal_signal(int sig, const char *why, unsigned long addr)
{
	struct pt_regs *regs = task_pt_regs(current);

	printk(KERN_INFO "%s[%d]: %s at %lx ip %lx sp %lx: killed by %s\n", current->comm,
	       current->pid, why, addr, regs->ip, regs->sp,
	       sig < (int)ARRAY_SIZE(signal_names) && signal_names[sig] ? signal_names[sig] : "signal");
	do_exit(sig);		/* wait status: terminated by signal `sig` */
}

SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}
