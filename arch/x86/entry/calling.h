/*
 * arch/x86/entry/calling.h - the register save/restore macros shared by every entry
 * path, so that all of them build the same struct pt_regs (asm/ptrace.h):
 *
 *	ss, sp, flags, cs, ip	the IRET frame (CPU-pushed, or synthetic for
 *				SYSCALL/SYSENTER)
 *	orig_ax			syscall number / error code / -1
 *	di si dx cx ax		\
 *	r8 r9 r10 r11		 > PUSH_REGS, in this order
 *	bx bp r12 r13 r14 r15	/  <- rsp = struct pt_regs *
 */
#include <asm/entry.h>

#define ENOSYS 38

/* Push di..r15. Each push names the pt_regs field it becomes. The syscall entries
 * pass ax=$-ENOSYS (the return value when no handler runs); the SYSCALL32 entry
 * passes cx=%rbp (__kernel_vsyscall moved ecx there: SYSCALL clobbers ecx). */
.macro PUSH_REGS di=%rdi cx=%rcx ax=%rax
	pushq	\di		/* pt_regs->di */
	PUSH_REGS_AFTER_DI cx=\cx ax=\ax
.endm

.macro PUSH_REGS_AFTER_DI cx=%rcx ax=%rax
	pushq	%rsi		/* pt_regs->si */
	pushq	%rdx		/* pt_regs->dx */
	pushq	\cx		/* pt_regs->cx */
	pushq	\ax		/* pt_regs->ax */
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

/* Pop r15..di: afterwards rsp points at orig_ax. */
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
