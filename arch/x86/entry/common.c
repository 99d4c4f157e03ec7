/*
 * arch/x86/entry/common.c - the C half of every system-call entry (lecture: "the
 * dispatcher saves a pt_regs snapshot and calls through the syscall table", and
 * ret_from_sys_call). Each path: enable interrupts, decode the number, call
 * table[nr](regs), run the exit-to-user work, then decide whether the fast return
 * (SYSRET, SYSRETL, SYSEXIT) is safe or IRET must be used.
 */
#include <syscalls.h>
#include <sched.h>
#include <vm.h>
#include <errno.h>
#include <uaccess.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/vdso.h>

void syscall_trace_enter(struct pt_regs *regs, bool compat);
void syscall_trace_exit(struct pt_regs *regs, bool compat);

/* Clamp an index after its bounds check, so a mispredicted check cannot read
 * past the table under speculation (Spectre v1): mask = all ones iff idx < size. */
static inline unsigned long array_index_nospec(unsigned long idx, unsigned long size)
{
	unsigned long mask;

	asm("cmpq %1, %2; sbbq %0, %0" : "=r"(mask) : "g"(size), "r"(idx) : "cc");
	return idx & mask;
}

/*
 * The lecture's ret_from_sys_call: while there is work - a reschedule, a pending
 * signal - do it with interrupts on, and look again with interrupts off, so that a
 * wake-up arriving in between cannot be missed. Returns with interrupts off.
 */
void prepare_exit_to_usermode(struct pt_regs *regs)
{
	local_irq_disable();
	for (;;) {
		unsigned long work = READ_ONCE(current->flags) & TIF_WORK_MASK;
		if (!work)
			break;
		local_irq_enable();
		if (work & TIF_NEED_RESCHED)
			schedule();
		if (work & TIF_SIGPENDING)
			do_signal(regs);
		local_irq_disable();
	}
}

static void syscall_exit_to_user_mode(struct pt_regs *regs, bool compat)
{
	if (unlikely(current->flags & TIF_SYSCALL_TRACE))
		syscall_trace_exit(regs, compat);
	prepare_exit_to_usermode(regs);
}

static int syscall_enter_from_user_mode(struct pt_regs *regs, int nr, bool compat)
{
	local_irq_enable();
	if (unlikely(current->flags & TIF_SYSCALL_TRACE)) {
		syscall_trace_enter(regs, compat);
		nr = (int)regs->orig_ax;	/* a tracer may have changed it */
	}
	return nr;
}

/*
 * May this return use SYSRET? Only if SYSRET would restore exactly pt_regs
 * (Intel SDM vol. 2B SYSRET; DESIGN §6; each rule is a historical bug):
 */
bool syscall_return_allowed(const struct pt_regs *regs)
{
	/* SYSRET loads RIP from RCX and RFLAGS from R11: they must already match
	 * (execve, sigreturn, signal delivery change ip/flags but not cx/r11). */
	if (regs->cx != regs->ip || regs->r11 != regs->flags)
		return false;
	/* SYSRET hard-codes the STAR selectors. */
	if (regs->cs != __USER_CS || regs->ss != __USER_DS)
		return false;
	/* On Intel, SYSRET to a non-canonical RIP faults in ring 0 with the user's
	 * RSP and GS (CVE-2012-0217). Below TASK_SIZE_MAX is always canonical. */
	if (regs->ip >= TASK_SIZE_MAX)
		return false;
	/* SYSRET cannot restore RF, and TF would trap right after SYSRET: with
	 * rcx == rip a single-stepper could never make progress. */
	if (regs->flags & (X86_EFLAGS_RF | X86_EFLAGS_TF))
		return false;
	return true;
}

/* SYSCALL from 64-bit code (entry_SYSCALL_64). */
bool do_syscall_64(struct pt_regs *regs, int nr)
{
	nr = syscall_enter_from_user_mode(regs, nr, false);
	/* unsigned: negative numbers (and -1, "skip") fail the bound; so do x32's */
	if (likely((unsigned int)nr < nr_syscalls_64))
		regs->ax = sys_call_table[array_index_nospec(nr, nr_syscalls_64)](regs);
	else if (nr != -1)
		regs->ax = -ENOSYS;
	syscall_exit_to_user_mode(regs, false);
	return syscall_return_allowed(regs);
}

static void do_syscall_32_irqs_on(struct pt_regs *regs, int nr)
{
	if (likely((unsigned int)nr < nr_syscalls_32))
		regs->ax = ia32_sys_call_table[array_index_nospec(nr, nr_syscalls_32)](regs);
	else if (nr != -1)
		regs->ax = -ENOSYS;
}

/* int $0x80 (entry_INT80_compat), from compat or 64-bit code: always IRET. */
void do_int80_syscall_32(struct pt_regs *regs)
{
	int nr = syscall_enter_from_user_mode(regs, (int)regs->orig_ax, true);

	do_syscall_32_irqs_on(regs, nr);
	syscall_exit_to_user_mode(regs, true);
}

/*
 * SYSENTER and SYSCALL32, both from __kernel_vsyscall. The user's stack pointer
 * came in ebp (SYSENTER) or rsp (SYSCALL32); the 6th argument, the caller's ebp,
 * sits at 0(%esp) where __kernel_vsyscall pushed it. We always return to
 * int80_landing_pad, right after the `int $0x80` in __kernel_vsyscall: a restarted
 * call (ip -= 2) then re-executes int $0x80.
 */
bool do_fast_syscall_32(struct pt_regs *regs)
{
	unsigned long landing_pad = current->mm->vdso_base + vdso_image_32.sym_int80_landing_pad;
	u32 arg6;

	regs->sp = (u32)regs->sp;
	regs->ip = landing_pad;
	local_irq_enable();
	if (unlikely(get_user(arg6, (const u32 __user *)regs->sp))) {
		regs->ax = -EFAULT;		/* a bad user stack: nothing ran */
		prepare_exit_to_usermode(regs);
		return false;
	}
	regs->bp = arg6;
	int nr = syscall_enter_from_user_mode(regs, (int)regs->orig_ax, true);
	do_syscall_32_irqs_on(regs, nr);
	syscall_exit_to_user_mode(regs, true);
	/* SYSEXIT/SYSRETL return to the landing pad in compat mode, with flags from
	 * pt_regs; anything a signal, exec or tracer changed needs IRET. */
	return regs->cs == __USER32_CS && regs->ss == __USER_DS &&
	       regs->ip == landing_pad &&
	       !(regs->flags & (X86_EFLAGS_RF | X86_EFLAGS_TF | X86_EFLAGS_VM));
}
