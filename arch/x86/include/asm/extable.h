/*
 * asm/extable.h - _ASM_EXTABLE(insn, fixup): "if the instruction at insn faults,
 * continue at fixup". The entry holds both addresses relative to itself
 * (struct exception_table_entry in asm/traps.h); fixup_exception() searches them.
 */
#ifndef _ASM_EXTABLE_H
#define _ASM_EXTABLE_H

#define _ASM_EXTABLE(insn, fixup)				\
	"	.pushsection __ex_table, \"a\"\n"		\
	"	.balign 8\n"					\
	"	.quad (" #insn ") - .\n"			\
	"	.quad (" #fixup ") - .\n"			\
	"	.popsection\n"

#endif
