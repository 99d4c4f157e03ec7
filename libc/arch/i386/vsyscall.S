/* How i386 libc enters the kernel: every syscall does `call *__sysinfo`. Start-up
 * (src/start.c) points __sysinfo at the vDSO's __kernel_vsyscall when the kernel
 * passes AT_SYSINFO (SYSENTER or SYSCALL32 inside); until then, or without a vDSO,
 * it points at __sysinfo_int80 below, the lecture's int $0x80 path. */
	.text
	.globl	__sysinfo_int80
	.type	__sysinfo_int80, @function
__sysinfo_int80:
	int	$0x80			/* eax = nr; ebx ecx edx esi edi ebp = args */
	ret
	.size	__sysinfo_int80, . - __sysinfo_int80

	.data
	.globl	__sysinfo
	.type	__sysinfo, @object
	.balign	4
__sysinfo:
	.long	__sysinfo_int80
	.size	__sysinfo, 4

	.section .note.GNU-stack, "", @progbits
