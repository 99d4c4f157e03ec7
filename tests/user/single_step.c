/* single_step.c: single-stepping through a system call (Linux's selftest
 * single_step_syscall). With TF set, every instruction traps - including the
 * one after `syscall`, `int $0x80` and `__kernel_vsyscall`'s `sysenter`. The
 * kernel must come back by IRET with TF still set (SYSRET would trap at once with
 * rcx == rip, and never make progress), ignore the #DB that SYSENTER's kept TF
 * raises inside the kernel, and the call must still return the right value. */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/auxv.h>
#include "util.h"

static volatile long traps;

static void on_trap(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)si;
	(void)uc;
	traps++;
}

static void set_tf(void)
{
#ifdef __x86_64__
	asm volatile("pushfq; orq $0x100, (%%rsp); popfq" ::: "memory", "cc");
#else
	asm volatile("pushfl; orl $0x100, (%%esp); popfl" ::: "memory", "cc");
#endif
}

static void clear_tf(void)
{
#ifdef __x86_64__
	asm volatile("pushfq; andq $~0x100, (%%rsp); popfq" ::: "memory", "cc");
#else
	asm volatile("pushfl; andl $~0x100, (%%esp); popfl" ::: "memory", "cc");
#endif
}

/* Step through one getpid() on path p; it must return our pid and trap. */
static void step_through(const struct entry_path *p)
{
	struct sigaction sa;
	long nr = p->i386_table ? NR32_getpid : __NR_getpid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_trap;
	sa.sa_flags = SA_SIGINFO;
	EXPECT_EQ(sigaction(SIGTRAP, &sa, NULL), 0);
	traps = 0;
	set_tf();
	long r = p->call(nr, 0, 0, 0, 0, 0, 0);
	clear_tf();
	long seen = traps;
	signal(SIGTRAP, SIG_DFL);
	EXPECT_EQ(r, getpid());
	EXPECT_TRUE(seen > 3);		/* the steps before, through and after the call */
}

#ifdef __x86_64__
TAP_TEST(single_step_through_syscall)
{
	step_through(&path_syscall);
}
#else
TAP_TEST(single_step_through_kernel_vsyscall)
{
	if (!getauxval(AT_SYSINFO)) {
		test_skip("no AT_SYSINFO");
		return;
	}
	step_through(&path_vsyscall);
}
#endif

TAP_TEST(single_step_through_int80)
{
	step_through(&path_int80);
}

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(single_step_through_syscall),
#else
	TAP_ENTRY(single_step_through_kernel_vsyscall),
#endif
	TAP_ENTRY(single_step_through_int80),
};

int main(void)
{
	return RUN_TESTS(tests);
}
