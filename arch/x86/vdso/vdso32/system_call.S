/*
 * vdso32/system_call.S - __kernel_vsyscall, the i386 system-call entry point that
 * AT_SYSINFO points at (DESIGN §6 and §8, the SYSENTER/vDSO slides). Programs call
 * it instead of `int $0x80`; boot-time patching picks SYSENTER (Intel), SYSCALL
 * (AMD) or plain int $0x80. User code must never inline sysenter itself.
 *
 * Stack after the three pushes, as the SYSENTER/SYSCALL32 stubs see it:
 *
 *	esp+12	return address into the caller
 *	esp+8	saved ecx
 *	esp+4	saved edx
 *	esp+0	saved ebp = the 6th argument, read back by the kernel
 */
#include "../vsyscall_patch.h"

	.text
	.globl	__kernel_vsyscall
	.type	__kernel_vsyscall, @function
	.balign	32
__kernel_vsyscall:
	.cfi_startproc
	pushl	%ecx			/* SYSCALL overwrites ecx; restored below */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ecx, 0
	pushl	%edx			/* SYSEXIT/SYSRETL clobber edx */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset edx, 0
	pushl	%ebp			/* arg 6; ebp becomes the stack or arg 2 */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0

	/*
	 * The patch slot: vdso_init() writes "movl %esp,%ebp; sysenter" or
	 * "movl %ecx,%ebp; syscall" here, or leaves the NOP (int $0x80 mode).
	 */
	.globl	vsyscall_patch
vsyscall_patch:
	.byte	VSYSCALL_PATCH_INT80

	/*
	 * The fast paths come back at int80_landing_pad. A restarted system call
	 * sets ip -= 2, which lands on this int $0x80: it must stay right here.
	 */
	int	$0x80
	.globl	int80_landing_pad
int80_landing_pad:
	popl	%ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore ebp
	popl	%edx
	.cfi_adjust_cfa_offset -4
	.cfi_restore edx
	popl	%ecx
	.cfi_adjust_cfa_offset -4
	.cfi_restore ecx
	ret
	.cfi_endproc
	.size	__kernel_vsyscall, . - __kernel_vsyscall

	.section .note.GNU-stack, "", @progbits
