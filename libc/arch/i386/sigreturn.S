/* The two i386 signal restorers (SA_RESTORER), as in the vDSO: a handler without
 * SA_SIGINFO gets the old sigframe and returns to __restore, which pops the signal
 * number and calls sigreturn (119); an SA_SIGINFO handler gets an rt_sigframe and
 * returns to __restore_rt: rt_sigreturn (173). Through int $0x80: never returns. */
	.text
	.globl	__restore, __restore_rt
	.type	__restore, @function
	.type	__restore_rt, @function
	nop
__restore:
	popl	%eax			/* the signal number: esp -> sigcontext */
	movl	$119, %eax		/* __NR_sigreturn */
	int	$0x80
	hlt
	.size	__restore, . - __restore

	nop
__restore_rt:
	movl	$173, %eax		/* __NR_rt_sigreturn */
	int	$0x80
	hlt
	.size	__restore_rt, . - __restore_rt

	.section .note.GNU-stack, "", @progbits
