/*
 * arch/x86/kernel/traps.c - what each exception does. A fault in kernel mode is
 * either expected (an instruction listed in the exception table, e.g. a user copy:
 * resume at its fixup) or a kernel bug (an oops, then panic). User-mode faults
 * become signals once processes exist (kernel/signal.c); until then they oops too.
 */
#include <printk.h>
#include <panic.h>
#include <kallsyms.h>
#include <asm/traps.h>
#include <asm/processor.h>
#include <asm/percpu.h>
#include <sched.h>
#include <signal.h>
#include <vm.h>
#include <asm/page.h>

/* One line per vector: its name (SDM vol. 3A, table 6-1). */
static const char *const trap_names[32] = {
	[X86_TRAP_DE] = "divide error",		[X86_TRAP_DB] = "debug",
	[X86_TRAP_NMI] = "NMI",			[X86_TRAP_BP] = "int3",
	[X86_TRAP_OF] = "overflow",		[X86_TRAP_BR] = "bounds",
	[X86_TRAP_UD] = "invalid opcode",	[X86_TRAP_NM] = "device not available",
	[X86_TRAP_DF] = "double fault",		[X86_TRAP_OLD_MF] = "coprocessor segment overrun",
	[X86_TRAP_TS] = "invalid TSS",		[X86_TRAP_NP] = "segment not present",
	[X86_TRAP_SS] = "stack segment",	[X86_TRAP_GP] = "general protection fault",
	[X86_TRAP_PF] = "page fault",		[X86_TRAP_MF] = "coprocessor error",
	[X86_TRAP_AC] = "alignment check",	[X86_TRAP_MC] = "machine check",
	[X86_TRAP_XF] = "SIMD exception",	[X86_TRAP_VE] = "virtualization exception",
	[X86_TRAP_CP] = "control protection",
};

/* Evidence for the in-kernel tests (kernel/tests/test_traps.c). */
volatile unsigned long nmi_count, nmi_last_sp, int3_count;

const char *trap_name(unsigned long vector)
{
	if (vector < 32 && trap_names[vector])
		return trap_names[vector];
	return vector < 32 ? "reserved" : "interrupt";
}

bool fixup_exception(struct pt_regs *regs)
{
	extern const struct exception_table_entry __ex_table_start[], __ex_table_end[];

	for (const struct exception_table_entry *e = __ex_table_start; e < __ex_table_end; e++) {
		if ((unsigned long)&e->insn + e->insn == regs->ip) {
			regs->ip = (unsigned long)&e->fixup + e->fixup;
			return true;
		}
	}
	return false;
}

/* The signal each exception means for the task that caused it, and its si_code
 * (Linux's choices: SI_KERNEL 0x80 where the kernel has nothing better to say). */
static const struct { unsigned char sig; short code; } trap_signals[32] = {
	[X86_TRAP_DE] = { SIGFPE, 1 /* FPE_INTDIV */ },
	[X86_TRAP_DB] = { SIGTRAP, 2 /* TRAP_TRACE */ },
	[X86_TRAP_BP] = { SIGTRAP, 0x80 },
	[X86_TRAP_OF] = { SIGSEGV, 0x80 },
	[X86_TRAP_BR] = { SIGSEGV, 0x80 },
	[X86_TRAP_UD] = { SIGILL, 2 /* ILL_ILLOPN */ },
	[X86_TRAP_NM] = { SIGSEGV, 0x80 },
	[X86_TRAP_OLD_MF] = { SIGFPE, 0x80 },
	[X86_TRAP_TS] = { SIGSEGV, 0x80 },
	[X86_TRAP_NP] = { SIGBUS, 0x80 },
	[X86_TRAP_SS] = { SIGBUS, 0x80 },
	[X86_TRAP_GP] = { SIGSEGV, 0x80 },
	[X86_TRAP_MF] = { SIGFPE, 0x80 },
	[X86_TRAP_AC] = { SIGBUS, 1 /* BUS_ADRALN */ },
	[X86_TRAP_XF] = { SIGFPE, 0x80 },
	[X86_TRAP_CP] = { SIGSEGV, 0x80 },
};

void native_irq_return_iret(void);

/* Remember the fault for the signal frame's sigcontext (trapno, err, cr2). */
static void note_fault(struct pt_regs *regs, unsigned long vector, unsigned long cr2)
{
	current->trap_nr = vector;
	current->error_code = regs->orig_ax;
	current->cr2 = cr2;
}

void enter_user_mode(struct pt_regs *regs) __attribute__((noreturn));

/*
 * The final iretq to user mode faulted: the frame it was given (by sigreturn or
 * a tracer) has a selector or an address the CPU refuses. The task's pt_regs at
 * the top of its stack still hold that frame; the fault belongs to the task, so
 * it gets SIGSEGV there - delivered as any signal (a handler, a tracer's stop, or
 * death) - and we leave from those pt_regs, abandoning the kernel frames below.
 * (Linux's fixup_bad_iret does the same by copying the frame.)
 */
static void __attribute__((noreturn)) bad_iret(struct pt_regs *regs, unsigned long vector)
{
	struct pt_regs *user = task_pt_regs(current);

	printk(KERN_INFO "%s[%d]: iret to cs %lx ss %lx ip %lx failed (%s)\n", current->comm,
	       current->pid, user->cs, user->ss, user->ip, trap_name(vector));
	note_fault(regs, vector, 0);
	force_sig_fault(SIGSEGV, 0x80 /* SI_KERNEL */, 0);
	enter_user_mode(user);		/* the exit work delivers it */
}

/*
 * An exception the kernel did not expect. From user mode it is the task's fault:
 * a signal, delivered on the way back out. On the final iretq to user mode: see
 * bad_iret. From the kernel: the exception table, else a bug.
 */
static void handle_fault(struct pt_regs *regs, unsigned long vector, unsigned long addr)
{
	if (user_mode(regs)) {
		int sig = trap_signals[vector].sig ? trap_signals[vector].sig : SIGSEGV;
		note_fault(regs, vector, 0);
		force_sig_fault(sig, trap_signals[vector].code,
				trap_signals[vector].code == 0x80 ? 0 : addr);
		return;
	}
	if (regs->ip == (unsigned long)native_irq_return_iret)
		bad_iret(regs, vector);
	if (fixup_exception(regs))
		return;
	die(trap_name(vector), regs, vector);
}

void do_divide_error(struct pt_regs *regs, unsigned long vector)
{
	handle_fault(regs, vector, regs->ip);
}

void do_generic_trap(struct pt_regs *regs, unsigned long vector)
{
	handle_fault(regs, vector, regs->ip);
}

void do_general_protection(struct pt_regs *regs, unsigned long vector)
{
	handle_fault(regs, vector, regs->ip);
}

void do_page_fault(struct pt_regs *regs, unsigned long vector)
{
	unsigned long address = read_cr2();

	/* A write to a present page of a process: maybe copy-on-write (also for
	 * copy_to_user, which faults in kernel mode on a user address). */
	if ((regs->orig_ax & 3) == 3 && address < TASK_SIZE_MAX && current->mm &&
	    vm_handle_cow(current->mm, address) == 0)
		return;
	/* Saved CS says ring 3: the task's fault, whatever the error code claims
	 * (QEMU can report a ring-3 far return's stack read as "supervisor"). */
	if (user_mode(regs)) {
		note_fault(regs, vector, address);
		force_sig_fault(SIGSEGV, regs->orig_ax & 1 ? 2 /* SEGV_ACCERR */
							   : 1 /* SEGV_MAPERR */, address);
		return;
	}
	if (regs->ip == (unsigned long)native_irq_return_iret)
		bad_iret(regs, vector);
	if (fixup_exception(regs))
		return;
	printk(KERN_EMERG "BUG: unable to handle page fault for address %016lx (%s %s, %s)\n",
	       address, regs->orig_ax & 1 ? "protection violation" : "not present",
	       regs->orig_ax & 2 ? "write" : (regs->orig_ax & 16 ? "fetch" : "read"),
	       regs->orig_ax & 4 ? "user" : "kernel");
	die(trap_name(vector), regs, vector);
}

void do_int3(struct pt_regs *regs, unsigned long vector)
{
	if (user_mode(regs)) {
		handle_fault(regs, vector, regs->ip);
		return;
	}
	/* A kernel int3 is a breakpoint someone placed on purpose: note it, resume
	 * after it (the CPU already pointed rip past the one-byte instruction). */
	int3_count++;
}

void entry_SYSENTER_compat(void);
void entry_SYSENTER_compat_after_flags(void);

void do_debug(struct pt_regs *regs, unsigned long vector)
{
	/* SYSENTER keeps TF: a user single-stepping into SYSENTER traps on each
	 * stub instruction until the stub clears TF. Harmless: ignore those. */
	if (!user_mode(regs) && regs->ip >= (unsigned long)entry_SYSENTER_compat &&
	    regs->ip <= (unsigned long)entry_SYSENTER_compat_after_flags)
		return;
	handle_fault(regs, vector, regs->ip);
}

/* NMI: on its own IST stack. Records where it ran (the IST test checks that) and
 * returns; it must not fault, since an IRET inside it would unmask NMIs. */
void do_nmi(struct pt_regs *regs, unsigned long vector)
{
	(void)vector;
	nmi_last_sp = (unsigned long)regs;
	nmi_count++;
}

void do_double_fault(struct pt_regs *regs, unsigned long vector)
{
	/* Nothing to recover: usually a kernel stack overflow - the #PF on the guard
	 * page could not push its frame. We run on the IST1 stack, so we can say so. */
	die(trap_name(vector), regs, vector);
}

void do_machine_check(struct pt_regs *regs, unsigned long vector)
{
	die(trap_name(vector), regs, vector);
}

void do_spurious(struct pt_regs *regs, unsigned long vector)
{
	if (vector < 32)
		handle_fault(regs, vector, regs->ip);
	printk(KERN_WARNING "spurious interrupt on vector %lu\n", vector);
}
