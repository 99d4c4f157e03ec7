/* ptrace_regs.c: what a tracer may change, and what it may not. At a syscall-entry
 * stop it can rewrite the number (read as an int: CVE-2007-4573/CVE-2010-3301),
 * make it unknown (-ENOSYS) or -1 (skip the call: rax is the tracer's). SETREGS
 * follows Linux's putreg rules: no kernel selectors, no IOPL/VM/ID flags, no
 * fs_base/gs_base outside user space; a non-canonical rip must come back as a
 * SIGSEGV, never a SYSRET (CVE-2014-4699). PEEKDATA reads the tracee's memory. */
#include "ptrace_util.h"

#ifdef __x86_64__
static volatile unsigned long marker;	/* set by the tracee, read by the tracer */

/* The tracee: one traced getpid, classified by its exit status. */
#define SAW_PID		10
#define SAW_ENOSYS	11
#define SAW_4242	12
#define SAW_PPID	13
static int one_getpid(void)
{
	long r = syscall(__NR_getpid);

	if (r == getpid())
		return SAW_PID;
	if (r == -1 && errno == ENOSYS)
		return SAW_ENOSYS;
	if (r == 4242)
		return SAW_4242;
	if (r == getppid())
		return SAW_PPID;
	return 1;
}

/* At getpid's entry stop set orig_rax (and rax), run to the exit stop: returns
 * the tracee's pid with its registers there in *out, -1 on failure. */
static pid_t rewrite_getpid(unsigned long nr, unsigned long rax,
			    struct user_regs_struct *out)
{
	pid_t pid = start_tracee(one_getpid, PTRACE_O_TRACESYSGOOD);
	struct user_regs_struct r;

	if (pid < 0)
		return -1;
	EXPECT_TRUE(run_to_syscall_entry(pid, __NR_getpid));
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	r.orig_rax = nr;
	r.rax = rax;
	expect_ret("PTRACE_SETREGS", ptrace(PTRACE_SETREGS, pid, NULL, &r), 0);
	EXPECT_EQ(resume(pid, PTRACE_SYSCALL, 0), STOPPED(SYSCALL_STOP));
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, out), 0);
	return pid;
}

/* Let the tracee finish; its exit status must be `code`. */
static void expect_exit(pid_t pid, int code)
{
	int st = finish_tracee(pid);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), code);
}

TAP_TEST(syscall_number_is_an_int_high_bits_ignored)
{
	struct user_regs_struct r;
	pid_t pid = rewrite_getpid(0x100000000UL + __NR_getpid, -ENOSYS, &r);

	if (pid < 0)
		return;
	EXPECT_EQ(r.rax, pid);			/* getpid ran */
	EXPECT_EQ(r.orig_rax, 0x100000000UL + __NR_getpid);	/* as written */
	expect_exit(pid, SAW_PID);
}

TAP_TEST(unknown_number_from_the_tracer_gives_enosys)
{
	struct user_regs_struct r;
	pid_t pid = rewrite_getpid(1000, -ENOSYS, &r);

	if (pid < 0)
		return;
	EXPECT_EQ(r.rax, -ENOSYS);
	expect_exit(pid, SAW_ENOSYS);
}

TAP_TEST(number_minus_one_skips_the_call_and_keeps_rax)
{
	struct user_regs_struct r;
	pid_t pid = rewrite_getpid(-1UL, 42, &r);

	if (pid < 0)
		return;
	EXPECT_EQ(r.rax, 42);			/* nothing ran: the tracer's rax */
	EXPECT_EQ(r.orig_rax, -1UL);
	r.rax = 4242;				/* the result the tracee will see */
	expect_ret("PTRACE_SETREGS", ptrace(PTRACE_SETREGS, pid, NULL, &r), 0);
	expect_exit(pid, SAW_4242);
}

TAP_TEST(changing_the_number_runs_another_call)
{
	struct user_regs_struct r;
	pid_t pid = rewrite_getpid(__NR_getppid, -ENOSYS, &r);

	if (pid < 0)
		return;
	EXPECT_EQ(r.rax, getpid());		/* getppid: the tracee's parent is us */
	expect_exit(pid, SAW_PPID);
}

/* Try SETREGS with one field changed. Returns its result (errno in *err), and
 * what GETREGS reads back in that field; the registers are restored after. */
#define TRY_SET(pid, field, value, err, back)				\
	({								\
		struct user_regs_struct o_, n_, b_;			\
		long r_;						\
		ptrace(PTRACE_GETREGS, pid, NULL, &o_);			\
		n_ = o_;						\
		n_.field = (value);					\
		errno = 0;						\
		r_ = ptrace(PTRACE_SETREGS, pid, NULL, &n_);		\
		*(err) = errno;						\
		ptrace(PTRACE_GETREGS, pid, NULL, &b_);			\
		*(back) = b_.field;					\
		ptrace(PTRACE_SETREGS, pid, NULL, &o_);			\
		r_;							\
	})

static int just_exit(void)
{
	return 0;
}

TAP_TEST(setregs_rejects_kernel_and_null_selectors_with_eio)
{
	pid_t pid = start_tracee(just_exit, 0);
	unsigned long back;
	int err;

	if (pid < 0)
		return;
	EXPECT_EQ(TRY_SET(pid, cs, 0x10, &err, &back), -1);	/* kernel code */
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(back, 0x33);
	EXPECT_EQ(TRY_SET(pid, cs, 0, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, ss, 0x18, &err, &back), -1);	/* kernel data */
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(back, 0x2b);
	EXPECT_EQ(TRY_SET(pid, ss, 0, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, ds, 0x18, &err, &back), -1);	/* RPL 0 */
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, es, 0x10, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, fs, 0x1234, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	/* RPL 3 is all putreg checks: these are accepted (an IRET may fault later) */
	EXPECT_EQ(TRY_SET(pid, ds, 0x2b, &err, &back), 0);
	EXPECT_EQ(back, 0x2b);
	EXPECT_EQ(TRY_SET(pid, cs, 0x23, &err, &back), 0);
	EXPECT_EQ(back, 0x23);
	expect_exit(pid, 0);
}

TAP_TEST(setregs_sanitizes_eflags)
{
	pid_t pid = start_tracee(just_exit, 0);
	unsigned long back;
	int err;

	if (pid < 0)
		return;
	/* IOPL 3, VM, VIF, VIP, ID: silently dropped */
	EXPECT_EQ(TRY_SET(pid, eflags, 0x202 | 0x3000, &err, &back), 0);
	EXPECT_EQ(back, 0x202);
	EXPECT_EQ(TRY_SET(pid, eflags, 0x202 | 0x20000 | 0x80000 | 0x100000 | 0x200000,
			  &err, &back), 0);
	EXPECT_EQ(back, 0x202);
	/* IF cannot be cleared */
	EXPECT_EQ(TRY_SET(pid, eflags, 0x2, &err, &back), 0);
	EXPECT_EQ(back, 0x202);
	/* the arithmetic flags, TF, DF, NT, RF and AC are the user's */
	EXPECT_EQ(TRY_SET(pid, eflags, 0x202 | 0x8d5 | 0x100 | 0x400 | 0x4000 | 0x10000 |
			  0x40000,
			  &err, &back), 0);
	EXPECT_EQ(back, 0x202 | 0x8d5 | 0x100 | 0x400 | 0x4000 | 0x10000 | 0x40000);
	expect_exit(pid, 0);
}

TAP_TEST(setregs_rejects_fs_and_gs_base_outside_user_space)
{
	pid_t pid = start_tracee(just_exit, 0);
	unsigned long back;
	int err;

	if (pid < 0)
		return;
	/* TASK_SIZE_MAX = 2^47 - 4096 is the first refused address */
	EXPECT_EQ(TRY_SET(pid, fs_base, 0x7ffffffff000UL, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, fs_base, 0x800000000000UL, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, fs_base, 0xffff888000000000UL, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, gs_base, 0xffffffff80000000UL, &err, &back), -1);
	EXPECT_EQ(err, EIO);
	EXPECT_EQ(TRY_SET(pid, fs_base, 0x7fffffffe000UL, &err, &back), 0);
	EXPECT_EQ(back, 0x7fffffffe000UL);
	expect_exit(pid, 0);
}

/* After regs were changed with SETREGS, continuing must end in a SIGSEGV
 * delivery stop (not a kernel crash, not a SYSRET to the bad rip); passing the
 * signal on kills the tracee with it. */
static void expect_sigsegv_then_death(pid_t pid)
{
	int st = resume(pid, PTRACE_CONT, 0);

	EXPECT_EQ(st, STOPPED(SIGSEGV));
	if (st != STOPPED(SIGSEGV)) {
		reap_tracee(pid);
		return;
	}
	st = resume(pid, PTRACE_CONT, SIGSEGV);
	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGSEGV);
}

TAP_TEST(noncanonical_rip_at_syscall_exit_gives_sigsegv)
{
	struct user_regs_struct r;
	pid_t pid = rewrite_getpid(__NR_getpid, -ENOSYS, &r);

	if (pid < 0)
		return;
	r.rip = 0x800000000000UL;		/* the first non-canonical address */
	expect_ret("PTRACE_SETREGS", ptrace(PTRACE_SETREGS, pid, NULL, &r), 0);
	expect_sigsegv_then_death(pid);
}

TAP_TEST(data_segment_as_cs_gives_sigsegv)
{
	pid_t pid = start_tracee(just_exit, 0);
	struct user_regs_struct r;

	if (pid < 0)
		return;
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	r.cs = 0x2b;				/* RPL 3, so accepted; IRET faults */
	expect_ret("PTRACE_SETREGS", ptrace(PTRACE_SETREGS, pid, NULL, &r), 0);
	expect_sigsegv_then_death(pid);
}

TAP_TEST(peekdata_reads_the_tracees_memory)
{
	pid_t pid;
	long w;

	marker = 0x5452415044303031UL;		/* the child inherits it... */
	pid = start_tracee(just_exit, 0);
	marker = 0;				/* ...and keeps it: memory is per process */
	if (pid < 0)
		return;
	errno = -1;
	w = ptrace(PTRACE_PEEKDATA, pid, (void *)&marker, NULL);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(w, 0x5452415044303031L);
	errno = -1;
	w = ptrace(PTRACE_PEEKTEXT, pid, (void *)&one_getpid, NULL);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(w, *(volatile long *)&one_getpid);
	expect_exit(pid, 0);
}

TAP_TEST(peekdata_of_unmapped_or_kernel_address_gives_eio)
{
	static const unsigned long bad[] = {
		0, 0xffffffff80000000UL, 0x800000000000UL, 0x7ffffffffff8UL,
	};
	pid_t pid = start_tracee(just_exit, 0);
	unsigned int i;

	if (pid < 0)
		return;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		errno = 0;
		EXPECT_EQ(ptrace(PTRACE_PEEKDATA, pid, (void *)bad[i], NULL), -1);
		EXPECT_EQ(errno, EIO);
	}
	expect_exit(pid, 0);
}
#endif

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(syscall_number_is_an_int_high_bits_ignored),
	TAP_ENTRY(unknown_number_from_the_tracer_gives_enosys),
	TAP_ENTRY(number_minus_one_skips_the_call_and_keeps_rax),
	TAP_ENTRY(changing_the_number_runs_another_call),
	TAP_ENTRY(setregs_rejects_kernel_and_null_selectors_with_eio),
	TAP_ENTRY(setregs_sanitizes_eflags),
	TAP_ENTRY(setregs_rejects_fs_and_gs_base_outside_user_space),
	TAP_ENTRY(noncanonical_rip_at_syscall_exit_gives_sigsegv),
	TAP_ENTRY(data_segment_as_cs_gives_sigsegv),
	TAP_ENTRY(peekdata_reads_the_tracees_memory),
	TAP_ENTRY(peekdata_of_unmapped_or_kernel_address_gives_eio),
#else
	TAP_ENTRY(tracer_is_64_bit_only),
#endif
};

int main(void)
{
	alarm(PTRACE_TEST_TIMEOUT);	/* a tracee stuck in a stop must not hang the run */
	return RUN_TESTS(tests);
}
