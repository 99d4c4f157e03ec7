/* sig_mask.c: blocking and waiting (DESIGN §9): sigprocmask holds a signal pending
 * until unblocked, rt_sigpending reports it, sigsuspend waits with a temporary
 * mask, alarm and pause, SA_RESTART restarts a read blocked on a pipe while
 * without it read fails with EINTR, and sigaltstack with SA_ONSTACK. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include "util.h"

static volatile int hits;
static volatile uintptr_t handler_sp;
static stack_t seen_ss;

static void on_sig(int sig)
{
	volatile char here;

	(void)sig;
	hits++;
	handler_sp = (uintptr_t)&here;
	sigaltstack(NULL, &seen_ss);
}

static void set_handler(int sig, int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sig;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	EXPECT_EQ(sigaction(sig, &sa, NULL), 0);
}

static void block(int how, int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	EXPECT_EQ(sigprocmask(how, &s, NULL), 0);
}

TAP_TEST(blocked_signal_is_pending_until_unblocked)
{
	sigset_t pend, raw;

	set_handler(SIGUSR1, 0);
	hits = 0;
	block(SIG_BLOCK, SIGUSR1);
	raise(SIGUSR1);
	raise(SIGUSR1);			/* standard signals do not queue */
	EXPECT_EQ(hits, 0);
	EXPECT_EQ(sigpending(&pend), 0);
	EXPECT_EQ(sigismember(&pend, SIGUSR1), 1);
	EXPECT_EQ(sigismember(&pend, SIGUSR2), 0);
	memset(&raw, 0, sizeof(raw));
	expect_ret("rt_sigpending", __syscall2(__NR_rt_sigpending, (long)&raw, 8), 0);
	EXPECT_EQ(raw.__bits[0] & (1UL << (SIGUSR1 - 1)), 1UL << (SIGUSR1 - 1));
	block(SIG_UNBLOCK, SIGUSR1);
	EXPECT_EQ(hits, 1);
	sigpending(&pend);
	EXPECT_EQ(sigismember(&pend, SIGUSR1), 0);
	signal(SIGUSR1, SIG_DFL);
}

TAP_TEST(sigprocmask_reports_the_old_mask_and_ignores_sigkill)
{
	sigset_t all, old, now;

	sigfillset(&all);
	EXPECT_EQ(sigprocmask(SIG_SETMASK, &all, &old), 0);
	EXPECT_EQ(sigprocmask(SIG_SETMASK, &old, &now), 0);
	EXPECT_EQ(sigismember(&now, SIGUSR2), 1);
	EXPECT_EQ(sigismember(&now, SIGKILL), 0);
	EXPECT_EQ(sigismember(&now, SIGSTOP), 0);
	errno = 0;
	EXPECT_EQ(sigprocmask(99, &all, NULL), -1);
	EXPECT_EQ(errno, EINVAL);
	expect_ret("rt_sigprocmask size 4",
		   __syscall4(__NR_rt_sigprocmask, SIG_BLOCK, (long)&all, 0, 4),
		   -EINVAL);
}

TAP_TEST(sigsuspend_waits_with_a_temporary_mask)
{
	sigset_t empty, now;
	pid_t pid;
	int st;

	set_handler(SIGUSR2, 0);
	hits = 0;
	block(SIG_BLOCK, SIGUSR2);
	pid = fork();
	if (pid == 0)
		_exit(kill(getppid(), SIGUSR2));
	sigemptyset(&empty);
	errno = 0;
	EXPECT_EQ(sigsuspend(&empty), -1);
	EXPECT_EQ(errno, EINTR);
	EXPECT_EQ(hits, 1);
	sigprocmask(SIG_BLOCK, NULL, &now);
	EXPECT_EQ(sigismember(&now, SIGUSR2), 1);	/* the old mask is back */
	waitpid(pid, &st, 0);
	block(SIG_UNBLOCK, SIGUSR2);
	signal(SIGUSR2, SIG_DFL);
}

TAP_TEST(alarm_interrupts_pause)
{
	struct timespec a, b;
	long ms;

	set_handler(SIGALRM, 0);
	hits = 0;
	EXPECT_EQ(alarm(1), 0);
	EXPECT_EQ(alarm(1), 1);			/* the old one had ~1 s left */
	clock_gettime(CLOCK_MONOTONIC, &a);
	errno = 0;
	EXPECT_EQ(pause(), -1);
	EXPECT_EQ(errno, EINTR);
	clock_gettime(CLOCK_MONOTONIC, &b);
	EXPECT_EQ(hits, 1);
	ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	EXPECT_TRUE(ms > 500 && ms < 3000);
	EXPECT_EQ(alarm(0), 0);
	signal(SIGALRM, SIG_DFL);
}

/* A child signals us while we block in read, then writes one byte. */
static long read_with_signal(int flags, int *err)
{
	int fds[2], st;
	char c = 0;
	long r;
	pid_t pid;

	set_handler(SIGUSR1, flags);
	hits = 0;
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		usleep(100000);			/* let the parent block */
		kill(getppid(), SIGUSR1);
		usleep(100000);
		write(fds[1], "z", 1);
		_exit(0);
	}
	errno = 0;
	r = read(fds[0], &c, 1);
	*err = errno;
	waitpid(pid, &st, 0);
	close(fds[0]);
	close(fds[1]);
	signal(SIGUSR1, SIG_DFL);
	return r == 1 ? c : r;
}

TAP_TEST(sa_restart_restarts_a_blocked_read)
{
	int err;

	EXPECT_EQ(read_with_signal(SA_RESTART, &err), 'z');
	EXPECT_EQ(hits, 1);
}

TAP_TEST(without_sa_restart_read_gives_eintr)
{
	int err;

	EXPECT_EQ(read_with_signal(0, &err), -1);
	EXPECT_EQ(err, EINTR);
	EXPECT_EQ(hits, 1);
}

static char alt[16384] __attribute__((aligned(16)));

TAP_TEST(sa_onstack_runs_the_handler_on_the_alternate_stack)
{
	stack_t ss = { .ss_sp = alt, .ss_size = sizeof(alt), .ss_flags = 0 }, old;

	EXPECT_EQ(sigaltstack(&ss, &old), 0);
	EXPECT_EQ(old.ss_flags & SS_DISABLE, SS_DISABLE);
	set_handler(SIGUSR1, SA_ONSTACK);
	hits = 0;
	raise(SIGUSR1);
	EXPECT_EQ(hits, 1);
	EXPECT_TRUE(handler_sp >= (uintptr_t)alt &&
		    handler_sp < (uintptr_t)alt + sizeof(alt));
	EXPECT_EQ(seen_ss.ss_flags, SS_ONSTACK);
	set_handler(SIGUSR1, 0);		/* no SA_ONSTACK: normal stack */
	raise(SIGUSR1);
	EXPECT_TRUE(handler_sp < (uintptr_t)alt ||
		    handler_sp >= (uintptr_t)alt + sizeof(alt));
	EXPECT_EQ(seen_ss.ss_flags, 0);
	ss.ss_flags = SS_DISABLE;
	EXPECT_EQ(sigaltstack(&ss, NULL), 0);
	ss.ss_flags = 0;
	ss.ss_size = 512;			/* below MINSIGSTKSZ */
	errno = 0;
	EXPECT_EQ(sigaltstack(&ss, NULL), -1);
	EXPECT_EQ(errno, ENOMEM);
	signal(SIGUSR1, SIG_DFL);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(blocked_signal_is_pending_until_unblocked),
	TAP_ENTRY(sigprocmask_reports_the_old_mask_and_ignores_sigkill),
	TAP_ENTRY(sigsuspend_waits_with_a_temporary_mask),
	TAP_ENTRY(alarm_interrupts_pause),
	TAP_ENTRY(sa_restart_restarts_a_blocked_read),
	TAP_ENTRY(without_sa_restart_read_gives_eintr),
	TAP_ENTRY(sa_onstack_runs_the_handler_on_the_alternate_stack),
};

int main(void)
{
	return RUN_TESTS(tests);
}
