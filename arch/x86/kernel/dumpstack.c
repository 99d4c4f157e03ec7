/*
 * arch/x86/kernel/dumpstack.c - the oops: everything a student needs to find a
 * kernel bug - the vector's name, the error code, every register, CR0/2/3/4, which
 * stack we are on (the task's, or an IST stack) and a symbolized backtrace.
 */
#include <printk.h>
#include <panic.h>
#include <kallsyms.h>
#include <asm/traps.h>
#include <asm/processor.h>
#include <asm/percpu.h>

const char *ist_name(int ist);

static void print_symbol(const char *prefix, unsigned long addr)
{
	unsigned long off;
	const char *name = kallsyms_lookup(addr, &off);

	if (name)
		printk(KERN_EMERG "%s[<%016lx>] %s+0x%lx\n", prefix, addr, name, off);
	else
		printk(KERN_EMERG "%s[<%016lx>] ?\n", prefix, addr);
}

/* Name the stack `sp` lies on: an IST stack (and whether it is in its guard). */
static void print_stack_name(unsigned long sp)
{
	struct percpu *c = &boot_cpu;

	for (int i = 1; i <= IST_COUNT; i++) {
		if (sp >= c->ist_bottom[i] && sp < c->ist_top[i]) {
			printk(KERN_EMERG "Stack: on IST%d (%s) stack [%016lx-%016lx]\n", i,
			       ist_name(i), c->ist_bottom[i], c->ist_top[i]);
			return;
		}
	}
	printk(KERN_EMERG "Stack: on the task stack\n");
}

void show_regs(const struct pt_regs *r)
{
	printk(KERN_EMERG "RIP: %04lx:%016lx RSP: %04lx:%016lx EFLAGS: %08lx\n",
	       r->cs, r->ip, r->ss, r->sp, r->flags);
	print_symbol("RIP is at ", r->ip);
	printk(KERN_EMERG "RAX: %016lx RBX: %016lx RCX: %016lx\n", r->ax, r->bx, r->cx);
	printk(KERN_EMERG "RDX: %016lx RSI: %016lx RDI: %016lx\n", r->dx, r->si, r->di);
	printk(KERN_EMERG "RBP: %016lx R08: %016lx R09: %016lx\n", r->bp, r->r8, r->r9);
	printk(KERN_EMERG "R10: %016lx R11: %016lx R12: %016lx\n", r->r10, r->r11, r->r12);
	printk(KERN_EMERG "R13: %016lx R14: %016lx R15: %016lx\n", r->r13, r->r14, r->r15);
	printk(KERN_EMERG "CR0: %016lx CR2: %016lx CR3: %016lx CR4: %016lx\n",
	       (unsigned long)read_cr0(), (unsigned long)read_cr2(),
	       (unsigned long)read_cr3(), (unsigned long)read_cr4());
}

void __noreturn die(const char *why, struct pt_regs *regs, unsigned long vector)
{
	local_irq_disable();
	console_loglevel = 7;
	printk(KERN_EMERG "Oops: %s (vector %lu), error code 0x%lx%s\n", why, vector,
	       regs->orig_ax, user_mode(regs) ? " in user mode" : "");
	show_regs(regs);
	print_stack_name((unsigned long)regs);
	printk(KERN_EMERG "Call Trace:\n");
	dump_backtrace_from(regs->ip, regs->bp);
	panic("Fatal exception: %s", why);
}
