/*
 * kernel/ptrace.c - ptrace(2): how strace and gdb watch a process (lecture: the
 * PT_TRACESYS check on system-call entry). A traced process stops - at system-call
 * entry and exit when resumed with PTRACE_SYSCALL, at every signal, after execve -
 * and its tracer (its parent, which is what PTRACE_TRACEME means here) learns of
 * the stop through wait4, reads and writes its registers and memory, and resumes
 * it. Register writes follow Linux's putreg rules: no kernel selectors, no IOPL, no
 * kernel FS/GS base; and after any stop the task returns to user mode by IRET.
 */
#include <syscalls.h>
#include <sched.h>
#include <signal.h>
#include <uaccess.h>
#include <vm.h>
#include <mm.h>
#include <string.h>
#include <errno.h>
#include <cmdline.h>
#include <asm/msr.h>
#include <asm/page.h>
#include <asm/processor.h>

#define PTRACE_TRACEME		0
#define PTRACE_PEEKTEXT		1
#define PTRACE_PEEKDATA		2
#define PTRACE_PEEKUSR		3
#define PTRACE_CONT		7
#define PTRACE_KILL		8
#define PTRACE_GETREGS		12
#define PTRACE_SETREGS		13
#define PTRACE_ATTACH		16
#define PTRACE_DETACH		17
#define PTRACE_SYSCALL		24
#define PTRACE_SETOPTIONS	0x4200
#define PTRACE_O_TRACESYSGOOD	0x1
#define PTRACE_O_EXITKILL	0x100000

/* What a debugger sees (struct user_regs_struct, x86-64): pt_regs's 21 words,
 * then the FS/GS bases and the data selectors. */
struct user_regs {
	unsigned long r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di;
	unsigned long orig_ax, ip, cs, flags, sp, ss;
	unsigned long fs_base, gs_base, ds, es, fs, gs;
};
_Static_assert(sizeof(struct user_regs) == 27 * 8, "user_regs_struct");

/* The flags a tracer may set (Linux's FLAG_MASK): not IF, IOPL, VM. */
#define FLAG_MASK (X86_EFLAGS_CF | X86_EFLAGS_PF | X86_EFLAGS_AF | X86_EFLAGS_ZF | \
		   X86_EFLAGS_SF | X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_OF | \
		   X86_EFLAGS_RF | X86_EFLAGS_AC | X86_EFLAGS_NT)

/* Stop, tell the tracer, sleep until it resumes us; returns the signal to go on
 * with (the one the tracer passed to PTRACE_CONT/SYSCALL). */
int ptrace_stop(int code)
{
	struct task *t = current;
	struct task *tracer = find_task(t->ppid);

	if (t->pending & (1ULL << (SIGKILL - 1)))
		return 0;		/* dying: no more stops (Linux's rule) */
	u64 flags = irq_save();
	t->ptrace_code = code;
	t->ptrace_reported = false;
	t->ptrace_resume = 0;
	t->state = TASK_TRACED;
	if (tracer) {
		send_signal(tracer, SIGCHLD);
		wake_up_all(&tracer->children_wq);
	}
	schedule();			/* until PTRACE_CONT, _SYSCALL, _KILL, _DETACH */
	irq_restore(flags);
	t->flags |= TIF_FORCE_IRET;	/* the tracer may have rewritten pt_regs */
	return t->ptrace_resume;
}

/* The system-call stops, from the entry and exit hooks (kernel/strace.c). A
 * tracee killed while stopped at entry does not run the call. */
void ptrace_report_syscall(struct pt_regs *regs, bool entry)
{
	struct task *t = current;

	if (!(t->ptrace & PT_SYSCALL))
		return;
	int sig = ptrace_stop(SIGTRAP | (t->ptrace_options & PTRACE_O_TRACESYSGOOD ? 0x80 : 0));
	if (sig)
		send_signal(t, sig);	/* the tracer asked for a signal on resume */
	if (entry && (t->pending & (1ULL << (SIGKILL - 1))))
		regs->orig_ax = -1;	/* skip it: the task dies on the way out */
}

static void set_syscall_stops(struct task *t, bool on)
{
	if (on) {
		t->ptrace |= PT_SYSCALL;
		t->flags |= TIF_SYSCALL_TRACE;
	} else {
		t->ptrace &= ~PT_SYSCALL;
		if (!boot_params.strace)
			t->flags &= ~TIF_SYSCALL_TRACE;
	}
}

static void resume(struct task *t, int sig, bool syscall_stops)
{
	set_syscall_stops(t, syscall_stops);
	t->ptrace_resume = sig;
	t->state = TASK_RUNNING;
}

/* A tracer leaves: its tracees are killed (EXITKILL) or let go. */
void ptrace_exit_tracer(struct task *tracer)
{
	for (struct task *t = task_list(); t; t = t->next_task) {
		if (!(t->ptrace & PT_PTRACED) || t->ppid != tracer->pid)
			continue;
		if (t->ptrace_options & PTRACE_O_EXITKILL)
			send_signal(t, SIGKILL);
		t->ptrace = 0;
		set_syscall_stops(t, false);
		if (t->state == TASK_TRACED)
			t->state = TASK_RUNNING;
	}
}

static void get_regs(struct task *t, struct user_regs *u)
{
	struct pt_regs *r = task_pt_regs(t);

	memcpy(u, r, sizeof(*r));
	u->fs_base = t->fs_base;
	u->gs_base = t->gs_base;
	u->ds = t->compat ? 0x2b : t->dsindex;
	u->es = t->compat ? 0x2b : t->esindex;
	u->fs = t->fsindex;
	u->gs = t->gsindex;
}

/* Linux's putreg rules: every value a user could not have loaded itself is
 * refused (-EIO); RIP is not checked here - the return path's SYSRET rules and
 * IRET's own checks take care of a non-canonical one (CVE-2014-4699). */
static long set_regs(struct task *t, const struct user_regs *u)
{
	struct pt_regs *r = task_pt_regs(t);

	if ((u->cs & 3) != 3 || (u->ss & 3) != 3)
		return -EIO;
	if ((u->ds && (u->ds & 3) != 3) || (u->es && (u->es & 3) != 3) ||
	    (u->fs && (u->fs & 3) != 3) || (u->gs && (u->gs & 3) != 3))
		return -EIO;
	if (u->fs_base >= TASK_SIZE_MAX || u->gs_base >= TASK_SIZE_MAX)
		return -EIO;
	unsigned long flags = (r->flags & ~FLAG_MASK) | (u->flags & FLAG_MASK);
	memcpy(r, u, sizeof(*r));
	r->cs &= 0xffff;
	r->ss &= 0xffff;
	r->flags = flags;
	t->fs_base = u->fs_base;
	t->gs_base = u->gs_base;
	t->dsindex = u->ds;
	t->esindex = u->es;
	t->flags |= TIF_FORCE_IRET;
	return 0;
}

/* Read a word of the tracee's memory through its page tables. */
static long peek(struct task *t, unsigned long addr, unsigned long *word)
{
	u8 *out = (u8 *)word;

	for (int i = 0; i < 8; i++) {
		unsigned long va = addr + i;
		if (va >= t->mm->task_size)
			return -EIO;
		u64 *pte = lookup_pte(t->mm->pml4, va & PAGE_MASK);
		if (!pte || !(*pte & PTE_USER))
			return -EIO;
		out[i] = *((u8 *)phys_to_virt(*pte & PTE_ADDR_MASK) + (va & ~PAGE_MASK));
	}
	return 0;
}

/* What a 32-bit debugger sees (i386 struct user_regs_struct). */
struct user_regs_32 {
	u32 bx, cx, dx, si, di, bp, ax, ds, es, fs, gs, orig_ax, ip, cs, flags, sp, ss;
};

/* The i386 view of a 32-bit tracee's registers, both ways. */
static void to_regs_32(const struct user_regs *u, struct user_regs_32 *c)
{
	*c = (struct user_regs_32){ u->bx, u->cx, u->dx, u->si, u->di, u->bp, u->ax, u->ds,
				    u->es, u->fs, u->gs, u->orig_ax, u->ip, u->cs, u->flags,
				    u->sp, u->ss };
}

static void from_regs_32(const struct user_regs_32 *c, struct user_regs *u)
{
	u->bx = c->bx; u->cx = c->cx; u->dx = c->dx; u->si = c->si; u->di = c->di;
	u->bp = c->bp; u->ax = c->ax; u->ds = c->ds; u->es = c->es; u->fs = c->fs;
	u->gs = c->gs; u->orig_ax = (long)(s32)c->orig_ax; u->ip = c->ip; u->cs = c->cs;
	u->flags = c->flags; u->sp = c->sp; u->ss = c->ss;
}

static long do_ptrace(long request, long pid, unsigned long addr, unsigned long data,
		      bool compat);

SYSCALL_DEFINE4(ptrace, long, request, long, pid, unsigned long, addr, unsigned long, data)
{
	return do_ptrace(request, pid, addr, data, false);
}

/* i386 tracers: 4-byte words and the i386 register layout; 32-bit tracees only. */
COMPAT_SYSCALL_DEFINE4(ptrace, long, request, long, pid, unsigned long, addr,
		       unsigned long, data)
{
	return do_ptrace(request, pid, addr, data, true);
}

static long do_ptrace(long request, long pid, unsigned long addr, unsigned long data,
		      bool compat)
{
	struct task *me = current;
	struct user_regs u;
	struct user_regs_32 c;
	unsigned long word;

	if (request == PTRACE_TRACEME) {
		if (me->ptrace & PT_PTRACED)
			return -EPERM;
		me->ptrace = PT_PTRACED;
		return 0;
	}
	if (request == PTRACE_ATTACH)
		return -EPERM;		/* only PTRACE_TRACEME children can be traced here */
	struct task *t = find_task(pid);
	if (!t || !(t->ptrace & PT_PTRACED) || t->ppid != me->pid)
		return -ESRCH;
	if (request == PTRACE_KILL) {
		send_signal(t, SIGKILL);
		if (t->state == TASK_TRACED)
			resume(t, 0, false);
		return 0;
	}
	if (t->state != TASK_TRACED)
		return -ESRCH;		/* only a stopped tracee can be inspected */
	if (compat && !t->compat)
		return -EIO;		/* a 32-bit tracer cannot see 64-bit registers */
	switch (request) {
	case PTRACE_PEEKTEXT:
	case PTRACE_PEEKDATA:
		if (peek(t, addr, &word))
			return -EIO;
		if (compat)
			return put_user((u32)word, (u32 __user *)data);
		return put_user(word, (unsigned long __user *)data);
	case PTRACE_PEEKUSR:
		get_regs(t, &u);
		if (compat) {
			to_regs_32(&u, &c);
			if (addr & 3 || addr >= sizeof(c))
				return -EIO;
			return put_user(((u32 *)&c)[addr / 4], (u32 __user *)data);
		}
		if (addr & 7 || addr >= sizeof(u))
			return -EIO;
		return put_user(((unsigned long *)&u)[addr / 8], (unsigned long __user *)data);
	case PTRACE_GETREGS:
		get_regs(t, &u);
		if (compat) {
			to_regs_32(&u, &c);
			return copy_to_user((void __user *)data, &c, sizeof(c)) ? -EFAULT : 0;
		}
		return copy_to_user((void __user *)data, &u, sizeof(u)) ? -EFAULT : 0;
	case PTRACE_SETREGS:
		if (compat) {
			if (copy_from_user(&c, (const void __user *)data, sizeof(c)))
				return -EFAULT;
			get_regs(t, &u);
			from_regs_32(&c, &u);
			return set_regs(t, &u);
		}
		if (copy_from_user(&u, (const void __user *)data, sizeof(u)))
			return -EFAULT;
		return set_regs(t, &u);
	case PTRACE_SETOPTIONS:
		if (data & ~(unsigned long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL))
			return -EINVAL;
		t->ptrace_options = data;
		return 0;
	case PTRACE_CONT:
	case PTRACE_SYSCALL:
	case PTRACE_DETACH:
		if (data > 64)
			return -EIO;
		if (request == PTRACE_DETACH)
			t->ptrace = 0;
		resume(t, data, request == PTRACE_SYSCALL);
		return 0;
	}
	return -EIO;
}
