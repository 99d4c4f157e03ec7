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
#include <asm/entry.h>
#include <asm/msr.h>

/* Push the general registers below the di slot, in pt_regs order. */
.macro PUSH_REGS_AFTER_DI
	pushq	%rsi		/* pt_regs->si */
	pushq	%rdx		/* pt_regs->dx */
	pushq	%rcx		/* pt_regs->cx */
	pushq	%rax		/* pt_regs->ax */
	pushq	%r8		/* pt_regs->r8 */
	pushq	%r9		/* pt_regs->r9 */
	pushq	%r10		/* pt_regs->r10 */
	pushq	%r11		/* pt_regs->r11 */
	pushq	%rbx		/* pt_regs->bx */
	pushq	%rbp		/* pt_regs->bp */
	pushq	%r12		/* pt_regs->r12 */
	pushq	%r13		/* pt_regs->r13 */
	pushq	%r14		/* pt_regs->r14 */
	pushq	%r15		/* pt_regs->r15 */
.endm

.macro POP_REGS
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
.endm

	.section .text.entry, "ax"

	.globl common_interrupt
common_interrupt:
	cld				/* C code assumes DF = 0; an interrupt gate keeps it */
	xchgq	%rdi, (%rsp)		/* pt_regs->di = rdi; rdi = vector */
	PUSH_REGS_AFTER_DI
	testb	$3, PTREGS_CS(%rsp)	/* from user mode? */
	jz	1f
	swapgs				/* yes: load the kernel's GS base */
1:	movq	%rdi, %rsi		/* arg 2: vector */
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
	.globl swapgs_restore_regs_and_return_to_usermode
swapgs_restore_regs_and_return_to_usermode:
	cli				/* no interrupt between swapgs and iretq */
	swapgs				/* give the user back its GS base */
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
	movq	%rdi, %r12		/* keep the vector across rdmsr */
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

	.section .note.GNU-stack, "", @progbits
