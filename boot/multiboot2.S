/*
 * boot/multiboot2.S - the multiboot2 header GRUB looks for in the first 32 KiB.
 * Only the mandatory part and an end tag: GRUB loads our ELF by its program headers
 * and enters _start (boot/head_32.S) in 32-bit protected mode with paging off.
 */
#define MB2_MAGIC	0xe85250d6
#define MB2_ARCH_I386	0

	.section .multiboot2, "a"
	.balign 8
mb2_header:
	.long	MB2_MAGIC
	.long	MB2_ARCH_I386
	.long	mb2_header_end - mb2_header
	.long	-(MB2_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))
	/* end tag: type 0, flags 0, size 8 */
	.balign 8
	.short	0
	.short	0
	.long	8
mb2_header_end:

	.section .note.GNU-stack, "", @progbits
