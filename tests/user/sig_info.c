/* sig_info.c: what a handler is given (DESIGN §9): siginfo for kill (SI_USER,
 * si_pid, si_uid) and tgkill (SI_TKILL), the SA_SIGINFO ucontext (uc_mcontext's
 * ip/sp, uc_sigmask), the mask while a handler runs, nested signals, SA_NODEFER,
 * SA_RESETHAND, default actions (SIGTERM kills, SIGCHLD is ignored). */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/ucontext.h>
#include <sys/wait.h>
#include "util.h"

static volatile int hits, depth, max_depth;
static siginfo_t last_info;
static ucontext_t last_uc;
static sigset_t mask_inside;

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	hits++;
	last_info = *si;
	last_uc = *(ucontext_t *)ctx;
	sigprocmask(SIG_BLOCK, NULL, &mask_inside);
}

static void install(int sig, void (*fn)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	sigemptyset(&sa.sa_mask);
	EXPECT_EQ(sigaction(sig, &sa, NULL), 0);
}

static void dfl(int sig)
{
	signal(sig, SIG_DFL);
}

TAP_TEST(kill_gives_si_user_and_the_sender)
{
	install(SIGUSR1, on_info, 0);
	hits = 0;
	EXPECT_EQ(kill(getpid(), SIGUSR1), 0);
	EXPECT_EQ(hits, 1);			/* delivered on the way out */
	EXPECT_EQ(last_info.si_signo, SIGUSR1);
	EXPECT_EQ(last_info.si_code, SI_USER);
	EXPECT_EQ(last_info.si_pid, getpid());
	EXPECT_EQ(last_info.si_uid, getuid());
	EXPECT_EQ(sigismember(&mask_inside, SIGUSR1), 1);	/* blocked inside */
	EXPECT_EQ(sigismember(&last_uc.uc_sigmask, SIGUSR1), 0);
	dfl(SIGUSR1);
}

TAP_TEST(tgkill_gives_si_tkill)
{
	install(SIGUSR2, on_info, 0);
	hits = 0;
	EXPECT_EQ(tgkill(getpid(), gettid(), SIGUSR2), 0);
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(last_info.si_signo, SIGUSR2);
	EXPECT_EQ(last_info.si_code, SI_TKILL);
	EXPECT_EQ(last_info.si_pid, getpid());
	EXPECT_EQ(raise(SIGUSR2), 0);
	EXPECT_EQ(hits, 2);
	EXPECT_EQ(last_info.si_code, SI_TKILL);
	dfl(SIGUSR2);
}

TAP_TEST(signal_from_a_child_names_the_child)
{
	sigset_t block, old;
	pid_t pid;
	int st;

	install(SIGUSR1, on_info, 0);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, &old);
	hits = 0;
	pid = fork();
	if (pid == 0)
		_exit(kill(getppid(), SIGUSR1) == 0 ? 0 : 1);
	EXPECT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EQ(hits, 0);
	sigprocmask(SIG_SETMASK, &old, NULL);	/* delivered here */
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(last_info.si_pid, pid);
	EXPECT_EQ(last_info.si_code, SI_USER);
	dfl(SIGUSR1);
}

TAP_TEST(ucontext_has_the_interrupted_ip_and_sp)
{
	volatile char here;
	uintptr_t ip, sp, fn = (uintptr_t)tgkill;

	install(SIGUSR1, on_info, 0);
	raise(SIGUSR1);
#ifdef __x86_64__
	ip = last_uc.uc_mcontext.rip;
	sp = last_uc.uc_mcontext.rsp;
	EXPECT_EQ(last_uc.uc_mcontext.cs, 0x33);
#else
	ip = last_uc.uc_mcontext.eip;
	sp = last_uc.uc_mcontext.esp;
	EXPECT_EQ(last_uc.uc_mcontext.cs, 0x23);
	if (getauxval(AT_SYSINFO))	/* libc enters via __kernel_vsyscall */
		fn = getauxval(AT_SYSINFO);
#endif
	/* raise() -> tgkill(): the signal arrives as its syscall returns */
	EXPECT_TRUE(ip > fn && ip < fn + 256);
	EXPECT_TRUE(sp < (uintptr_t)&here && sp > (uintptr_t)&here - 4096);
	EXPECT_EQ(last_uc.uc_mcontext.eflags & 0x200, 0x200);	/* IF */
	dfl(SIGUSR1);
}

static void on_usr2_nested(int sig)
{
	(void)sig;
	hits = hits * 10 + 2;
}

static void on_usr1_nesting(int sig)
{
	(void)sig;
	hits = hits * 10 + 1;
	raise(SIGUSR2);			/* runs inside this handler */
	hits = hits * 10 + 3;
}

TAP_TEST(second_signal_nests_inside_a_handler)
{
	signal(SIGUSR1, on_usr1_nesting);
	signal(SIGUSR2, on_usr2_nested);
	hits = 0;
	raise(SIGUSR1);
	EXPECT_EQ(hits, 123);
	dfl(SIGUSR1);
	dfl(SIGUSR2);
}

static void on_usr1_again(int sig)
{
	hits++;
	if (++depth > max_depth)
		max_depth = depth;
	if (hits == 1)
		raise(sig);
	depth--;
}

TAP_TEST(same_signal_waits_unless_sa_nodefer)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1_again;
	sigaction(SIGUSR1, &sa, NULL);
	hits = depth = max_depth = 0;
	raise(SIGUSR1);
	EXPECT_EQ(hits, 2);
	EXPECT_EQ(max_depth, 1);		/* the second ran after the first */

	sa.sa_flags = SA_NODEFER;
	sigaction(SIGUSR1, &sa, NULL);
	hits = depth = max_depth = 0;
	raise(SIGUSR1);
	EXPECT_EQ(hits, 2);
	EXPECT_EQ(max_depth, 2);		/* the second ran inside */
	dfl(SIGUSR1);
}

TAP_TEST(sa_mask_blocks_more_signals_in_the_handler)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGALRM);
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	EXPECT_EQ(sigismember(&mask_inside, SIGALRM), 1);
	EXPECT_EQ(sigismember(&mask_inside, SIGUSR1), 1);
	sigprocmask(SIG_BLOCK, NULL, &mask_inside);
	EXPECT_EQ(sigismember(&mask_inside, SIGALRM), 0);	/* restored */
	dfl(SIGUSR1);
}

TAP_TEST(sa_resethand_runs_the_handler_once)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
	sigaction(SIGUSR2, &sa, NULL);
	hits = 0;
	raise(SIGUSR2);
	EXPECT_EQ(hits, 1);
	EXPECT_EQ(sigaction(SIGUSR2, NULL, &old), 0);
	EXPECT_TRUE(old.sa_handler == SIG_DFL);
}

TAP_TEST(sigaction_rejects_bad_signals)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	errno = 0;
	EXPECT_EQ(sigaction(SIGKILL, &sa, NULL), -1);
	EXPECT_EQ(errno, EINVAL);
	EXPECT_EQ(sigaction(SIGSTOP, &sa, NULL), -1);
	EXPECT_EQ(sigaction(0, &sa, NULL), -1);
	EXPECT_EQ(sigaction(65, &sa, NULL), -1);
	EXPECT_EQ(errno, EINVAL);
	EXPECT_EQ(kill(getpid(), 65), -1);
	EXPECT_EQ(errno, EINVAL);
	EXPECT_EQ(kill(getpid(), 0), 0);	/* the existence probe */
}

/* Run fn in a child; its raw wait status. */
static int child_status(void (*fn)(void))
{
	int st = -1;
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, &st, 0);
	return st;
}

static void raise_term(void) { raise(SIGTERM); _exit(1); }
static void raise_kill_blocked(void)
{
	sigset_t all;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);	/* cannot block SIGKILL */
	raise(SIGKILL);
	_exit(1);
}
static void raise_chld(void) { raise(SIGCHLD); raise(SIGURG); raise(SIGWINCH); }
static void abort_child(void) { abort(); }

TAP_TEST(default_actions_kill_or_ignore)
{
	int st = child_status(raise_term);

	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGTERM);
	st = child_status(raise_kill_blocked);
	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGKILL);
	st = child_status(raise_chld);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
	st = child_status(abort_child);
	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGABRT);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(kill_gives_si_user_and_the_sender),
	TAP_ENTRY(tgkill_gives_si_tkill),
	TAP_ENTRY(signal_from_a_child_names_the_child),
	TAP_ENTRY(ucontext_has_the_interrupted_ip_and_sp),
	TAP_ENTRY(second_signal_nests_inside_a_handler),
	TAP_ENTRY(same_signal_waits_unless_sa_nodefer),
	TAP_ENTRY(sa_mask_blocks_more_signals_in_the_handler),
	TAP_ENTRY(sa_resethand_runs_the_handler_once),
	TAP_ENTRY(sigaction_rejects_bad_signals),
	TAP_ENTRY(default_actions_kill_or_ignore),
};

int main(void)
{
	return RUN_TESTS(tests);
}
