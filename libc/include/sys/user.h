/* <sys/user.h>: the register block a tracer reads and writes with PTRACE_GETREGS /
 * PTRACE_SETREGS and addresses word by word with PTRACE_PEEKUSER: Linux's
 * `struct user_regs_struct` (arch/x86/include/asm/user_64.h, user_32.h). A 64-bit
 * tracer always sees the 64-bit layout, even for a 32-bit tracee (cs == 0x23). */
#ifndef _SYS_USER_H
#define _SYS_USER_H

#ifdef __x86_64__
struct user_regs_struct {
	unsigned long r15, r14, r13, r12, rbp, rbx, r11, r10;
	unsigned long r9, r8, rax, rcx, rdx, rsi, rdi;
	unsigned long orig_rax;		/* the syscall number; -1 outside a call */
	unsigned long rip, cs, eflags, rsp, ss;
	unsigned long fs_base, gs_base;
	unsigned long ds, es, fs, gs;
};
#else
struct user_regs_struct {
	long ebx, ecx, edx, esi, edi, ebp, eax;
	long xds, xes, xfs, xgs;
	long orig_eax;			/* the syscall number; -1 outside a call */
	long eip, xcs, eflags, esp, xss;
};
#endif

#endif
