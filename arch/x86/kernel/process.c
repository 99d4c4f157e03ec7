/*
 * arch/x86/kernel/process.c - the machine side of tasks: the kernel stack a new
 * task starts with (so its first switch_to() lands in ret_from_fork, or in a
 * kernel thread's function), and what switch_to() changes besides the stack:
 * TSS.rsp0, the address space (CR3), the user's FS/GS selectors and bases, and
 * the TLS descriptors in the GDT.
 */
#include <sched.h>
#include <vm.h>
#include <mm.h>
#include <string.h>
#include <asm/percpu.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/msr.h>
#include <asm/page.h>

void ret_from_fork(void);
void set_kernel_stack(unsigned long top);

/* What __switch_to_asm pops: r15 r14 r13 r12 rbx rbp, then its return address. */
struct switch_frame {
	unsigned long r15, r14, r13, r12, bx, bp, ret;
};

struct pt_regs *task_pt_regs(struct task *t)
{
	return (struct pt_regs *)t->stack_top - 1;
}

void task_start_user(struct task *t, const struct pt_regs *regs)
{
	struct pt_regs *top = task_pt_regs(t);
	struct switch_frame *f = (struct switch_frame *)top - 1;

	*top = *regs;
	memset(f, 0, sizeof(*f));
	f->ret = (unsigned long)ret_from_fork;
	t->thread_sp = (unsigned long)f;
}

void ret_from_kthread(void);

/* Called by ret_from_kthread (entry_64.S) with the function kthread_start chose. */
void __attribute__((noreturn)) kthread_main(void (*fn)(void))
{
	local_irq_enable();
	fn();
	do_exit(0);
}

/* A kernel thread: its first switch_to() "returns" into ret_from_kthread, which
 * passes r12 (a callee-saved register the switch restores) to kthread_main. */
void kthread_start(struct task *t, void (*fn)(void))
{
	/* below the pt_regs slot: the thread may become a user process (init) */
	struct switch_frame *f = (struct switch_frame *)task_pt_regs(t) - 1;

	memset(f, 0, sizeof(*f));
	f->r12 = (unsigned long)fn;
	f->ret = (unsigned long)ret_from_kthread;
	t->thread_sp = (unsigned long)f;
	t->state = TASK_RUNNING;
}

static u16 read_fs(void) { u16 v; asm volatile("mov %%fs, %0" : "=r"(v)); return v; }
static u16 read_gs(void) { u16 v; asm volatile("mov %%gs, %0" : "=r"(v)); return v; }

/* Load the user's GS selector. Writing %gs changes the active GS base, which in
 * the kernel is this CPU's: so swap to the user's, load, swap back (IRQs are off;
 * an NMI in between decides by MSR_GS_BASE's sign and copes). */
void load_gs_index(u16 sel)
{
	asm volatile("swapgs\n\t"
		     "movl %k0, %%gs\n\t"
		     "swapgs" :: "r"((u32)sel) : "memory");
}

void load_tls(struct task *t)
{
	for (int i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		boot_cpu.gdt[GDT_ENTRY_TLS_MIN + i] = t->tls[i];
}

/*
 * The FPU/SSE registers belong to user programs only (the kernel is built with
 * -mgeneral-regs-only), so they change hands only here, eagerly: fxsave the
 * outgoing process's, fxrstor the incoming one's.
 */
void fpu_init_state(struct task *t)
{
	memset(t->fpu, 0, sizeof(t->fpu));
	*(u16 *)&t->fpu[0] = 0x37f;		/* FCW: all x87 exceptions masked */
	*(u32 *)&t->fpu[24] = 0x1f80;		/* MXCSR: all SSE exceptions masked */
}

void fpu_restore(struct task *t)
{
	asm volatile("fxrstor64 %0" :: "m"(*(u8 (*)[512])t->fpu));
}

void arch_switch_to(struct task *prev, struct task *next)
{
	if (prev->mm) {
		prev->fsindex = read_fs();
		prev->gsindex = read_gs();
		asm volatile("fxsave64 %0" : "=m"(*(u8 (*)[512])prev->fpu));
	}
	set_kernel_stack(next->stack_top);
	boot_cpu.cur_task = next;
	/* An interrupt from ring 3 leaves SS null. AMD's SYSRET then loads SS's
	 * selector but not its attributes - an unusable user SS (Linux's
	 * X86_BUG_SYSRET_SS_ATTRS). Reload a real kernel SS on every switch. */
	u16 ss;
	asm volatile("mov %%ss, %0" : "=r"(ss));
	if (ss != __KERNEL_DS)
		asm volatile("movl %0, %%ss" :: "r"((u32)__KERNEL_DS));
	if (!next->mm)
		return;			/* kernel threads borrow whatever CR3 is loaded */
	if (read_cr3() != virt_to_phys(next->mm->pml4))
		write_cr3(virt_to_phys(next->mm->pml4));
	fpu_restore(next);
	load_tls(next);
	if (next->fsindex != read_fs() || next->fsindex)
		asm volatile("movl %k0, %%fs" :: "r"((u32)next->fsindex));
	if (next->gsindex != read_gs() || next->gsindex)
		load_gs_index(next->gsindex);
	/* a null selector means "use the base from arch_prctl" */
	if (!next->fsindex)
		wrmsr(MSR_FS_BASE, next->fs_base);
	if (!next->gsindex)
		wrmsr(MSR_KERNEL_GS_BASE, next->gs_base);	/* the user's, until swapgs */
}
