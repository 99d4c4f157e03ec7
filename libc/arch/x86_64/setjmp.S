/* setjmp/longjmp for x86-64 (SysV: rbx rbp r12-r15 and rsp are callee-saved).
 * jmp_buf words: rbx rbp r12 r13 r14 r15 rsp rip; rsp and rip are the caller's
 * (after our return), so longjmp "returns" from setjmp a second time.
 * sigsetjmp saves the same, then tail-calls __sigsetjmp_tail (src/setjmp.c). */
	.text
	.globl	setjmp, _setjmp, sigsetjmp, longjmp, _longjmp
	.type	setjmp, @function
	.type	sigsetjmp, @function
	.type	longjmp, @function

/* Save the callee-saved registers and the caller's rsp/rip into env (rdi). */
.macro SAVE_ENV
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx		/* rsp once we have returned */
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx		/* our return address */
	movq	%rdx, 56(%rdi)
.endm

setjmp:
_setjmp:
	SAVE_ENV
	xorl	%eax, %eax
	ret
	.size	setjmp, . - setjmp

sigsetjmp:
	SAVE_ENV
	jmp	__sigsetjmp_tail	/* (env, savemask) still in rdi, rsi */
	.size	sigsetjmp, . - sigsetjmp

longjmp:
_longjmp:
	movl	%esi, %eax
	testl	%eax, %eax		/* longjmp(env, 0) returns 1 */
	jnz	1f
	incl	%eax
1:	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	jmpq	*56(%rdi)
	.size	longjmp, . - longjmp

	.section .note.GNU-stack, "", @progbits
