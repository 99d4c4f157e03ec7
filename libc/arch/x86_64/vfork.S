/* vfork for x86-64. It cannot be C: the child runs first on the parent's stack and
 * its returns would overwrite the parent's frame. So keep the return address in a
 * register (rdx: SYSCALL preserves it; the child gets its own copy of it), make the
 * call, push it back; errors go through __syscall_ret. */
	.text
	.globl	vfork
	.type	vfork, @function
vfork:
	popq	%rdx			/* return address */
	movl	$58, %eax		/* __NR_vfork */
	syscall
	pushq	%rdx
	movq	%rax, %rdi
	jmp	__syscall_ret		/* -errno -> errno, -1; else the pid / 0 */
	.size	vfork, . - vfork

	.section .note.GNU-stack, "", @progbits
