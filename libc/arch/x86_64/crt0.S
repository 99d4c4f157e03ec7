/* _start for 64-bit programs: the first user instruction after execve. Reads
 * argc/argv/envp from the initial stack the kernel built (Linux layout, DESIGN §9)
 * and calls __libc_start_main (src/start.c), which never returns. Must not assume
 * any register but rsp: a static program gets them all zeroed.
 *
 *	rsp ->	argc
 *		argv[0] ... argv[argc-1], NULL
 *		envp[0] ... NULL
 *		auxv pairs ..., AT_NULL
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp		/* outermost frame: ends gdb's backtrace */
	movq	(%rsp), %rsi		/* argc */
	leaq	8(%rsp), %rdx		/* argv */
	leaq	16(%rsp,%rsi,8), %rcx	/* envp = argv + argc + 1 */
	movq	$main, %rdi
	andq	$-16, %rsp		/* the ABI wants rsp % 16 == 0 at a call */
	call	__libc_start_main
	hlt				/* not reached; a fault if it ever is */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
