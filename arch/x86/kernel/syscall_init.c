/*
 * arch/x86/kernel/syscall_init.c - program the fast system-call MSRs (lecture:
 * "SYSENTER/SYSEXIT and their MSRs", "SYSCALL/SYSRET with STAR/LSTAR").
 * EFER.SCE enables SYSCALL; STAR gives the selectors; LSTAR/CSTAR the 64-bit and
 * compat entry points; SFMASK the RFLAGS bits cleared on entry. SYSENTER needs
 * 0x174-0x176: its CS, stack and entry point.
 */
#include <printk.h>
#include <panic.h>
#include <cmdline.h>
#include <asm/msr.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/cpufeature.h>
#include <asm/percpu.h>
#include <asm/page.h>
#include <asm/vdso.h>

void entry_SYSCALL_64(void);
void entry_SYSCALL_compat(void);
void entry_SYSENTER_compat(void);

#define ENTRY_STACK_SIZE 4096

/*
 * Flags SYSCALL clears on entry (the user's come back from R11 on SYSRET):
 *  IF - the first instructions run on the user's stack: no interrupt there;
 *  TF - else #DB on the first kernel instruction, with the user's GS and stack;
 *  DF - C code assumes DF = 0;
 *  AC - with SMAP, AC = 1 would silently allow kernel access to user memory;
 *  NT - an IRET with NT set would try a task switch (#GP in long mode);
 *  IOPL, RF, ID and the arithmetic flags - do not leak user state into the kernel.
 */
#define SYSCALL_MASK (X86_EFLAGS_IF | X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_AC | \
		      X86_EFLAGS_NT | X86_EFLAGS_IOPL | X86_EFLAGS_RF | X86_EFLAGS_ID | \
		      X86_EFLAGS_CF | X86_EFLAGS_PF | X86_EFLAGS_AF | X86_EFLAGS_ZF | \
		      X86_EFLAGS_SF | X86_EFLAGS_OF)

enum vsyscall_mode vsyscall_mode = VSYSCALL_INT80;

void syscall_init(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;

	/* EFER.SCE: SYSCALL/SYSRET are #UD without it. */
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);
	/* STAR[47:32]: SYSCALL loads CS = 0x10, SS = 0x18.
	 * STAR[63:48]: SYSRET loads CS = 0x23 (+16 = 0x33 for 64-bit), SS = 0x2b. */
	wrmsr(MSR_STAR, ((u64)(__USER32_CS) << 48) | ((u64)__KERNEL_CS << 32));
	/* LSTAR: where SYSCALL from 64-bit code lands. */
	wrmsr(MSR_LSTAR, (u64)entry_SYSCALL_64);
	/* CSTAR: SYSCALL from compat mode. Programmed on every vendor: QEMU executes
	 * it even on Intel models, where real hardware would #UD. */
	wrmsr(MSR_CSTAR, (u64)entry_SYSCALL_compat);
	/* SFMASK: the RFLAGS bits SYSCALL clears (see above). */
	wrmsr(MSR_SYSCALL_MASK, SYSCALL_MASK);

	if (c->vendor == X86_VENDOR_INTEL && c->sep) {
		char *stack = vmap_stack(ENTRY_STACK_SIZE);
		if (!stack)
			panic("syscall_init: no memory for the SYSENTER stack");
		/* SYSENTER_CS: kernel CS; SS = CS + 8; SYSEXIT uses CS + 16/24 (0x23, 0x2b). */
		wrmsr(MSR_IA32_SYSENTER_CS, __KERNEL_CS);
		/* SYSENTER_ESP: a small per-CPU stack; the stub moves to the task's at once. */
		wrmsr(MSR_IA32_SYSENTER_ESP, (u64)stack + ENTRY_STACK_SIZE);
		/* SYSENTER_EIP: the compat SYSENTER entry. */
		wrmsr(MSR_IA32_SYSENTER_EIP, (u64)entry_SYSENTER_compat);
	} else {
		/* AMD CPUs #UD on SYSENTER in long mode; QEMU's AMD model enters anyway,
		 * and its SYSEXIT then #UDs. A null SYSENTER_CS makes SYSENTER #GP
		 * instead: the process gets a signal, the kernel is never entered. */
		wrmsr(MSR_IA32_SYSENTER_CS, 0);
	}

	/* Which instruction __kernel_vsyscall uses: by vendor, as Linux does. */
	if (c->vendor == X86_VENDOR_INTEL && c->sep && !boot_params.nosysenter)
		vsyscall_mode = VSYSCALL_SYSENTER;
	else if (c->vendor == X86_VENDOR_AMD && c->syscall && !boot_params.nosyscall32)
		vsyscall_mode = VSYSCALL_SYSCALL32;
	pr_info("syscall: LSTAR %lx, CSTAR %lx, SYSENTER %s; __kernel_vsyscall uses %s\n",
		(unsigned long)entry_SYSCALL_64, (unsigned long)entry_SYSCALL_compat,
		rdmsr(MSR_IA32_SYSENTER_CS) ? "on" : "off",
		vsyscall_mode == VSYSCALL_SYSENTER ? "sysenter" :
		vsyscall_mode == VSYSCALL_SYSCALL32 ? "syscall" : "int $0x80");
}
