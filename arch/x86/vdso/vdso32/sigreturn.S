/*
 * vdso32/sigreturn.S - the i386 signal trampolines (DESIGN §9): a handler without
 * SA_RESTORER returns here, and we ask the kernel to restore the interrupted
 * context. The CFI says where that context is, so gdb and unwinders can walk from
 * a handler back into the code the signal interrupted (Linux's i386 frame layouts).
 */

/* Offsets in struct sigcontext_32 (Linux, asm/sigcontext.h). */
#define SC_DI	16
#define SC_SI	20
#define SC_BP	24
#define SC_SP	28
#define SC_BX	32
#define SC_DX	36
#define SC_CX	40
#define SC_AX	44
#define SC_IP	56

/*
 * Where the sigcontext is, from esp, once the handler's `ret` popped pretcode:
 * struct sigframe_ia32 { pretcode; sig; sigcontext sc; ... } and
 * struct rt_sigframe_ia32 { pretcode; sig; pinfo; puc; siginfo (128); ucontext },
 * the ucontext's mcontext 20 bytes in (flags, link, stack_t).
 */
#define SIGFRAME_SC	4
#define RT_SIGFRAME_SC	(4 + 4 + 4 + 128 + 20)

/* DWARF register numbers, i386 psABI. */
#define DW_EAX	0
#define DW_ECX	1
#define DW_EDX	2
#define DW_EBX	3
#define DW_EBP	5
#define DW_ESI	6
#define DW_EDI	7
#define DW_EIP	8

/* A ULEB/SLEB128 value below 8192 in exactly two bytes (padding is legal). */
#define LEB2(v)		(((v) & 0x7f) | 0x80), (((v) >> 7) & 0x7f)
/* DW_CFA_def_cfa_expression { DW_OP_breg4 (esp) + off; DW_OP_deref }: the saved sp */
#define CFA_AT(off)	.cfi_escape 0x0f, 4, 0x74, LEB2(off), 0x06
/* DW_CFA_expression reg { DW_OP_breg4 (esp) + off }: reg was saved at esp + off */
#define REG_AT(r, off)	.cfi_escape 0x10, r, 3, 0x74, LEB2(off)

/* The whole interrupted context, for a sigcontext at esp + sc. */
#define SIGCONTEXT_CFI(sc)			\
	CFA_AT((sc) + SC_SP);			\
	REG_AT(DW_EIP, (sc) + SC_IP);		\
	REG_AT(DW_EAX, (sc) + SC_AX);		\
	REG_AT(DW_EBX, (sc) + SC_BX);		\
	REG_AT(DW_ECX, (sc) + SC_CX);		\
	REG_AT(DW_EDX, (sc) + SC_DX);		\
	REG_AT(DW_ESI, (sc) + SC_SI);		\
	REG_AT(DW_EDI, (sc) + SC_DI);		\
	REG_AT(DW_EBP, (sc) + SC_BP)

#define __NR_sigreturn		119
#define __NR_rt_sigreturn	173

	.text
	.balign	32
	/*
	 * "simple": no default CIE rules, every rule is ours. The FDE starts one
	 * byte early, at a nop: unwinders look up return address - 1.
	 */
	.cfi_startproc simple
	.cfi_signal_frame
	SIGCONTEXT_CFI(SIGFRAME_SC)
	nop
	.globl	__kernel_sigreturn
	.type	__kernel_sigreturn, @function
__kernel_sigreturn:
	popl	%eax			/* drop sig: esp now at the sigcontext */
	SIGCONTEXT_CFI(SIGFRAME_SC - 4)
	movl	$__NR_sigreturn, %eax
	int	$0x80			/* never returns */
	.size	__kernel_sigreturn, . - __kernel_sigreturn
	.cfi_endproc

	.balign	32
	.cfi_startproc simple
	.cfi_signal_frame
	SIGCONTEXT_CFI(RT_SIGFRAME_SC)
	nop
	.globl	__kernel_rt_sigreturn
	.type	__kernel_rt_sigreturn, @function
__kernel_rt_sigreturn:
	movl	$__NR_rt_sigreturn, %eax
	int	$0x80			/* never returns */
	.size	__kernel_rt_sigreturn, . - __kernel_rt_sigreturn
	.cfi_endproc

	.section .note.GNU-stack, "", @progbits
