/* setjmp/longjmp for i386 (cdecl: ebx esi edi ebp and esp are callee-saved).
 * jmp_buf words: ebx esi edi ebp esp eip; esp and eip are the caller's (after our
 * return). sigsetjmp saves the same, then jumps to __sigsetjmp_tail (src/setjmp.c)
 * with its two stack arguments still in place. */
	.text
	.globl	setjmp, _setjmp, sigsetjmp, longjmp, _longjmp
	.type	setjmp, @function
	.type	sigsetjmp, @function
	.type	longjmp, @function

/* Save the callee-saved registers and the caller's esp/eip into env. */
.macro SAVE_ENV
	movl	4(%esp), %eax		/* env */
	movl	%ebx, 0(%eax)
	movl	%esi, 4(%eax)
	movl	%edi, 8(%eax)
	movl	%ebp, 12(%eax)
	leal	4(%esp), %ecx		/* esp once we have returned */
	movl	%ecx, 16(%eax)
	movl	(%esp), %ecx		/* our return address */
	movl	%ecx, 20(%eax)
.endm

setjmp:
_setjmp:
	SAVE_ENV
	xorl	%eax, %eax
	ret
	.size	setjmp, . - setjmp

sigsetjmp:
	SAVE_ENV
	jmp	__sigsetjmp_tail	/* (env, savemask) still on the stack */
	.size	sigsetjmp, . - sigsetjmp

longjmp:
_longjmp:
	movl	4(%esp), %edx		/* env */
	movl	8(%esp), %eax		/* val */
	testl	%eax, %eax		/* longjmp(env, 0) returns 1 */
	jnz	1f
	incl	%eax
1:	movl	0(%edx), %ebx
	movl	4(%edx), %esi
	movl	8(%edx), %edi
	movl	12(%edx), %ebp
	movl	16(%edx), %esp
	jmp	*20(%edx)
	.size	longjmp, . - longjmp

	.section .note.GNU-stack, "", @progbits
