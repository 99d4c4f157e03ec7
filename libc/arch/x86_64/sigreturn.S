/* The signal restorer x86-64 sigaction() installs (SA_RESTORER): a handler "returns"
 * here, onto the rt_sigframe the kernel built, and rt_sigreturn (15) restores the
 * interrupted registers and mask from the ucontext now at rsp. Never returns. */
	.text
	.globl	__restore_rt
	.type	__restore_rt, @function
	nop				/* unwinders look one byte before the pc */
__restore_rt:
	movl	$15, %eax		/* __NR_rt_sigreturn */
	syscall
	hlt				/* not reached */
	.size	__restore_rt, . - __restore_rt

	.section .note.GNU-stack, "", @progbits
