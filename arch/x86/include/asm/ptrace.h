/*
 * asm/ptrace.h - struct pt_regs: the snapshot of user (or interrupted kernel)
 * registers that every entry path builds on the kernel stack (lecture: "the
 * dispatcher saves a pt_regs snapshot"). Linux's layout, 168 bytes; the last five
 * words are exactly the frame the CPU pushes on an interrupt, so an interrupt from
 * ring 3 lands them in place and SYSCALL/SYSENTER stubs push the same five by hand.
 * The offsets used by assembly live in asm/entry.h and are checked below.
 */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

#include <asm/entry.h>

#ifndef __ASSEMBLY__
#include <types.h>

struct pt_regs {
	/* pushed by the entry code, last pushed first */
	unsigned long r15, r14, r13, r12, bp, bx;
	unsigned long r11, r10, r9, r8, ax, cx, dx, si, di;
	/* syscall number, hardware error code, or -1 for "not a syscall" */
	unsigned long orig_ax;
	/* the hardware (IRET) frame */
	unsigned long ip, cs, flags, sp, ss;
};

_Static_assert(sizeof(struct pt_regs) == PTREGS_SIZE, "pt_regs size");
_Static_assert(__builtin_offsetof(struct pt_regs, bx) == PTREGS_BX, "pt_regs bx");
_Static_assert(__builtin_offsetof(struct pt_regs, ax) == PTREGS_AX, "pt_regs ax");
_Static_assert(__builtin_offsetof(struct pt_regs, cx) == PTREGS_CX, "pt_regs cx");
_Static_assert(__builtin_offsetof(struct pt_regs, di) == PTREGS_DI, "pt_regs di");
_Static_assert(__builtin_offsetof(struct pt_regs, orig_ax) == PTREGS_ORIG_AX, "orig_ax");
_Static_assert(__builtin_offsetof(struct pt_regs, ip) == PTREGS_IP, "pt_regs ip");
_Static_assert(__builtin_offsetof(struct pt_regs, cs) == PTREGS_CS, "pt_regs cs");
_Static_assert(__builtin_offsetof(struct pt_regs, flags) == PTREGS_FLAGS, "flags");
_Static_assert(__builtin_offsetof(struct pt_regs, sp) == PTREGS_SP, "pt_regs sp");
_Static_assert(__builtin_offsetof(struct pt_regs, ss) == PTREGS_SS, "pt_regs ss");

static inline bool user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}
#endif

#endif
