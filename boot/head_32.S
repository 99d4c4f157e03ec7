/*
 * boot/head_32.S - from GRUB's 32-bit protected mode to 64-bit long mode.
 *
 * GRUB enters here with paging off, eax = multiboot2 magic, ebx = boot information.
 * We build early page tables (identity map of the first 1 GiB, the same 1 GiB at the
 * kernel's 0xffffffff80000000 and at the direct map), enable PAE, EFER.LME (and NXE
 * when the CPU has NX), paging, load a boot GDT and far-jump to 64-bit code, which
 * jumps to the higher half and calls start_kernel(magic, mbi). Nothing here touches C.
 */
#include <asm/boot.h>

	.code32
	.section .boot.text, "ax"
	.globl _start
_start:
	cli
	cld
	movl	%eax, %edi			/* keep the magic for start_kernel() */
	movl	%ebx, %esi			/* and the boot information pointer */
	movl	$boot_stack_top, %esp

	/* Long mode needs CPUID leaf 0x80000001 EDX bit 29 (LM). */
	movl	$0x80000000, %eax
	cpuid
	cmpl	$0x80000001, %eax
	jb	no_long_mode
	movl	$0x80000001, %eax
	cpuid
	testl	$(1 << 29), %edx
	jz	no_long_mode
	movl	%edx, %ebp			/* ebp = extended features (NX is bit 20) */

	/* Early tables: one page directory of 2 MiB pages covering 0..1 GiB, shared by
	 * the identity map (PML4[0]), the direct map and the kernel image map. */
	movl	$early_pd, %ebx
	xorl	%ecx, %ecx
1:	movl	%ecx, %eax
	shll	$21, %eax
	orl	$(PTE_PRESENT | PTE_WRITE | PTE_HUGE), %eax
	movl	%eax, (%ebx, %ecx, 8)
	movl	$0, 4(%ebx, %ecx, 8)
	incl	%ecx
	cmpl	$512, %ecx
	jb	1b

	movl	$(early_pd + PTE_PRESENT + PTE_WRITE), %eax
	movl	%eax, early_pdpt_low			/* 0..1 GiB identity */
	movl	%eax, early_pdpt_high + 8 * 510		/* 0xffffffff80000000 */
	movl	%eax, early_pdpt_direct			/* 0xffff888000000000 */
	movl	$(early_pdpt_low + PTE_PRESENT + PTE_WRITE), %eax
	movl	%eax, early_pml4
	movl	$(early_pdpt_direct + PTE_PRESENT + PTE_WRITE), %eax
	movl	%eax, early_pml4 + 8 * PML4_DIRECT_MAP
	movl	$(early_pdpt_high + PTE_PRESENT + PTE_WRITE), %eax
	movl	%eax, early_pml4 + 8 * 511

	movl	%cr4, %eax
	orl	$X86_CR4_PAE, %eax		/* 64-bit page tables */
	movl	%eax, %cr4
	movl	$early_pml4, %eax
	movl	%eax, %cr3

	movl	$MSR_EFER, %ecx
	rdmsr
	orl	$EFER_LME, %eax			/* long mode, active once paging is on */
	testl	$(1 << 20), %ebp
	jz	2f
	orl	$EFER_NXE, %eax			/* the NX bit in page tables is legal */
2:	wrmsr

	movl	%cr0, %eax
	orl	$(X86_CR0_PG | X86_CR0_WP | X86_CR0_PE), %eax
	movl	%eax, %cr0			/* paging on: now in compatibility mode */

	lgdt	boot_gdt_desc
	ljmp	$0x10, $long_mode_entry		/* 0x10: 64-bit kernel code (DESIGN §5) */

no_long_mode:
	/* Say so on COM1 (and VGA) and stop: there is nothing else to do. */
	movl	$no_lm_msg, %esi
3:	lodsb
	testb	%al, %al
	jz	4f
	movw	$0x3f8, %dx
	outb	%al, %dx
	jmp	3b
4:	hlt
	jmp	4b

	.code64
long_mode_entry:
	movl	$0x18, %eax			/* kernel data for every data segment */
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	xorl	%eax, %eax
	movl	%eax, %fs
	movl	%eax, %gs
	movabsq	$high_entry, %rax		/* leave the identity map */
	jmp	*%rax

	.section .boot.data, "a"
	.balign 8
boot_gdt:
	.quad	0				/* null */
	.quad	0x00cf9a000000ffff		/* 0x08 kernel code, 32-bit */
	.quad	0x00af9a000000ffff		/* 0x10 kernel code, 64-bit (L=1) */
	.quad	0x00cf92000000ffff		/* 0x18 kernel data */
boot_gdt_end:
boot_gdt_desc:
	.short	boot_gdt_end - boot_gdt - 1
	.long	boot_gdt
no_lm_msg:
	.asciz	"Trapdoor: this CPU has no long mode (x86-64); cannot boot.\r\n"

	.section .boot.bss, "aw", @nobits
	.balign 4096
early_pml4:		.skip 4096
early_pdpt_low:		.skip 4096
early_pdpt_high:	.skip 4096
early_pdpt_direct:	.skip 4096
early_pd:		.skip 4096
boot_stack:		.skip 4096
boot_stack_top:

	/* 64-bit, higher half from here on. */
	.text
high_entry:
	movabsq	$init_stack_top, %rsp
	xorl	%ebp, %ebp			/* end of the frame-pointer chain */
	/* edi = magic, esi = physical boot information: start_kernel's arguments */
	call	start_kernel
5:	hlt
	jmp	5b

	.bss
	.balign 16
init_stack:
	.skip	16384
	.globl init_stack_top
init_stack_top:

	.section .note.GNU-stack, "", @progbits
