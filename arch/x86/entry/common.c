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
#define __SYSCALL(nr, sym)
#define __SYSCALL_WITH_COMPAT(nr, native, compat)
#include <generated/syscalls_64.h>	/* NR_syscalls_64: the table's size, a constant */
#include <generated/syscalls_32.h>	/* NR_syscalls_32 */
#undef __SYSCALL
#undef __SYSCALL_WITH_COMPAT

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

/* The slow part of the way out: the strace log, then ret_from_sys_call's work. */
static void __attribute__((noinline)) syscall_exit_work(struct pt_regs *regs, bool compat)
{
	if (current->flags & TIF_SYSCALL_TRACE)
		syscall_trace_exit(regs, compat);
	prepare_exit_to_usermode(regs);
}

/*
 * May this return use SYSRET? Only if SYSRET would restore exactly pt_regs
 * (Intel SDM vol. 2B SYSRET; DESIGN §6; each rule is a historical bug):
 */
bool syscall_return_allowed(const struct pt_regs *regs)
{
	/*
	 * - SYSRET loads RIP from RCX and RFLAGS from R11: they must already match
	 *   (execve, sigreturn, signal delivery change ip/flags but not cx/r11);
	 * - SYSRET cannot restore RF, and TF would trap right after SYSRET: with
	 *   rcx == rip a single-stepper could never make progress;
	 * - SYSRET hard-codes the STAR selectors;
	 * - on Intel, SYSRET to a non-canonical RIP faults in ring 0 with the user's
	 *   RSP and GS (CVE-2012-0217). Below TASK_SIZE_MAX is always canonical.
	 */
	if (regs->cx != regs->ip || regs->r11 != regs->flags)
		return false;
	if (regs->cs != __USER_CS || regs->ss != __USER_DS)
		return false;
	if (regs->ip >= TASK_SIZE_MAX)
		return false;
	return !(regs->flags & (X86_EFLAGS_RF | X86_EFLAGS_TF));
}

/* Work before returning, and the rule that a rewritten pt_regs (exec, signal
 * delivery, sigreturn) always goes back by IRET. */
static bool __attribute__((noinline)) syscall_exit_slow(struct pt_regs *regs)
{
	prepare_exit_to_usermode(regs);
	if (current->flags & TIF_FORCE_IRET) {
		current->flags &= ~TIF_FORCE_IRET;
		return false;
	}
	return syscall_return_allowed(regs);
}

/* The strace hook, on both sides of the call: the slow path, out of line. */
static void __attribute__((noinline)) syscall_traced(struct pt_regs *regs, bool compat)
{
	syscall_trace_enter(regs, compat);
	int nr = (int)regs->orig_ax;		/* a tracer may have changed it */
	local_irq_enable();
	if (compat && (unsigned int)nr < NR_syscalls_32)
		regs->ax = ia32_sys_call_table[array_index_nospec(nr, NR_syscalls_32)](regs);
	else if (!compat && (unsigned int)nr < NR_syscalls_64)
		regs->ax = sys_call_table[array_index_nospec(nr, NR_syscalls_64)](regs);
	syscall_exit_work(regs, compat);	/* returns with interrupts off */
}

/*
 * SYSCALL from 64-bit code (entry_SYSCALL_64); interrupts are off on arrival.
 * They are turned on only around the handler: a number that fails the bound
 * (unsigned, so negative numbers, -1 "skip" and x32's numbers fail too) has no
 * handler, keeps the -ENOSYS the entry preset in pt_regs->ax, and no work can
 * have been flagged since the entry read the flags.
 */
bool do_syscall_64(struct pt_regs *regs, int nr)
{
	unsigned long work = READ_ONCE(current->flags);

	if (unlikely(work & TIF_SYSCALL_TRACE)) {
		syscall_traced(regs, false);
		return syscall_exit_slow(regs);
	}
	if (likely((unsigned int)nr < NR_syscalls_64)) {
		local_irq_enable();
		regs->ax = sys_call_table[array_index_nospec(nr, NR_syscalls_64)](regs);
		local_irq_disable();
		work = READ_ONCE(current->flags);
	}
	if (unlikely(work & (TIF_WORK_MASK | TIF_FORCE_IRET)))
		return syscall_exit_slow(regs);
	return syscall_return_allowed(regs);
}

/* The i386 table, for all three compat entries; the same shape as do_syscall_64. */
static __attribute__((always_inline)) inline void do_syscall_32(struct pt_regs *regs)
{
	int nr = (int)regs->orig_ax;
	unsigned long work = READ_ONCE(current->flags);

	if (unlikely(work & TIF_SYSCALL_TRACE)) {
		syscall_traced(regs, true);
		return;
	}
	if (likely((unsigned int)nr < NR_syscalls_32)) {
		local_irq_enable();
		regs->ax = ia32_sys_call_table[array_index_nospec(nr, NR_syscalls_32)](regs);
		local_irq_disable();
		work = READ_ONCE(current->flags);
	}
	if (unlikely(work & TIF_WORK_MASK))
		prepare_exit_to_usermode(regs);
}

/* int $0x80 (entry_INT80_compat), from compat or 64-bit code: always IRET. */
void do_int80_syscall_32(struct pt_regs *regs)
{
	do_syscall_32(regs);
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
	unsigned long landing_pad = current->mm->vdso_landing_pad;
	u32 arg6;

	regs->sp = (u32)regs->sp;
	regs->ip = landing_pad;
	/* (u32)sp is always below TASK_SIZE_MAX: no range check needed, only the
	 * exception table for an unmapped stack */
	if (unlikely(__get_user(arg6, (const u32 __user *)regs->sp))) {
		regs->ax = -EFAULT;		/* a bad user stack: nothing ran */
		if (current->flags & TIF_WORK_MASK)
			prepare_exit_to_usermode(regs);
		return false;
	}
	regs->bp = arg6;
	do_syscall_32(regs);
	if (unlikely(current->flags & TIF_FORCE_IRET)) {
		current->flags &= ~TIF_FORCE_IRET;
		return false;
	}
	/* SYSEXIT/SYSRETL return to the landing pad in compat mode, with flags from
	 * pt_regs; anything a signal, exec or tracer changed needs IRET. */
	return regs->cs == __USER32_CS && regs->ss == __USER_DS &&
	       regs->ip == landing_pad &&
	       !(regs->flags & (X86_EFLAGS_RF | X86_EFLAGS_TF | X86_EFLAGS_VM));
}
