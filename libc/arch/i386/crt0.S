/* _start for 32-bit programs: the first user instruction after execve. Reads
 * argc/argv/envp from the initial stack (Linux layout, DESIGN §9) and calls
 * __libc_start_main(main, argc, argv, envp) (src/start.c), cdecl, never returning.
 *
 *	esp ->	argc
 *		argv[0] ... argv[argc-1], NULL
 *		envp[0] ... NULL
 *		auxv pairs ..., AT_NULL
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp		/* outermost frame: ends gdb's backtrace */
	movl	(%esp), %eax		/* argc */
	leal	4(%esp), %ecx		/* argv */
	leal	8(%esp,%eax,4), %edx	/* envp = argv + argc + 1 */
	andl	$-16, %esp		/* 16-byte aligned at the call (i386 psABI) */
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	pushl	$main
	call	__libc_start_main
	hlt				/* not reached */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
