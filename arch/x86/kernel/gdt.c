/*
 * arch/x86/kernel/gdt.c - per-CPU descriptor tables: the GDT in the order STAR and
 * SYSENTER dictate (asm/segment.h), the 64-bit TSS with RSP0 and the four IST
 * stacks (each with an unmapped guard page below it), and the GS base that lets
 * the entry code find this CPU's data with one %gs-relative load.
 */
#include <string.h>
#include <printk.h>
#include <panic.h>
#include <asm/percpu.h>
#include <asm/segment.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/page.h>

struct percpu boot_cpu;

static const char *const ist_names[IST_COUNT + 1] = {
	[IST_DF] = "#DF", [IST_NMI] = "NMI", [IST_DB] = "#DB", [IST_MC] = "#MC",
};

const char *ist_name(int ist)
{
	return ist > 0 && ist <= IST_COUNT ? ist_names[ist] : "?";
}

static void set_tss_descriptor(struct percpu *c)
{
	u64 base = (u64)&c->tss, limit = sizeof(c->tss) - 1;

	/* low 8 bytes: a system descriptor of type 9 (available 64-bit TSS), P=1 */
	c->gdt[GDT_ENTRY_TSS] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
				(0x89ULL << 40) | (((limit >> 16) & 0xf) << 48) |
				(((base >> 24) & 0xff) << 56);
	/* high 8 bytes: bits 63:32 of the base */
	c->gdt[GDT_ENTRY_TSS + 1] = base >> 32;
}

static void load_gdt_and_segments(struct percpu *c)
{
	struct gdt_desc_ptr ptr = { sizeof(c->gdt) - 1, (u64)c->gdt };

	asm volatile("lgdt %0" :: "m"(ptr));
	/* reload CS with a far return, the data segments with plain moves */
	asm volatile("pushq %[cs]\n\t"		/* new CS for lretq */
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"		/* return address for lretq */
		     "lretq\n"
		     "1:\tmovl %[ds], %%eax\n\t"
		     "movl %%eax, %%ss\n\t"
		     "movl %[uds], %%eax\n\t"	/* DS/ES: ignored in 64-bit mode, */
		     "movl %%eax, %%ds\n\t"		/* needed by compat processes, */
		     "movl %%eax, %%es\n\t"		/* never changed by the kernel */
		     "xorl %%eax, %%eax\n\t"
		     "movl %%eax, %%fs\n\t"
		     "movl %%eax, %%gs"
		     :: [cs] "i"(__KERNEL_CS), [ds] "i"(__KERNEL_DS), [uds] "i"(__USER_DS)
		     : "rax", "memory");
	asm volatile("ltr %w0" :: "r"(GDT_TSS_SEL));
	/* A null LDT. The CPU comes out of reset with an LDT of base 0, limit
	 * 0xffff: a forged selector with the TI bit (in a sigreturn frame) would
	 * make iretq read a "descriptor" from user address 0..0xffff. Found by the
	 * fuzzer (tests/user/fuzz.c). */
	asm volatile("lldt %w0" :: "r"(0));
}

void cpu_init_tables(void)
{
	struct percpu *c = &boot_cpu;

	c->self = c;
	c->gdt[GDT_ENTRY_KERNEL32_CS] = SEG_KCODE32;
	c->gdt[GDT_ENTRY_KERNEL_CS] = SEG_KCODE64;
	c->gdt[GDT_ENTRY_KERNEL_DS] = SEG_KDATA;
	c->gdt[GDT_ENTRY_USER32_CS] = SEG_UCODE32;
	c->gdt[GDT_ENTRY_USER_DS] = SEG_UDATA;
	c->gdt[GDT_ENTRY_USER_CS] = SEG_UCODE64;
	c->gdt[GDT_ENTRY_USER_DS_SPARE] = SEG_UDATA;
	set_tss_descriptor(c);
	/* A DPL-3 read-only data segment whose limit is the CPU number (node 0):
	 * ring 3 reads it with `lsl` - the vDSO's getcpu, no memory access needed. */
	c->gdt[GDT_ENTRY_CPUNODE] = (0xf1ULL << 40) |	/* P, DPL 3, data, read-only */
				    (0x4ULL << 52) |	/* 32-bit, byte granular */
				    (c->cpu & 0xfff);	/* limit = cpu | node << 12 */

	for (int i = 1; i <= IST_COUNT; i++) {
		char *stack = vmap_stack(IST_STACK_SIZE);
		if (!stack)
			panic("gdt: no memory for the IST stacks");
		c->ist_bottom[i] = (unsigned long)stack;
		c->ist_top[i] = (unsigned long)stack + IST_STACK_SIZE;
		c->tss.ist[i - 1] = c->ist_top[i];
	}
	c->tss.iomap_base = sizeof(c->tss);	/* no I/O bitmap: ring 3 gets no ports */

	load_gdt_and_segments(c);
	/* Kernel GS base = this CPU's area (a negative address: the paranoid entry's
	 * test). The user's GS base waits in KERNEL_GS_BASE until the first swapgs. */
	wrmsr(MSR_GS_BASE, (u64)c);
	wrmsr(MSR_KERNEL_GS_BASE, 0);
	pr_info("gdt: kcode 0x%x kdata 0x%x ucode32 0x%x udata 0x%x ucode 0x%x tss 0x%x\n",
		__KERNEL_CS, __KERNEL_DS, __USER32_CS, __USER_DS, __USER_CS, GDT_TSS_SEL);
}

/* RSP0: where the CPU switches to on an interrupt from ring 3. */
void set_kernel_stack(unsigned long top)
{
	boot_cpu.tss.rsp0 = top;
	boot_cpu.top_of_stack = top;
}
