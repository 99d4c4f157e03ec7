/*
 * arch/x86/entry/entry_64.S - the common interrupt and exception entry/exit.
 *
 * Every one of the 256 generated stubs (build/gen/vectors.S) arrives here with
 * the same stack, so one piece of code builds struct pt_regs for all of them:
 *
 *	+160  ss		\
 *	+152  rsp		 |
 *	+144  rflags		 |  pushed by the CPU (the IRET frame)
 *	+136  cs		 |
 *	+128  rip		/
 *	+120  error code or -1	   CPU, or the stub: becomes pt_regs->orig_ax
 *	+112  vector		   the stub; swapped with rdi below -> pt_regs->di
 *	 ...  rsi ... r15	   pushed here
 *	   0  r15  <- rsp = struct pt_regs *
 *
 * Two flavours decide differently whether to swapgs:
 *  - common_interrupt: CS tells us where we came from. Safe because these vectors
 *    cannot interrupt the windows where CS says kernel but GS is still the user's.
 *  - paranoid_entry (#DB, NMI, #DF, #MC, all on IST stacks): they can hit exactly
 *    those windows, so we ask the CPU: MSR_GS_BASE negative means the kernel's GS
 *    is loaded already. (No FSGSBASE: user code cannot make its GS base negative.)
 *    NMI handlers never fault and never IRET early, so NMIs cannot nest here.
 */
#include <asm/msr.h>
#include <asm/segment.h>

#include "calling.h"

	.section .text.entry, "ax"

	.globl common_interrupt
common_interrupt:
	cld				/* C code assumes DF = 0; an interrupt gate keeps it */
	xchgq	%rdi, (%rsp)		/* pt_regs->di = rdi; rdi = vector */
	PUSH_REGS_AFTER_DI
	testb	$3, PTREGS_CS(%rsp)	/* from user mode? */
	jnz	2f
	/* From the kernel - but a fault on the final iretq to user mode arrives
	 * here with the user's GS base already loaded: swap back for it too. */
	leaq	native_irq_return_iret(%rip), %rax
	cmpq	%rax, PTREGS_IP(%rsp)
	jne	1f
2:	swapgs				/* load the kernel's GS base */
1:
	.globl common_interrupt_regs_saved
common_interrupt_regs_saved:
	movq	%rdi, %rsi		/* arg 2: vector */
	movq	%rsp, %rdi		/* arg 1: struct pt_regs * */
	/* A frame-pointer record linking the C code to the interrupted code, so
	 * backtraces walk through the interrupt; 8 bytes of padding first keep the
	 * stack 16-byte aligned at the call, as the ABI wants. */
	subq	$8, %rsp
	pushq	PTREGS_IP(%rdi)		/* "return address": the interrupted rip */
	pushq	%rbp			/* and its frame pointer */
	movq	%rsp, %rbp
	call	do_interrupt
	addq	$24, %rsp

	.globl interrupt_return
interrupt_return:
	testb	$3, PTREGS_CS(%rsp)	/* back to user mode? */
	jz	restore_regs_and_iret
	movq	%rsp, %rdi
	call	prepare_exit_to_usermode	/* reschedule, signals; IRQs off after */
	.globl swapgs_restore_regs_and_return_to_usermode
swapgs_restore_regs_and_return_to_usermode:
	cli				/* no interrupt between swapgs and iretq */
	testb	$3, PTREGS_CS(%rsp)	/* never "return to user" with a kernel CS: */
	jnz	1f			/* a corrupted frame must not become ring 0 */
	ud2
1:	swapgs				/* give the user back its GS base */
restore_regs_and_iret:
	POP_REGS
	addq	$8, %rsp		/* drop orig_ax */
	.globl native_irq_return_iret
native_irq_return_iret:
	iretq

	.globl paranoid_entry
paranoid_entry:
	cld
	xchgq	%rdi, (%rsp)		/* pt_regs->di = rdi; rdi = vector */
	PUSH_REGS_AFTER_DI
	/*
	 * #DB or #MC from user mode is no window case: CS is the truth, and the task
	 * must get its signal now (a single-stepped program traps on every
	 * instruction). Move pt_regs from the IST stack to the task stack, which the
	 * exit work may sleep on, and go the common way. NMIs stay here: no exit
	 * work inside an NMI.
	 */
	cmpq	$2, %rdi		/* NMI? */
	je	3f
	testb	$3, PTREGS_CS(%rsp)	/* from user mode? */
	jz	3f
	swapgs				/* user GS -> kernel GS, as any entry from user */
	movq	%rdi, %r12		/* the vector (r12 is saved in pt_regs) */
	movq	%rsp, %rsi		/* from: pt_regs on the IST stack */
	movq	%gs:PERCPU_TOP_OF_STACK, %rdi
	subq	$PTREGS_SIZE, %rdi	/* to: the top of the task's stack */
	movq	%rdi, %rsp
	movl	$(PTREGS_SIZE / 8), %ecx
	rep movsq			/* copy the 21 words of pt_regs */
	movq	%r12, %rdi
	jmp	common_interrupt_regs_saved
3:	movq	%rdi, %r12		/* keep the vector across rdmsr */
	movl	$MSR_GS_BASE, %ecx
	rdmsr				/* edx = high half of the current GS base */
	movl	$1, %ebx		/* ebx = 1: no swapgs on exit */
	testl	%edx, %edx
	js	1f			/* negative: kernel GS already loaded */
	swapgs
	xorl	%ebx, %ebx		/* ebx = 0: swapgs back on exit */
1:	movq	%r12, %rsi		/* arg 2: vector */
	movq	%rsp, %rdi		/* arg 1: struct pt_regs * */
	subq	$8, %rsp		/* alignment, as above */
	pushq	PTREGS_IP(%rdi)		/* frame record for backtraces */
	pushq	%rbp
	movq	%rsp, %rbp
	call	do_interrupt		/* rbx is callee-saved: survives the call */
	addq	$24, %rsp
	testl	%ebx, %ebx
	jnz	2f
	swapgs
2:	POP_REGS
	addq	$8, %rsp		/* drop orig_ax */
	iretq

/*
 * entry_SYSCALL_64 - SYSCALL from 64-bit user code (MSR_LSTAR).
 *
 * The CPU has done very little: RCX = user RIP, R11 = user RFLAGS, CS/SS from
 * STAR, RFLAGS masked by SFMASK (IF off). RSP is still the user's and GS base the
 * user's: nothing may touch memory until swapgs and the stack switch are done.
 * We build the same pt_regs as an interrupt would have, with a synthetic IRET frame:
 *
 *	+160  ss	= __USER_DS			(constant)
 *	+152  sp	= user rsp			(saved in %gs:PERCPU_USER_RSP)
 *	+144  flags	= r11				(SYSCALL put RFLAGS there)
 *	+136  cs	= __USER_CS			(constant)
 *	+128  ip	= rcx				(SYSCALL put RIP there)
 *	+120  orig_ax	= rax				(the system-call number)
 *	+ 80  ax	= -ENOSYS			(the result if nothing runs)
 *	   0  r15 ... as in calling.h		<- rsp = struct pt_regs *
 */
	.globl entry_SYSCALL_64
entry_SYSCALL_64:
	swapgs					/* GS base: user's -> this CPU's area */
	movq	%rsp, %gs:PERCPU_USER_RSP	/* stash the user stack pointer */
	movq	%gs:PERCPU_TOP_OF_STACK, %rsp	/* and switch to the task's kernel stack */
	.globl entry_SYSCALL_64_safe_stack
entry_SYSCALL_64_safe_stack:
	pushq	$__USER_DS			/* pt_regs->ss */
	pushq	%gs:PERCPU_USER_RSP		/* pt_regs->sp */
	pushq	%r11				/* pt_regs->flags */
	pushq	$__USER_CS			/* pt_regs->cs */
	pushq	%rcx				/* pt_regs->ip */
	.globl entry_SYSCALL_64_after_hwframe
entry_SYSCALL_64_after_hwframe:
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_REGS ax=$-ENOSYS
	movq	%rsp, %rdi			/* arg 1: struct pt_regs * */
	movslq	%eax, %rsi			/* arg 2: the number, an int (high half ignored) */
	xorl	%ebp, %ebp			/* backtraces stop at the user boundary */
	call	do_syscall_64			/* returns true if SYSRET is safe; IRQs off */
	testb	%al, %al
	jz	swapgs_restore_regs_and_return_to_usermode

	/* SYSRET: do_syscall_64 checked that rcx == ip and r11 == flags, so popping
	 * them restores exactly what SYSRET will load into RIP and RFLAGS. */
	.globl syscall_return_via_sysret
syscall_return_via_sysret:
	POP_REGS
	movq	PTREGS_SP - PTREGS_ORIG_AX(%rsp), %rsp	/* the user's stack, from here on */
	.globl entry_SYSRETQ_unsafe_stack
entry_SYSRETQ_unsafe_stack:
	swapgs					/* GS base back to the user's */
	sysretq					/* RIP = rcx, RFLAGS = r11, CS 0x33, SS 0x2b */

/*
 * ret_from_fork - where a new task's first switch_to() "returns": the task's
 * kernel stack holds a pt_regs for its first entry into user mode. Always IRET:
 * every register and the IRET frame came from exec or fork, not from SYSCALL.
 */
	.globl ret_from_fork
ret_from_fork:
	movq	%rax, %rdi			/* switch_to's previous task */
	call	schedule_tail
	movq	%rsp, %rdi
	call	prepare_exit_to_usermode	/* pending work; returns with IRQs off */
	jmp	swapgs_restore_regs_and_return_to_usermode

/* enter_user_mode(regs) - a kernel thread becomes a process (init): leave for
 * user mode with the pt_regs at the top of its stack, through IRET. */
	.globl enter_user_mode
enter_user_mode:
	movq	%rdi, %rsp			/* = task_pt_regs(current) */
	call	prepare_exit_to_usermode
	jmp	swapgs_restore_regs_and_return_to_usermode

/* ret_from_kthread - a new kernel thread's first "return": call kthread_main(fn). */
	.globl ret_from_kthread
ret_from_kthread:
	movq	%r12, %rdi			/* the thread's function (kthread_start) */
	call	kthread_main			/* never returns */
	ud2

/*
 * __switch_to_asm(prev, next) - change kernel stacks (lecture: process switch).
 * Callee-saved registers go on the old stack, its rsp into prev->thread_sp;
 * then next's rsp is loaded and its registers popped. Returns prev in rax.
 */
	.globl __switch_to_asm
__switch_to_asm:
	pushq	%rbp				/* callee-saved registers of prev */
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, TASK_THREAD_SP(%rdi)	/* prev->thread_sp */
	movq	TASK_THREAD_SP(%rsi), %rsp	/* next->thread_sp */
	popq	%r15				/* callee-saved registers of next */
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	movq	%rdi, %rax			/* return prev (ret_from_fork wants it) */
	ret

	.section .note.GNU-stack, "", @progbits
