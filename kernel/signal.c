/*
 * kernel/signal.c - signals: sending, masking, the system calls that set them up,
 * and delivery on the way back to user mode (the lecture's ret_from_sys_call:
 * "if sigpending, do_signal"). Building and tearing down the frame the handler
 * runs on is the machine's business: arch/x86/kernel/signal.c.
 */
#include <signal.h>
#include <sched.h>
#include <syscalls.h>
#include <uaccess.h>
#include <errno.h>
#include <time.h>
#include <printk.h>
#include <asm/processor.h>

#define SIG_DFL		0UL
#define SIG_IGN		1UL

#define BIT(sig)	(1ULL << ((sig) - 1))
#define UNBLOCKABLE	(BIT(SIGKILL) | BIT(SIGSTOP))
/* Default action "ignore" (the stop signals too: no job-control stops yet). */
#define DEFAULT_IGNORE	(BIT(SIGCHLD) | BIT(SIGURG) | BIT(SIGWINCH) | BIT(SIGCONT) | \
			 BIT(SIGSTOP) | BIT(SIGTSTP) | BIT(SIGTTIN) | BIT(SIGTTOU))

bool setup_signal_frame(struct pt_regs *regs, int sig, const struct k_sigaction *ka,
			u64 oldmask);
int ptrace_stop(int code);

bool signal_pending(struct task *t)
{
	return t->flags & TIF_SIGPENDING;
}

static void recalc_sigpending(struct task *t)
{
	if (t->pending & ~t->blocked)
		t->flags |= TIF_SIGPENDING;
	else
		t->flags &= ~TIF_SIGPENDING;
}

/* A new mask for the current task (sigreturn): a signal it unblocks that is
 * already pending gets delivered on the way out. */
void set_current_blocked(u64 mask)
{
	current->blocked = mask & ~UNBLOCKABLE;
	recalc_sigpending(current);
}

static int queue_signal(struct task *t, int sig, int code, int pid, unsigned long addr)
{
	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	if (!t->mm)
		return 0;			/* kernel threads take no signals */
	u64 flags = irq_save();
	t->pending |= BIT(sig);
	t->siginfo[sig - 1] = (struct k_siginfo){ .code = code, .pid = pid, .addr = addr };
	recalc_sigpending(t);
	if (signal_pending(t) || sig == SIGKILL)
		wake_up(t);			/* every sleep is interruptible */
	if (sig == SIGKILL && t->state == TASK_TRACED)
		t->state = TASK_RUNNING;	/* even a ptrace stop ends for SIGKILL */
	irq_restore(flags);
	return 0;
}

int send_signal(struct task *t, int sig)
{
	return queue_signal(t, sig, SI_USER, current->pid, 0);
}

/* A fault's signal: it cannot be blocked or ignored (else the task would fault
 * forever), so such a disposition is reset to the default first. */
void force_sig_fault(int sig, int code, unsigned long addr)
{
	struct task *t = current;

	if ((t->blocked & BIT(sig)) || t->sighand[sig - 1].handler == SIG_IGN) {
		t->blocked &= ~BIT(sig);
		t->sighand[sig - 1].handler = SIG_DFL;
	}
	queue_signal(t, sig, code, 0, addr);
}

int kill_pgrp(int pgrp, int sig)
{
	int found = 0;

	for (struct task *t = task_list(); t; t = t->next_task)
		if (t->pgid == pgrp && t->mm && t->state != TASK_ZOMBIE) {
			queue_signal(t, sig, SI_USER, current->pid, 0);
			found = 1;
		}
	return found ? 0 : -ESRCH;
}

/* The next deliverable signal (lowest number first), taken off the queue. */
static int dequeue_signal(struct task *t)
{
	u64 ready = t->pending & ~t->blocked;

	if (!ready)
		return 0;
	int sig = __builtin_ctzll(ready) + 1;
	t->pending &= ~BIT(sig);
	recalc_sigpending(t);
	return sig;
}

/* An interrupted system call: restart it (ip back over the 2-byte syscall,
 * int $0x80 or the landing pad's int $0x80) or make it fail with EINTR. */
static void handle_restart(struct pt_regs *regs, const struct k_sigaction *ka)
{
	if ((long)regs->orig_ax < 0)
		return;				/* not in a system call */
	switch ((long)regs->ax) {
	case -ERESTARTNOHAND:
	case -ERESTART_RESTARTBLOCK:
		if (ka) {
			regs->ax = -EINTR;
			break;
		}
		/* fall through */
	case -ERESTARTSYS:
		if (ka && !(ka->flags & SA_RESTART)) {
			regs->ax = -EINTR;
			break;
		}
		/* fall through */
	case -ERESTARTNOINTR:
		regs->ax = regs->orig_ax;
		regs->ip -= 2;
		break;
	}
}

void do_signal(struct pt_regs *regs)
{
	struct task *t = current;
	int sig;

	while ((sig = dequeue_signal(t))) {
		/* a traced task stops first: its tracer may pass the signal on,
		 * replace it, or cancel it */
		if ((t->ptrace & PT_PTRACED) && sig != SIGKILL && !(sig = ptrace_stop(sig)))
			continue;
		struct k_sigaction *ka = &t->sighand[sig - 1];
		if (ka->handler == SIG_IGN || (ka->handler == SIG_DFL && (BIT(sig) & DEFAULT_IGNORE)))
			continue;
		if (ka->handler == SIG_DFL)
			do_exit(sig);		/* terminate (core dumps are not written) */
		handle_restart(regs, ka);
		struct k_sigaction action = *ka;
		u64 oldmask = t->restore_blocked ? t->saved_blocked : t->blocked;
		t->restore_blocked = false;
		if (ka->flags & SA_RESETHAND)
			ka->handler = SIG_DFL;
		if (!setup_signal_frame(regs, sig, &action, oldmask)) {
			force_sig_fault(SIGSEGV, 0, 0);	/* no room for the frame */
			continue;
		}
		t->blocked |= action.mask & ~UNBLOCKABLE;
		if (!(action.flags & SA_NODEFER))
			t->blocked |= BIT(sig) & ~UNBLOCKABLE;
		recalc_sigpending(t);
		return;				/* one handler at a time */
	}
	/* no handler ran: an interrupted call restarts, sigsuspend's mask goes back */
	handle_restart(regs, NULL);
	if (t->restore_blocked) {
		t->blocked = t->saved_blocked;
		t->restore_blocked = false;
		recalc_sigpending(t);
	}
}

void signal_tick(void)
{
	for (struct task *t = task_list(); t; t = t->next_task)
		if (t->alarm_at && jiffies >= t->alarm_at) {
			t->alarm_at = 0;
			queue_signal(t, SIGALRM, SI_USER, 0, 0);
		}
}

/* ---- the system calls ---- */

struct kernel_sigaction { unsigned long handler, flags, restorer; u64 mask; };
struct compat_sigaction { u32 handler, flags, restorer; u32 mask[2]; };

static long do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact)
{
	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	struct k_sigaction *ka = &current->sighand[sig - 1];
	if (oact)
		*oact = *ka;
	if (act) {
		*ka = *act;
		ka->mask &= ~UNBLOCKABLE;
		if (ka->handler == SIG_IGN) {	/* ignoring discards what is pending */
			current->pending &= ~BIT(sig);
			recalc_sigpending(current);
		}
	}
	return 0;
}

SYSCALL_DEFINE4(rt_sigaction, int, sig, const struct kernel_sigaction __user *, act,
		struct kernel_sigaction __user *, oact, size_t, sigsetsize)
{
	struct kernel_sigaction a;
	struct k_sigaction k, old;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (act) {
		if (copy_from_user(&a, act, sizeof(a)))
			return -EFAULT;
		k = (struct k_sigaction){ a.handler, a.flags, a.restorer, a.mask };
	}
	long err = do_sigaction(sig, act ? &k : NULL, oact ? &old : NULL);
	if (!err && oact) {
		a = (struct kernel_sigaction){ old.handler, old.flags, old.restorer, old.mask };
		if (copy_to_user(oact, &a, sizeof(a)))
			return -EFAULT;
	}
	return err;
}

COMPAT_SYSCALL_DEFINE4(rt_sigaction, int, sig, const struct compat_sigaction __user *, act,
		       struct compat_sigaction __user *, oact, size_t, sigsetsize)
{
	struct compat_sigaction a;
	struct k_sigaction k, old;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (act) {
		if (copy_from_user(&a, act, sizeof(a)))
			return -EFAULT;
		k = (struct k_sigaction){ a.handler, a.flags, a.restorer,
					  a.mask[0] | (u64)a.mask[1] << 32 };
	}
	long err = do_sigaction(sig, act ? &k : NULL, oact ? &old : NULL);
	if (!err && oact) {
		a = (struct compat_sigaction){ old.handler, old.flags, old.restorer,
					       { (u32)old.mask, (u32)(old.mask >> 32) } };
		if (copy_to_user(oact, &a, sizeof(a)))
			return -EFAULT;
	}
	return err;
}

SYSCALL_DEFINE4(rt_sigprocmask, int, how, const u64 __user *, nset, u64 __user *, oset,
		size_t, sigsetsize)
{
	struct task *t = current;
	u64 set, old = t->blocked;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (nset) {
		if (copy_from_user(&set, nset, sizeof(set)))
			return -EFAULT;
		set &= ~UNBLOCKABLE;
		switch (how) {
		case SIG_BLOCK:   t->blocked |= set; break;
		case SIG_UNBLOCK: t->blocked &= ~set; break;
		case SIG_SETMASK: t->blocked = set; break;
		default:          return -EINVAL;
		}
		recalc_sigpending(t);
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(rt_sigpending, u64 __user *, uset, size_t, sigsetsize)
{
	u64 set = current->pending & current->blocked;

	if (sigsetsize > sizeof(u64))
		return -EINVAL;
	return copy_to_user(uset, &set, sigsetsize) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(rt_sigsuspend, const u64 __user *, unewset, size_t, sigsetsize)
{
	struct task *t = current;
	u64 set;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (copy_from_user(&set, unewset, sizeof(set)))
		return -EFAULT;
	t->saved_blocked = t->blocked;
	t->restore_blocked = true;	/* do_signal puts it back after the handler */
	t->blocked = set & ~UNBLOCKABLE;
	recalc_sigpending(t);
	u64 flags = irq_save();
	while (!signal_pending(t))
		sleep_until(0);
	irq_restore(flags);
	return -ERESTARTNOHAND;
}

SYSCALL_DEFINE0(pause)
{
	u64 flags = irq_save();

	while (!signal_pending(current))
		sleep_until(0);
	irq_restore(flags);
	return -ERESTARTNOHAND;
}

SYSCALL_DEFINE1(alarm, unsigned int, seconds)
{
	struct task *t = current;
	unsigned long left = t->alarm_at > jiffies ? (t->alarm_at - jiffies + HZ - 1) / HZ : 0;

	t->alarm_at = seconds ? jiffies + (u64)seconds * HZ : 0;
	return left;
}

static int check_kill(struct task *t, int sig)
{
	if (!t || t->state == TASK_ZOMBIE || !t->mm)
		return -ESRCH;
	return sig ? queue_signal(t, sig, SI_USER, current->pid, 0) : 0;
}

SYSCALL_DEFINE2(kill, int, pid, int, sig)
{
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid > 0)
		return check_kill(find_task(pid), sig);
	if (pid == 0 || pid < -1) {
		int pgrp = pid ? -pid : current->pgid;
		if (!sig) {
			for (struct task *t = task_list(); t; t = t->next_task)
				if (t->pgid == pgrp && t->mm && t->state != TASK_ZOMBIE)
					return 0;
			return -ESRCH;
		}
		return kill_pgrp(pgrp, sig);
	}
	/* pid -1: everybody we may signal but init and ourselves */
	int found = -ESRCH;
	for (struct task *t = task_list(); t; t = t->next_task)
		if (t->pid > 1 && t != current && t->mm && t->state != TASK_ZOMBIE)
			found = sig ? queue_signal(t, sig, SI_USER, current->pid, 0) : 0;
	return found;
}

SYSCALL_DEFINE3(tgkill, int, tgid, int, pid, int, sig)
{
	if (pid <= 0 || tgid <= 0 || sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (tgid != pid)		/* one thread per process */
		return -ESRCH;
	struct task *t = find_task(pid);
	if (!t || !t->mm || t->state == TASK_ZOMBIE)
		return -ESRCH;
	return sig ? queue_signal(t, sig, SI_TKILL, current->pid, 0) : 0;
}

SYSCALL_DEFINE2(tkill, int, pid, int, sig)
{
	if (pid <= 0 || sig < 0 || sig > _NSIG)
		return -EINVAL;
	struct task *t = find_task(pid);
	if (!t || !t->mm || t->state == TASK_ZOMBIE)
		return -ESRCH;
	return sig ? queue_signal(t, sig, SI_TKILL, current->pid, 0) : 0;
}
