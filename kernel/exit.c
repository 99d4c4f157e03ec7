/*
 * kernel/exit.c - how processes end: exit/exit_group, death by a fatal signal,
 * and the parent collecting the status. The exiting task frees its memory and
 * files itself, becomes a zombie and wakes its waiter; the waiter frees the rest
 * (its kernel stack - the zombie was still running on it).
 */
#include <sched.h>
#include <syscalls.h>
#include <vm.h>
#include <fs.h>
#include <mm.h>
#include <printk.h>
#include <panic.h>
#include <asm/processor.h>

void __attribute__((noreturn)) machine_power_off(void);

void __noreturn do_exit(int status)
{
	struct task *t = current;

	if (t->pid == 1 && !t->mm)
		panic("Attempted to kill init! exit status 0x%x", status);
	if (t->pid == 1) {
		/* Linux panics here. A teaching kernel whose init may be a student's
		 * one-shot program (init=/bin/hello) says so and powers off instead. */
		printk(KERN_NOTICE "init (pid 1) exited with status 0x%x: nothing left to run, "
		       "powering off\n", status);
		machine_power_off();
	}
	if (t->files) {
		files_destroy(t->files);
		t->files = NULL;
	}
	if (t->mm) {
		struct mm *mm = t->mm;
		t->mm = NULL;
		mm_destroy(mm);		/* switches to the kernel's page tables first */
	}
	local_irq_disable();
	t->exit_status = status;
	t->state = TASK_ZOMBIE;
	if (t->waiter)
		wake_up(t->waiter);
	schedule();
	panic("a zombie was scheduled");
}

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

static const char *const signal_names[] = {
	[4] = "SIGILL", [5] = "SIGTRAP", [7] = "SIGBUS", [8] = "SIGFPE",
	[11] = "SIGSEGV",
};

void __noreturn force_fatal_signal(int sig, const char *why, unsigned long addr)
{
	struct pt_regs *regs = task_pt_regs(current);

	printk(KERN_INFO "%s[%d]: %s at %lx ip %lx sp %lx: killed by %s\n", current->comm,
	       current->pid, why, addr, regs->ip, regs->sp,
	       sig < (int)ARRAY_SIZE(signal_names) && signal_names[sig] ? signal_names[sig] : "signal");
	do_exit(sig);		/* wait status: terminated by signal `sig` */
}

/* No signal handlers yet (the processes issue): nothing is ever pending. */
void do_signal(struct pt_regs *regs)
{
	(void)regs;
	current->flags &= ~TIF_SIGPENDING;
}

SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

bool signal_pending(struct task *t)
{
	return t->flags & TIF_SIGPENDING;
}
