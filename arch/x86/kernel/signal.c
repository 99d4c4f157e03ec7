/*
 * arch/x86/kernel/signal.c - the signal frame (lecture: "delivering a signal
 * means building a frame on the user stack"). To run a handler, the registers the
 * task had go onto its user stack in Linux's layout (64-bit rt_sigframe; i386
 * sigframe and rt_sigframe), and pt_regs is pointed at the handler; the handler's
 * return address leads to rt_sigreturn/sigreturn, which reads the frame back.
 * Nothing from the frame is trusted: selectors get RPL 3, RFLAGS keeps only the
 * bits a user may change, and the return is always through IRET.
 */
#include <signal.h>
#include <sched.h>
#include <syscalls.h>
#include <uaccess.h>
#include <string.h>
#include <vm.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/vdso.h>

#define UC_SIGCONTEXT_SS	0x2
#define UC_STRICT_RESTORE_SS	0x4
/* The flags a signal handler may change (Linux's FIX_EFLAGS). */
#define FIX_EFLAGS (X86_EFLAGS_AC | X86_EFLAGS_OF | X86_EFLAGS_DF | X86_EFLAGS_TF | \
		    X86_EFLAGS_SF | X86_EFLAGS_ZF | X86_EFLAGS_AF | X86_EFLAGS_PF | \
		    X86_EFLAGS_CF | X86_EFLAGS_RF)
#define FPSTATE_SIZE	512

struct sigcontext_64 {
	u64 r8, r9, r10, r11, r12, r13, r14, r15;
	u64 di, si, bp, bx, dx, ax, cx, sp, ip, flags;
	u16 cs, gs, fs, ss;
	u64 err, trapno, oldmask, cr2, fpstate, reserved[8];
};
struct stack_64 { u64 sp; s32 flags; u32 pad; u64 size; };
struct ucontext_64 {
	u64 flags, link;
	struct stack_64 stack;
	struct sigcontext_64 mcontext;
	u64 sigmask;
};
struct siginfo_64 {			/* 128 bytes; the union starts at 16 */
	s32 signo, errno_, code, pad;
	union {
		struct { s32 pid; u32 uid; s32 status; } kill;
		u64 addr;
		u8 pad[112];
	} u;
};
struct rt_sigframe_64 {
	u64 pretcode;			/* the handler's return address */
	struct ucontext_64 uc;
	struct siginfo_64 info;
};

_Static_assert(sizeof(struct sigcontext_64) == 256, "sigcontext");
_Static_assert(sizeof(struct siginfo_64) == 128, "siginfo");


static void fill_siginfo(struct siginfo_64 *si, int sig, const struct k_siginfo *k)
{
	memset(si, 0, sizeof(*si));
	si->signo = sig;
	si->code = k->code;
	if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP)
		si->u.addr = k->addr;
	else {
		si->u.kill.pid = k->pid;
		si->u.kill.status = k->status;
	}
}

/* Where the frame goes: below the red zone, or on the alternate stack. */
static unsigned long frame_top(struct pt_regs *regs, const struct k_sigaction *ka,
			       unsigned long redzone)
{
	struct task *t = current;
	unsigned long sp = regs->sp;
	bool on_alt = t->altstack_size && sp > t->altstack_sp &&
		      sp <= t->altstack_sp + t->altstack_size;

	if ((ka->flags & SA_ONSTACK) && t->altstack_size && !on_alt &&
	    !(t->altstack_flags & SS_DISABLE))
		return t->altstack_sp + t->altstack_size;
	return sp - redzone;
}

/* The live FPU/SSE registers into the frame (they belong to this task now). */
static bool save_fpu(unsigned long user_addr)
{
	asm volatile("fxsave64 %0" : "=m"(*(u8 (*)[512])current->fpu));
	return !copy_to_user((void __user *)user_addr, current->fpu, FPSTATE_SIZE);
}

static bool restore_fpu(unsigned long user_addr)
{
	u8 buf[FPSTATE_SIZE] __attribute__((aligned(16)));

	if (!user_addr)
		return true;
	if (copy_from_user(buf, (const void __user *)user_addr, sizeof(buf)))
		return false;
	*(u32 *)&buf[24] &= 0xffbf;	/* MXCSR: reserved bits would #GP in fxrstor */
	memcpy(current->fpu, buf, sizeof(buf));
	asm volatile("fxrstor64 %0" :: "m"(*(u8 (*)[512])current->fpu));
	return true;
}

static bool setup_frame_64(struct pt_regs *regs, int sig, const struct k_sigaction *ka,
			   u64 oldmask)
{
	struct task *t = current;
	struct rt_sigframe_64 f;

	if (!(ka->flags & SA_RESTORER))
		return false;		/* 64-bit handlers must name their return path */
	unsigned long sp = frame_top(regs, ka, 128);
	unsigned long fp = (sp - FPSTATE_SIZE) & ~63UL;
	unsigned long frame = ((fp - sizeof(f)) & ~15UL) - 8;	/* (rsp + 8) % 16 == 0 */

	memset(&f, 0, sizeof(f));
	f.pretcode = ka->restorer;
	f.uc.flags = UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS;
	f.uc.stack = (struct stack_64){ t->altstack_sp, t->altstack_flags, 0, t->altstack_size };
	struct sigcontext_64 *sc = &f.uc.mcontext;
	*sc = (struct sigcontext_64){
		regs->r8, regs->r9, regs->r10, regs->r11, regs->r12, regs->r13, regs->r14,
		regs->r15, regs->di, regs->si, regs->bp, regs->bx, regs->dx, regs->ax, regs->cx,
		regs->sp, regs->ip, regs->flags, regs->cs, 0, 0, regs->ss,
		t->error_code, t->trap_nr, oldmask, t->cr2, fp, { 0 },
	};
	f.uc.sigmask = oldmask;
	fill_siginfo(&f.info, sig, &t->siginfo[sig - 1]);
	if (!save_fpu(fp) || copy_to_user((void __user *)frame, &f, sizeof(f)))
		return false;

	regs->di = sig;
	regs->si = frame + __builtin_offsetof(struct rt_sigframe_64, info);
	regs->dx = frame + __builtin_offsetof(struct rt_sigframe_64, uc);
	regs->ax = 0;
	regs->sp = frame;
	regs->ip = ka->handler;
	regs->cs = __USER_CS;
	regs->ss = __USER_DS;
	regs->flags &= ~(X86_EFLAGS_DF | X86_EFLAGS_RF | X86_EFLAGS_TF);
	return true;
}

/* Read back what setup_frame_64 saved (rt_sigreturn): never trusting it. */
static bool restore_frame_64(struct pt_regs *regs, unsigned long frame)
{
	struct rt_sigframe_64 f;

	if (copy_from_user(&f, (const void __user *)frame, sizeof(f)))
		return false;
	const struct sigcontext_64 *sc = &f.uc.mcontext;
	regs->r8 = sc->r8; regs->r9 = sc->r9; regs->r10 = sc->r10; regs->r11 = sc->r11;
	regs->r12 = sc->r12; regs->r13 = sc->r13; regs->r14 = sc->r14; regs->r15 = sc->r15;
	regs->di = sc->di; regs->si = sc->si; regs->bp = sc->bp; regs->bx = sc->bx;
	regs->dx = sc->dx; regs->ax = sc->ax; regs->cx = sc->cx;
	regs->sp = sc->sp;
	regs->ip = sc->ip;		/* a bad one faults in user mode, or on the IRET */
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS);
	regs->cs = sc->cs | 3;		/* user selectors only: RPL 3 */
	regs->ss = sc->ss | 3;
	regs->orig_ax = -1;		/* not a system call: nothing to restart */
	set_current_blocked(f.uc.sigmask);
	return restore_fpu(sc->fpstate);
}

/* ---- i386 frames ---- */

struct sigcontext_32 {
	u16 gs, gsh, fs, fsh, es, esh, ds, dsh;
	u32 di, si, bp, sp, bx, dx, cx, ax, trapno, err, ip;
	u16 cs, csh;
	u32 flags, sp_at_signal;
	u16 ss, ssh;
	u32 fpstate, oldmask, cr2;
};
struct stack_32 { u32 sp; s32 flags; u32 size; };
struct ucontext_32 {
	u32 flags, link;
	struct stack_32 stack;
	struct sigcontext_32 mcontext;
	u32 sigmask[2];
};
struct siginfo_32 {			/* 128 bytes; the union starts at 12 */
	s32 signo, errno_, code;
	union {
		struct { s32 pid; u32 uid; s32 status; } kill;
		u32 addr;
		u8 pad[116];
	} u;
};
struct sigframe_32 {
	u32 pretcode;
	s32 sig;
	struct sigcontext_32 sc;
	u32 extramask[1];
	u8 retcode[8];
};
struct rt_sigframe_32 {
	u32 pretcode;
	s32 sig;
	u32 pinfo, puc;			/* the handler's 2nd and 3rd arguments */
	struct siginfo_32 info;
	struct ucontext_32 uc;
	u8 retcode[8];
};

_Static_assert(sizeof(struct sigcontext_32) == 88, "sigcontext_32");
_Static_assert(sizeof(struct siginfo_32) == 128, "siginfo_32");

void load_gs_index(u16 sel);

static struct sigcontext_32 save_sc_32(struct pt_regs *regs, u32 oldmask, u32 fp)
{
	u16 gs, fs;
	struct task *t = current;

	asm volatile("mov %%gs, %0; mov %%fs, %1" : "=r"(gs), "=r"(fs));
	return (struct sigcontext_32){
		.gs = gs, .fs = fs, .es = __USER_DS, .ds = __USER_DS,
		.di = regs->di, .si = regs->si, .bp = regs->bp, .sp = regs->sp, .bx = regs->bx,
		.dx = regs->dx, .cx = regs->cx, .ax = regs->ax, .trapno = t->trap_nr,
		.err = t->error_code, .ip = regs->ip, .cs = regs->cs, .flags = regs->flags,
		.sp_at_signal = regs->sp, .ss = regs->ss, .fpstate = fp, .oldmask = oldmask,
		.cr2 = t->cr2,
	};
}

static bool setup_frame_32(struct pt_regs *regs, int sig, const struct k_sigaction *ka,
			   u64 oldmask)
{
	struct task *t = current;
	bool rt = ka->flags & SA_SIGINFO;
	unsigned long vdso = t->mm->vdso_base;
	u32 ret;

	if (ka->flags & SA_RESTORER)
		ret = ka->restorer;
	else if (vdso)
		ret = vdso + (rt ? vdso_image_32.sym_kernel_rt_sigreturn
				 : vdso_image_32.sym_kernel_sigreturn);
	else
		return false;		/* nowhere to return to (the stack is not executable) */
	unsigned long sp = (u32)frame_top(regs, ka, 0);
	unsigned long fp = (sp - FPSTATE_SIZE) & ~63UL;
	size_t size = rt ? sizeof(struct rt_sigframe_32) : sizeof(struct sigframe_32);
	unsigned long frame = (((fp - size) + 4) & ~15UL) - 4;	/* (esp + 4) % 16 == 0 */
	struct sigcontext_32 sc = save_sc_32(regs, (u32)oldmask, fp);

	if (!save_fpu(fp))
		return false;
	if (rt) {
		struct rt_sigframe_32 f;
		struct siginfo_64 si64;
		memset(&f, 0, sizeof(f));
		f.pretcode = ret;
		f.sig = sig;
		f.pinfo = frame + __builtin_offsetof(struct rt_sigframe_32, info);
		f.puc = frame + __builtin_offsetof(struct rt_sigframe_32, uc);
		fill_siginfo(&si64, sig, &t->siginfo[sig - 1]);
		f.info.signo = sig;
		f.info.code = si64.code;
		if (si64.u.addr >> 32 || sig == SIGSEGV || sig == SIGBUS || sig == SIGILL ||
		    sig == SIGFPE || sig == SIGTRAP)
			f.info.u.addr = si64.u.addr;
		else
			f.info.u.kill = (typeof(f.info.u.kill)){ si64.u.kill.pid, 0, si64.u.kill.status };
		f.uc.stack = (struct stack_32){ t->altstack_sp, t->altstack_flags, t->altstack_size };
		f.uc.mcontext = sc;
		f.uc.sigmask[0] = oldmask;
		f.uc.sigmask[1] = oldmask >> 32;
		if (copy_to_user((void __user *)frame, &f, sizeof(f)))
			return false;
		regs->dx = f.pinfo;
		regs->cx = f.puc;
	} else {
		struct sigframe_32 f = { .pretcode = ret, .sig = sig, .sc = sc,
					 .extramask = { oldmask >> 32 } };
		if (copy_to_user((void __user *)frame, &f, sizeof(f)))
			return false;
	}
	regs->ax = sig;
	regs->sp = frame;
	regs->ip = (u32)ka->handler;
	regs->cs = __USER32_CS;
	regs->ss = __USER_DS;
	regs->flags &= ~(X86_EFLAGS_DF | X86_EFLAGS_RF | X86_EFLAGS_TF);
	return true;
}

/* A %gs value from a frame: null, user data, or a TLS slot that is set up. */
static u16 valid_gs(u16 sel)
{
	unsigned idx = sel >> 3;

	if (sel == 0 || sel == __USER_DS)
		return sel;
	if ((sel & 7) == 3 && idx >= GDT_ENTRY_TLS_MIN &&
	    idx < GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES &&
	    current->tls[idx - GDT_ENTRY_TLS_MIN])
		return sel;
	return 0;
}

static bool restore_sc_32(struct pt_regs *regs, const struct sigcontext_32 *sc)
{
	regs->di = sc->di; regs->si = sc->si; regs->bp = sc->bp; regs->sp = sc->sp;
	regs->bx = sc->bx; regs->dx = sc->dx; regs->cx = sc->cx; regs->ax = sc->ax;
	regs->ip = sc->ip;
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS);
	regs->cs = sc->cs | 3;
	regs->ss = sc->ss | 3;
	regs->r8 = regs->r9 = regs->r10 = regs->r11 = 0;
	regs->r12 = regs->r13 = regs->r14 = regs->r15 = 0;
	regs->orig_ax = -1;
	load_gs_index(valid_gs(sc->gs));
	return restore_fpu(sc->fpstate);
}

bool setup_signal_frame(struct pt_regs *regs, int sig, const struct k_sigaction *ka,
			u64 oldmask)
{
	bool ok = current->compat ? setup_frame_32(regs, sig, ka, oldmask)
				  : setup_frame_64(regs, sig, ka, oldmask);
	if (ok)
		current->flags |= TIF_FORCE_IRET;	/* new ip, new registers */
	return ok;
}

/* A frame we cannot read back: the task cannot continue (Linux: SIGSEGV). */
static long sigreturn_result(struct pt_regs *regs, bool ok)
{
	if (!ok)
		force_sig_fault(SIGSEGV, 0, 0);
	return regs->ax;	/* the dispatcher stores it back: ax as restored */
}

SYSCALL_DEFINE0(rt_sigreturn)
{
	struct pt_regs *regs = task_pt_regs(current);

	current->flags |= TIF_FORCE_IRET;
	if (current->compat) {		/* i386: the handler's ret popped pretcode */
		struct rt_sigframe_32 f;
		if (copy_from_user(&f, (const void __user *)(unsigned long)(u32)(regs->sp - 4),
				   sizeof(f)))
			return sigreturn_result(regs, false);
		set_current_blocked(f.uc.sigmask[0] | (u64)f.uc.sigmask[1] << 32);
		return sigreturn_result(regs, restore_sc_32(regs, &f.uc.mcontext));
	}
	return sigreturn_result(regs, restore_frame_64(regs, regs->sp - 8));
}

/* i386 sigreturn (119): __kernel_sigreturn popped the signal number too. */
SYSCALL_DEFINE0(sigreturn)
{
	struct pt_regs *regs = task_pt_regs(current);
	struct sigframe_32 f;

	current->flags |= TIF_FORCE_IRET;
	if (copy_from_user(&f, (const void __user *)(unsigned long)(u32)(regs->sp - 8), sizeof(f)))
		return sigreturn_result(regs, false);
	set_current_blocked(f.sc.oldmask | (u64)f.extramask[0] << 32);
	return sigreturn_result(regs, restore_sc_32(regs, &f.sc));
}

struct compat_stack { u32 sp; s32 flags; u32 size; };

static long do_sigaltstack(const struct stack_64 *ss, struct stack_64 *oss)
{
	struct task *t = current;
	unsigned long sp = task_pt_regs(t)->sp;
	bool on = t->altstack_size && sp > t->altstack_sp && sp <= t->altstack_sp + t->altstack_size;

	if (oss)
		*oss = (struct stack_64){ t->altstack_sp, on ? SS_ONSTACK :
					  t->altstack_size ? t->altstack_flags : SS_DISABLE,
					  0, t->altstack_size };
	if (!ss)
		return 0;
	if (on)
		return -EPERM;			/* cannot change it while running on it */
	if (ss->flags & ~(SS_DISABLE | SS_ONSTACK | (1U << 31) /* SS_AUTODISARM */))
		return -EINVAL;
	if (ss->flags & SS_DISABLE) {
		t->altstack_sp = t->altstack_size = 0;
		t->altstack_flags = SS_DISABLE;
		return 0;
	}
	if (ss->size < 2048)			/* MINSIGSTKSZ */
		return -ENOMEM;
	t->altstack_sp = ss->sp;
	t->altstack_size = ss->size;
	t->altstack_flags = 0;
	return 0;
}

SYSCALL_DEFINE2(sigaltstack, const struct stack_64 __user *, uss, struct stack_64 __user *, uoss)
{
	struct stack_64 ss, oss;

	if (uss && copy_from_user(&ss, uss, sizeof(ss)))
		return -EFAULT;
	long err = do_sigaltstack(uss ? &ss : NULL, &oss);
	if (!err && uoss && copy_to_user(uoss, &oss, sizeof(oss)))
		return -EFAULT;
	return err;
}

COMPAT_SYSCALL_DEFINE2(sigaltstack, const struct compat_stack __user *, uss,
		       struct compat_stack __user *, uoss)
{
	struct compat_stack c;
	struct stack_64 ss, oss;

	if (uss) {
		if (copy_from_user(&c, uss, sizeof(c)))
			return -EFAULT;
		ss = (struct stack_64){ c.sp, c.flags, 0, c.size };
	}
	long err = do_sigaltstack(uss ? &ss : NULL, &oss);
	c = (struct compat_stack){ oss.sp, oss.flags, oss.size };
	if (!err && uoss && copy_to_user(uoss, &c, sizeof(c)))
		return -EFAULT;
	return err;
}
