/*
 * vdso-note.S - the vDSO's PT_NOTE: owner "Linux", type 0, descriptor =
 * LINUX_VERSION_CODE, the kernel version Trapdoor's ABI follows (6.1.0). Old glibc
 * loaders read it instead of calling uname (DESIGN §8).
 */
#ifndef LINUX_VERSION_CODE
#define LINUX_VERSION_CODE	0x060100	/* (6 << 16) | (1 << 8) | 0 */
#endif

	.section .note.Linux, "a", @note
	.balign 4
	.long	2f - 1f			/* namesz: "Linux" and its NUL */
	.long	4f - 3f			/* descsz */
	.long	0			/* type */
1:	.asciz	"Linux"
2:	.balign 4			/* the descriptor starts 4-aligned */
3:	.long	LINUX_VERSION_CODE
4:

	.section .note.GNU-stack, "", @progbits
