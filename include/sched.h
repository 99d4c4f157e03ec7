/*
 * sched.h - tasks and the scheduler. A task is a kernel stack, a saved kernel
 * stack pointer (switch_to), an address space (mm) and its user state. `current`
 * is read from this CPU's area through %gs. The TIF_* flags are the work the
 * lecture's ret_from_sys_call checks before returning to user mode.
 */
#ifndef _SCHED_H
#define _SCHED_H

#include <types.h>
#include <asm/percpu.h>
#include <asm/ptrace.h>
#include <wait.h>

#define TIF_NEED_RESCHED	(1UL << 0)	/* schedule() before returning to user */
#define TIF_SIGPENDING		(1UL << 1)	/* a signal to deliver */
#define TIF_SYSCALL_TRACE	(1UL << 2)	/* log every system call (strace) */
#define TIF_FORCE_IRET		(1UL << 3)	/* pt_regs rewritten: never SYSRET */
#define TIF_WORK_MASK		(TIF_NEED_RESCHED | TIF_SIGPENDING)

#define KERNEL_STACK_SIZE	16384

enum task_state { TASK_RUNNING, TASK_SLEEPING, TASK_ZOMBIE, TASK_TRACED };

/* task->ptrace (kernel/ptrace.c) */
#define PT_PTRACED	0x1	/* PTRACE_TRACEME: the parent is our tracer */
#define PT_SYSCALL	0x2	/* resumed by PTRACE_SYSCALL: stop at entry and exit */

struct mm;
struct files;
struct inode;

struct task {
	unsigned long thread_sp;	/* saved kernel rsp: must stay first (entry.h) */
	unsigned long flags;		/* TIF_* */
	int pid, ppid;
	int pgid, sid;			/* process group and session (job control) */
	enum task_state state;
	char comm[16];
	unsigned long stack_top;	/* kernel stack: [stack_top - 16 KiB, stack_top) */
	struct mm *mm;			/* NULL for kernel threads */
	struct files *files;
	bool compat;			/* a 32-bit (i386 ABI) process */
	unsigned long fs_base, gs_base;	/* user FS/GS bases (arch_prctl) */
	u16 fsindex, gsindex;		/* user FS/GS selectors (32-bit TLS) */
	u16 dsindex, esindex;		/* what a tracer set (64-bit mode ignores them) */
	u64 tls[3];			/* set_thread_area descriptors, GDT 12-14 */
	unsigned long clear_child_tid;	/* set_tid_address */
	int exit_status;		/* wait status: code << 8, or the signal */
	u64 wake_at;			/* sleeping until this jiffy (0 = no timeout) */
	struct task *next_task;		/* every task */
	struct task *waiter;		/* woken when this task becomes a zombie */
	struct wait_queue children_wq;	/* sleeping in wait4 */
	/* signals (kernel/signal.c, arch/x86/kernel/signal.c) */
	struct k_sigaction {
		unsigned long handler;	/* SIG_DFL 0, SIG_IGN 1, or a user address */
		unsigned long flags;	/* SA_* */
		unsigned long restorer;
		u64 mask;		/* blocked while the handler runs */
	} sighand[64];
	u64 blocked, pending;		/* bit n-1 for signal n */
	u64 saved_blocked;		/* sigsuspend's mask, restored after the handler */
	bool restore_blocked;
	struct k_siginfo {
		int code, pid, status;
		unsigned long addr;
	} siginfo[64];			/* what the pending signal n carries */
	unsigned long altstack_sp, altstack_size;
	int altstack_flags;
	u64 alarm_at;			/* jiffies of the pending SIGALRM (0: none) */
	unsigned long trap_nr, error_code, cr2;	/* the last fault, for sigcontext */
	/* the family */
	int exit_signal;		/* sent to the parent at exit (SIGCHLD) */
	struct task *vfork_parent;	/* sleeping in vfork until we exec or exit */
	/* ptrace: the tracer (our parent) sees stops through wait4 */
	unsigned int ptrace;		/* PT_* */
	unsigned long ptrace_options;	/* PTRACE_O_* */
	int ptrace_code;		/* what wait4 reports: the stop signal */
	bool ptrace_reported;		/* wait4 has reported this stop */
	int ptrace_resume;		/* the signal the tracer resumed us with */
	struct inode *cwd;		/* current directory (NULL: the root) */
	unsigned int umask;
	u8 fpu[512] __attribute__((aligned(16)));	/* user x87/SSE state (fxsave) */
};

static inline struct task *get_current(void)
{
	struct task *t;

	asm volatile("movq %%gs:%c1, %0" : "=r"(t) : "i"(PERCPU_CURRENT));
	return t;
}
#define current get_current()

void sched_init(void);
/* The first task of the list of all tasks (follow ->next_task); interrupts off
 * while walking it. */
struct task *task_list(void);
struct task *find_task(int pid);
void schedule(void);
void wake_up(struct task *t);
/* Sleep until woken or until `jiffies` reaches `until` (0: no timeout). */
void sleep_until(u64 until);
void sched_tick(void);
void yield(void);

struct task *task_create(const char *name);
void task_free(struct task *t);
/* Prepare t's kernel stack so its first switch_to() returns to user mode through
 * ret_from_fork with *regs. */
void task_start_user(struct task *t, const struct pt_regs *regs);
struct pt_regs *task_pt_regs(struct task *t);

void __attribute__((noreturn)) do_exit(int status);
/* Wait for t to exit; returns its wait status and frees it. */
int task_wait(struct task *t);
void do_signal(struct pt_regs *regs);
/* Kill the current task for a fault it caused (no signal handlers yet). */
void __attribute__((noreturn)) force_fatal_signal(int sig, const char *why,
						   unsigned long addr);

#endif
