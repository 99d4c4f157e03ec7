/*
 * asm/traps.h - exception vectors (SDM vol. 3A, 6.3.1), the IST plan, and the
 * trap handler interface used by idt.c and traps.c.
 */
#ifndef _ASM_TRAPS_H
#define _ASM_TRAPS_H

#define X86_TRAP_DE	0	/* divide error */
#define X86_TRAP_DB	1	/* debug */
#define X86_TRAP_NMI	2	/* non-maskable interrupt */
#define X86_TRAP_BP	3	/* breakpoint (int3) */
#define X86_TRAP_OF	4	/* overflow (into) */
#define X86_TRAP_BR	5	/* bound range exceeded */
#define X86_TRAP_UD	6	/* invalid opcode */
#define X86_TRAP_NM	7	/* device not available */
#define X86_TRAP_DF	8	/* double fault */
#define X86_TRAP_OLD_MF	9	/* coprocessor segment overrun */
#define X86_TRAP_TS	10	/* invalid TSS */
#define X86_TRAP_NP	11	/* segment not present */
#define X86_TRAP_SS	12	/* stack-segment fault */
#define X86_TRAP_GP	13	/* general protection */
#define X86_TRAP_PF	14	/* page fault */
#define X86_TRAP_SPURIOUS 15
#define X86_TRAP_MF	16	/* x87 floating point */
#define X86_TRAP_AC	17	/* alignment check */
#define X86_TRAP_MC	18	/* machine check */
#define X86_TRAP_XF	19	/* SIMD floating point */
#define X86_TRAP_VE	20	/* virtualization */
#define X86_TRAP_CP	21	/* control protection */
#define IRQ0_VECTOR	0x20	/* the PIC's 16 lines, remapped here */
#define IA32_SYSCALL_VECTOR 0x80

/*
 * The IST plan: the TSS's interrupt stack table gives these vectors a known-good
 * stack of their own, whatever RSP was when they hit - a kernel stack overflow
 * (#DF), or the SYSCALL entry/SYSRET exit windows where RSP is still the user's at
 * CPL 0 (NMI, #DB, #MC cannot be masked there). #BP, #SS, #GP and #PF stay on the
 * normal stack: an IST vector that nests into itself overwrites its own frame.
 */
#define IST_DF		1
#define IST_NMI		2
#define IST_DB		3
#define IST_MC		4
#define IST_COUNT	4
#define IST_STACK_SIZE	8192

#ifndef __ASSEMBLY__
#include <asm/ptrace.h>

typedef void (*trap_handler_t)(struct pt_regs *regs, unsigned long vector);

void trap_init(void);
void set_gate(unsigned vector, unsigned long entry, int dpl, int ist);
void set_intr_gate(unsigned vector, trap_handler_t handler, int ist);
void set_system_intr_gate(unsigned vector, trap_handler_t handler);
void install_irq_handler(unsigned irq, void (*fn)(struct pt_regs *regs));
const char *trap_name(unsigned long vector);
void die(const char *why, struct pt_regs *regs, unsigned long vector) __attribute__((noreturn));

/* The exception table: a faulting kernel instruction with an entry here resumes
 * at its fixup (how copy_from_user returns -EFAULT instead of an oops). */
struct exception_table_entry {
	long insn, fixup;	/* both relative to the entry's own address */
};
bool fixup_exception(struct pt_regs *regs);
#endif

#endif
