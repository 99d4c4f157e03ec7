/*
 * arch/x86/entry/entry_64_compat.S - the three ways a 32-bit (compat) process
 * enters the kernel, and int $0x80 from 64-bit code too (lecture: "the DPL-3 gate
 * at 0x80", "SYSENTER/SYSEXIT"). All three build the same pt_regs as every other
 * entry (calling.h) and use the i386 table: number in eax, arguments in ebx, ecx,
 * edx, esi, edi, ebp.
 *
 *	path		entered by		stack from	returns by
 *	int $0x80	IDT gate 0x80, DPL 3	TSS.rsp0	IRET
 *	SYSENTER	MSRs 0x174-0x176	SYSENTER_ESP	SYSEXIT if safe, else IRET
 *	SYSCALL32	MSR_CSTAR		(none: user's)	SYSRETL if safe, else IRET
 *
 * The fast paths are entered only from __kernel_vsyscall in the vDSO, which
 * pushed ecx, edx, ebp and put the user stack (SYSENTER) or ecx (SYSCALL32) in
 * ebp; the 6th argument is the saved ebp at 0(%esp), fetched by C with a
 * fault-safe read. They always return to int80_landing_pad in the vDSO.
 */
#include <asm/segment.h>
#include <asm/processor.h>
#include "calling.h"

	.section .text.entry, "ax"

/*
 * entry_INT80_compat - `int $0x80`, through an interrupt gate (IF already off).
 * The CPU switched to TSS.rsp0 and pushed ss, rsp, rflags, cs, rip. Only ring 3
 * reaches this gate (the kernel never executes int $0x80), so swapgs is
 * unconditional. Works from 64-bit code too, with the i386 ABI (as on Linux).
 */
	.globl entry_INT80_compat
entry_INT80_compat:
	swapgs					/* GS base: user's -> this CPU's area */
	movl	%eax, %eax			/* the number is eax: drop rax's high half */
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_REGS ax=$-ENOSYS			/* r8-r15 too: int $0x80 preserves them */
	cld
	movq	%rsp, %rdi			/* arg 1: struct pt_regs * */
	xorl	%ebp, %ebp
	call	do_int80_syscall_32		/* returns with IRQs off */
	jmp	swapgs_restore_regs_and_return_to_usermode

/*
 * entry_SYSENTER_compat - SYSENTER from compat mode (Intel; MSR 0x176).
 * SYSENTER loads CS = SYSENTER_CS, SS = CS + 8, RSP = SYSENTER_ESP, RIP =
 * SYSENTER_EIP and clears IF (and VM) - nothing else: no return address, no user
 * stack pointer, and TF, NT, AC, DF survive into the kernel, so we fix them here.
 */
	.globl entry_SYSENTER_compat
entry_SYSENTER_compat:
	swapgs					/* GS base: user's -> this CPU's area */
	movq	%gs:PERCPU_TOP_OF_STACK, %rsp	/* the task's kernel stack */
	movl	%eax, %eax
	pushq	$__USER_DS			/* pt_regs->ss */
	pushq	%rbp				/* pt_regs->sp: __kernel_vsyscall put esp in ebp */
	pushfq					/* pt_regs->flags: the user's, IF cleared */
	orl	$X86_EFLAGS_IF, (%rsp)		/* ... user mode always runs with IF set */
	pushq	$__USER32_CS			/* pt_regs->cs */
	pushq	$0				/* pt_regs->ip: C sets the landing pad */
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_REGS ax=$-ENOSYS
	cld					/* DF: C code assumes it clear */
	/* SYSENTER keeps NT, AC and TF: clear them for the kernel (the user's values
	 * are safe in pt_regs->flags). A TF set by the user already trapped on our
	 * first instruction; do_debug recognises this stub and ignores that #DB. */
	testl	$(X86_EFLAGS_NT | X86_EFLAGS_AC | X86_EFLAGS_TF), PTREGS_FLAGS(%rsp)
	jz	1f
	pushq	$X86_EFLAGS_FIXED		/* a clean RFLAGS: only the reserved bit */
	popfq
	.globl entry_SYSENTER_compat_after_flags
entry_SYSENTER_compat_after_flags:
1:	movq	%rsp, %rdi			/* arg 1: struct pt_regs * */
	xorl	%ebp, %ebp
	call	do_fast_syscall_32		/* true: SYSEXIT is safe; IRQs off */
	testb	%al, %al
	jz	swapgs_restore_regs_and_return_to_usermode

	/* SYSEXIT: CS = SYSENTER_CS + 16 (0x23), SS = + 24 (0x2b), EIP = edx,
	 * ESP = ecx. __kernel_vsyscall saved the user's ecx and edx on its stack and
	 * pops them at the landing pad, so using them here loses nothing. */
	.globl sysexit_from_system_call
sysexit_from_system_call:
	POP_REGS
	movl	PTREGS_IP - PTREGS_ORIG_AX(%rsp), %edx	/* EIP: the landing pad */
	movl	PTREGS_SP - PTREGS_ORIG_AX(%rsp), %ecx	/* ESP: the user stack */
	btrl	$9, PTREGS_FLAGS - PTREGS_ORIG_AX(%rsp)	/* IF: set by sti below instead */
	pushq	PTREGS_FLAGS - PTREGS_ORIG_AX(%rsp)
	popfq					/* the user's flags, IF still off */
	swapgs					/* GS base back to the user's */
	sti					/* takes effect after the next instruction: */
	sysexitl				/* no interrupt can arrive before we leave */

/*
 * entry_SYSCALL_compat - SYSCALL from compat mode (AMD; MSR_CSTAR).
 * As for 64-bit SYSCALL: RCX = return EIP, R11 = RFLAGS, IF masked, RSP and GS
 * still the user's. __kernel_vsyscall moved ecx (argument 2) to ebp, because
 * SYSCALL overwrites ecx: pt_regs->cx is taken from ebp.
 */
	.globl entry_SYSCALL_compat
entry_SYSCALL_compat:
	swapgs					/* GS base: user's -> this CPU's area */
	movq	%rsp, %gs:PERCPU_USER_RSP	/* stash the user stack pointer */
	movq	%gs:PERCPU_TOP_OF_STACK, %rsp	/* the task's kernel stack */
	movl	%eax, %eax
	pushq	$__USER_DS			/* pt_regs->ss */
	pushq	%gs:PERCPU_USER_RSP		/* pt_regs->sp */
	pushq	%r11				/* pt_regs->flags */
	pushq	$__USER32_CS			/* pt_regs->cs */
	pushq	%rcx				/* pt_regs->ip (C sets the landing pad) */
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_REGS cx=%rbp ax=$-ENOSYS		/* pt_regs->cx = ebp: argument 2 */
	movq	%rsp, %rdi			/* arg 1: struct pt_regs * */
	xorl	%ebp, %ebp
	call	do_fast_syscall_32		/* true: SYSRETL is safe; IRQs off */
	testb	%al, %al
	jz	swapgs_restore_regs_and_return_to_usermode

	/* SYSRETL: CS = STAR[63:48] (0x23), SS = + 8 (0x2b), EIP = ecx, RFLAGS = r11.
	 * do_fast_syscall_32 checked ip (the landing pad), flags, cs and ss. */
	.globl sysretl_from_system_call
sysretl_from_system_call:
	POP_REGS
	movl	PTREGS_IP - PTREGS_ORIG_AX(%rsp), %ecx	/* EIP: the landing pad */
	movq	PTREGS_FLAGS - PTREGS_ORIG_AX(%rsp), %r11 /* RFLAGS */
	movl	PTREGS_SP - PTREGS_ORIG_AX(%rsp), %esp	/* the user stack, from here on */
	swapgs					/* GS base back to the user's */
	sysretl

	.section .note.GNU-stack, "", @progbits
