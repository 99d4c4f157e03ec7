/*
 * arch/x86/kernel/idt.c - the IDT and trap_init() (lecture: "trap_init() fills the
 * IDT, one line per vector"). Every gate is an *interrupt* gate: the CPU clears IF
 * on entry, so nothing can interrupt an entry stub before its swapgs. (The 2.4
 * kernel on the slide used a trap gate for 0x80; with swapgs that would let an IRQ
 * run with the user's GS base - docs/idt.md.) DPL 3, reachable with `int $n` from
 * ring 3, only for #BP (int3), #OF (into) and the system-call vector 0x80.
 */
#include <printk.h>
#include <asm/desc.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <asm/platform.h>

static struct idt_gate idt[256] __aligned(16);
static trap_handler_t handlers[256];
static void (*irq_handlers[16])(struct pt_regs *regs);
extern const unsigned long vector_stubs[256];

/* Traps implemented in traps.c */
void do_divide_error(struct pt_regs *, unsigned long);
void do_debug(struct pt_regs *, unsigned long);
void do_nmi(struct pt_regs *, unsigned long);
void do_int3(struct pt_regs *, unsigned long);
void do_generic_trap(struct pt_regs *, unsigned long);
void do_double_fault(struct pt_regs *, unsigned long);
void do_general_protection(struct pt_regs *, unsigned long);
void do_page_fault(struct pt_regs *, unsigned long);
void do_machine_check(struct pt_regs *, unsigned long);
void do_spurious(struct pt_regs *, unsigned long);
void entry_INT80_compat(void);

void set_gate(unsigned vector, unsigned long entry, int dpl, int ist)
{
	struct idt_gate *g = &idt[vector];

	g->offset_low = entry & 0xffff;
	g->offset_mid = (entry >> 16) & 0xffff;
	g->offset_high = entry >> 32;
	g->segment = __KERNEL_CS;
	g->ist = ist;
	g->type_attr = 0x80 | (dpl << 5) | GATE_INTERRUPT;	/* present */
	g->reserved = 0;
}

void set_intr_gate(unsigned vector, trap_handler_t handler, int ist)
{
	handlers[vector] = handler;
	set_gate(vector, vector_stubs[vector], 0, ist);
}

void set_system_intr_gate(unsigned vector, trap_handler_t handler)
{
	handlers[vector] = handler;
	set_gate(vector, vector_stubs[vector], 3, 0);
}

static void do_irq(struct pt_regs *regs, unsigned long vector)
{
	unsigned irq = vector - IRQ0_VECTOR;

	if (irq_handlers[irq])
		irq_handlers[irq](regs);
	pic_eoi(irq);
}

void install_irq_handler(unsigned irq, void (*fn)(struct pt_regs *regs))
{
	irq_handlers[irq] = fn;
}

/* Called by every stub in entry_64.S with the saved registers. */
void do_interrupt(struct pt_regs *regs, unsigned long vector)
{
	handlers[vector](regs, vector);
	/* The error code was the handler's; from here on orig_ax says "not a system
	 * call", so signal delivery never mistakes this for one to restart. */
	regs->orig_ax = -1;
}

void trap_init(void)
{
	for (unsigned v = 0; v < 256; v++)
		set_intr_gate(v, do_spurious, 0);

	set_intr_gate(X86_TRAP_DE, do_divide_error, 0);
	set_intr_gate(X86_TRAP_DB, do_debug, IST_DB);
	set_intr_gate(X86_TRAP_NMI, do_nmi, IST_NMI);
	set_system_intr_gate(X86_TRAP_BP, do_int3);		/* DPL 3: int3 */
	set_system_intr_gate(X86_TRAP_OF, do_generic_trap);	/* DPL 3: into */
	set_intr_gate(X86_TRAP_BR, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_UD, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_NM, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_DF, do_double_fault, IST_DF);
	set_intr_gate(X86_TRAP_OLD_MF, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_TS, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_NP, do_general_protection, 0);
	set_intr_gate(X86_TRAP_SS, do_general_protection, 0);
	set_intr_gate(X86_TRAP_GP, do_general_protection, 0);
	set_intr_gate(X86_TRAP_PF, do_page_fault, 0);
	set_intr_gate(X86_TRAP_MF, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_AC, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_MC, do_machine_check, IST_MC);
	set_intr_gate(X86_TRAP_XF, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_VE, do_generic_trap, 0);
	set_intr_gate(X86_TRAP_CP, do_generic_trap, 0);
	for (unsigned irq = 0; irq < 16; irq++)
		set_intr_gate(IRQ0_VECTOR + irq, do_irq, 0);
	/* The system-call gate: DPL 3, its own stub (entry_64_compat.S). */
	set_gate(IA32_SYSCALL_VECTOR, (unsigned long)entry_INT80_compat, 3, 0);

	struct gdt_desc_ptr ptr = { sizeof(idt) - 1, (u64)idt };
	asm volatile("lidt %0" :: "m"(ptr));
	pr_info("idt: 256 interrupt gates, IST: #DF=%d NMI=%d #DB=%d #MC=%d, DPL 3: #BP #OF 0x80\n",
		IST_DF, IST_NMI, IST_DB, IST_MC);
}
