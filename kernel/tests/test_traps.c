/*
 * kernel/tests/test_traps.c - proofs of the descriptor-table design: the GDT has
 * Linux's selectors, the IDT gates have the right DPL and IST, int3 in the kernel
 * resumes, an NMI runs on its own IST stack, the exception table turns a fault into
 * an error, and the timer ticks. The crash tests prove the oops path: a kernel
 * stack overflow ends on the #DF stack, a NULL dereference names its function.
 */
#include <ktest.h>
#include <time.h>
#include <errno.h>
#include <asm/processor.h>
#include <asm/percpu.h>
#include <asm/segment.h>
#include <asm/desc.h>
#include <asm/apic.h>
#include <asm/extable.h>
#include <asm/page.h>
#include <mm.h>

extern volatile unsigned long nmi_count, nmi_last_sp, int3_count;
bool kernel_address_readable(unsigned long va);

KTEST(gdt_selectors_are_linux_ones)
{
	u16 cs, ss, tr;

	asm volatile("mov %%cs, %0; mov %%ss, %1; str %2" : "=r"(cs), "=r"(ss), "=r"(tr));
	KEXPECT_EQ(cs, 0x10);
	KEXPECT_EQ(ss, 0x18);
	KEXPECT_EQ(tr, 0x40);
	KEXPECT_EQ(__USER32_CS, 0x23);
	KEXPECT_EQ(__USER_DS, 0x2b);
	KEXPECT_EQ(__USER_CS, 0x33);
	/* the user code segments really are DPL 3 and 32-/64-bit */
	KEXPECT_EQ((boot_cpu.gdt[GDT_ENTRY_USER_CS] >> 45) & 3, 3);
	KEXPECT_EQ((boot_cpu.gdt[GDT_ENTRY_USER_CS] >> 53) & 1, 1);	/* L */
	KEXPECT_EQ((boot_cpu.gdt[GDT_ENTRY_USER32_CS] >> 54) & 1, 1);	/* D */
	return 0;
}

static struct idt_gate read_gate(unsigned v)
{
	struct { u16 size; struct idt_gate *base; } __packed idtr;

	asm volatile("sidt %0" : "=m"(idtr));
	return idtr.base[v];
}

KTEST(idt_gates_have_planned_dpl_and_ist)
{
	KEXPECT_EQ((read_gate(3).type_attr >> 5) & 3, 3);	/* int3 from ring 3 */
	KEXPECT_EQ((read_gate(4).type_attr >> 5) & 3, 3);	/* into */
	KEXPECT_EQ((read_gate(0x80).type_attr >> 5) & 3, 3);	/* the syscall gate */
	KEXPECT_EQ(read_gate(0x80).type_attr & 0xf, GATE_INTERRUPT);
	KEXPECT_EQ((read_gate(13).type_attr >> 5) & 3, 0);
	KEXPECT_EQ((read_gate(0x81).type_attr >> 5) & 3, 0);	/* int $0x81 -> #GP */
	KEXPECT_EQ(read_gate(14).type_attr & 0xf, GATE_INTERRUPT);
	KEXPECT_EQ(read_gate(8).ist, IST_DF);
	KEXPECT_EQ(read_gate(2).ist, IST_NMI);
	KEXPECT_EQ(read_gate(1).ist, IST_DB);
	KEXPECT_EQ(read_gate(18).ist, IST_MC);
	KEXPECT_EQ(read_gate(3).ist, 0);	/* #BP never IST (CVE-2018-8897) */
	KEXPECT_EQ(read_gate(12).ist, 0);	/* #SS never IST (CVE-2014-9322) */
	return 0;
}

KTEST(ist_stacks_have_guard_pages)
{
	for (int i = 1; i <= IST_COUNT; i++) {
		KEXPECT_EQ(boot_cpu.tss.ist[i - 1], boot_cpu.ist_top[i]);
		KEXPECT_TRUE(kernel_address_readable(boot_cpu.ist_top[i] - 8));
		KEXPECT_TRUE(!kernel_address_readable(boot_cpu.ist_bottom[i] - 8));
	}
	return 0;
}

KTEST(int3_in_kernel_is_handled_and_resumes)
{
	unsigned long before = int3_count;

	asm volatile("int3");
	KEXPECT_EQ(int3_count, before + 1);
	return 0;
}

KTEST(nmi_runs_on_the_nmi_ist_stack)
{
	if (!apic_available())
		return 0;
	unsigned long before = nmi_count;
	apic_send_nmi_self();
	for (int spin = 0; spin < 1000000 && nmi_count == before; spin++)
		asm volatile("pause");
	KEXPECT_EQ(nmi_count, before + 1);
	KEXPECT_TRUE(nmi_last_sp >= boot_cpu.ist_bottom[IST_NMI]);
	KEXPECT_TRUE(nmi_last_sp < boot_cpu.ist_top[IST_NMI]);
	return 0;
}

/* Read a word that may fault: the uaccess pattern, with an exception-table entry. */
static long probe_read(unsigned long addr, unsigned long *val)
{
	long err = 0;
	unsigned long v = 0;

	asm volatile("1:	movq (%[addr]), %[v]\n"
		     "2:\n"
		     "	.pushsection .text.fixup, \"ax\"\n"
		     "3:	movq %[efault], %[err]\n"
		     "	jmp 2b\n"
		     "	.popsection\n"
		     _ASM_EXTABLE(1b, 3b)
		     : [err] "+r"(err), [v] "+r"(v)
		     : [addr] "r"(addr), [efault] "i"(-EFAULT));
	*val = v;
	return err;
}

KTEST(exception_table_turns_a_fault_into_efault)
{
	unsigned long v = 1;
	static unsigned long target = 0x5a5a;

	KEXPECT_EQ(probe_read((unsigned long)&target, &v), 0);
	KEXPECT_EQ(v, 0x5a5a);
	KEXPECT_EQ(probe_read(VMAP_END - PAGE_SIZE, &v), -EFAULT);	/* unmapped */
	KEXPECT_EQ(probe_read(0, &v), -EFAULT);				/* NULL */
	return 0;
}

KTEST(timer_interrupt_advances_jiffies)
{
	u64 start = jiffies;

	KEXPECT_TRUE(read_flags() & X86_EFLAGS_IF);
	for (int spin = 0; spin < 100 && jiffies < start + 2; spin++)
		asm volatile("hlt");
	KEXPECT_TRUE(jiffies >= start + 2);
	return 0;
}

/* Each call eats 1 KiB of stack: it runs into the guard page within 16 calls. */
static int __attribute__((noinline)) ktest_recurse(int depth)
{
	volatile char pad[1024];

	pad[0] = depth;
	if (depth > 1000000)
		return pad[0];
	return ktest_recurse(depth + 1) + pad[0];
}

KTEST_CRASH(df_stack_overflow)
{
	return ktest_recurse(0);	/* must never return: #PF -> #DF on IST1 */
}

KTEST_CRASH(null_dereference_oops)
{
	return *(volatile int *)0;
}
