/* <sys/ucontext.h>: what an SA_SIGINFO handler's third argument points to: Linux's
 * struct ucontext with the kernel's struct sigcontext as uc_mcontext (register
 * names rip/rsp/... on x86-64, eip/esp/... on i386; arch/x86 uapi sigcontext.h). */
#ifndef _SYS_UCONTEXT_H
#define _SYS_UCONTEXT_H

#include <signal.h>
#include <stdint.h>

#ifdef __x86_64__
struct sigcontext {
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp;
	uint64_t rip, eflags;
	uint16_t cs, gs, fs, ss;	/* ss: Linux fills it (UC_SIGCONTEXT_SS) */
	uint64_t err, trapno, oldmask, cr2;
	uint64_t fpstate;		/* user address of the FPU state, or 0 */
	uint64_t reserved1[8];
};
#else
struct sigcontext {
	uint16_t gs, __gsh, fs, __fsh, es, __esh, ds, __dsh;
	uint32_t edi, esi, ebp, esp, ebx, edx, ecx, eax;
	uint32_t trapno, err, eip;
	uint16_t cs, __csh;
	uint32_t eflags, esp_at_signal;
	uint16_t ss, __ssh;
	uint32_t fpstate;
	uint32_t oldmask, cr2;
};
#endif

typedef struct sigcontext mcontext_t;

typedef struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	sigset_t uc_sigmask;
} ucontext_t;

#define UC_FP_XSTATE		0x1
#define UC_SIGCONTEXT_SS	0x2
#define UC_STRICT_RESTORE_SS	0x4

#endif
