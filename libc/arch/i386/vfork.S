/* vfork for i386: the return address waits in edx across the call (the child runs
 * first on the parent's stack). int $0x80, not __kernel_vsyscall: that one pushes
 * and pops registers on the shared stack, which the child may have overwritten
 * before the parent returns through it. */
	.text
	.globl	vfork
	.type	vfork, @function
vfork:
	popl	%edx			/* return address */
	movl	$190, %eax		/* __NR_vfork */
	int	$0x80
	pushl	%edx
	pushl	%eax
	call	__syscall_ret		/* -errno -> errno, -1; else the pid / 0 */
	addl	$4, %esp
	ret
	.size	vfork, . - vfork

	.section .note.GNU-stack, "", @progbits
