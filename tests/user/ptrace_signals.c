/* ptrace_signals.c: signals meet a tracer first. A signal sent to a tracee stops
 * it (a signal-delivery stop, WSTOPSIG = the signal); the tracer decides what the
 * tracee gets: PTRACE_CONT's data 0 suppresses it, the signal delivers it, another
 * number replaces it. SIGKILL never stops. PTRACE_KILL and PTRACE_O_EXITKILL end
 * a tracee; its end is reported to the tracer's waitpid like any child's. */
#include <poll.h>
#include "ptrace_util.h"

#ifdef __x86_64__
static volatile int handled;

static void on_usr1(int sig)
{
	handled = sig;
}

/* The tracee: exit 7 unless a handler ran (then 8). */
static int exit_7(void)
{
	return handled ? 8 : 7;
}

/* The tracee: install a SIGUSR1 handler, raise it; exit 0 iff it ran. */
static int raise_usr1(void)
{
	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	return handled == SIGUSR1 ? 0 : 1;
}

static void expect_exit(int st, int code)
{
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), code);
}

static void expect_killed(int st, int sig)
{
	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), sig);
}

/* Queue SIGUSR1 on a stopped tracee, continue: the signal-delivery stop. */
static pid_t usr1_stop(void)
{
	pid_t pid = start_tracee(exit_7, 0);

	if (pid < 0)
		return -1;
	expect_ret("kill", kill(pid, SIGUSR1), 0);
	EXPECT_EQ(resume(pid, PTRACE_CONT, 0), STOPPED(SIGUSR1));
	return pid;
}

TAP_TEST(signal_to_a_tracee_gives_a_delivery_stop_and_data_0_suppresses_it)
{
	pid_t pid = usr1_stop();

	if (pid > 0)
		expect_exit(resume(pid, PTRACE_CONT, 0), 7);
}

TAP_TEST(cont_with_the_signal_delivers_it)
{
	pid_t pid = usr1_stop();

	if (pid > 0)		/* SIGUSR1's default action: terminate */
		expect_killed(resume(pid, PTRACE_CONT, SIGUSR1), SIGUSR1);
}

TAP_TEST(cont_with_another_signal_replaces_it)
{
	pid_t pid = usr1_stop();

	if (pid > 0)
		expect_killed(resume(pid, PTRACE_CONT, SIGUSR2), SIGUSR2);
}

TAP_TEST(a_delivered_signal_runs_the_tracees_handler)
{
	pid_t pid = start_tracee(raise_usr1, 0);

	if (pid < 0)
		return;
	EXPECT_EQ(resume(pid, PTRACE_CONT, 0), STOPPED(SIGUSR1));
	expect_exit(resume(pid, PTRACE_CONT, SIGUSR1), 0);

	pid = start_tracee(raise_usr1, 0);	/* suppressed: no handler */
	if (pid < 0)
		return;
	EXPECT_EQ(resume(pid, PTRACE_CONT, 0), STOPPED(SIGUSR1));
	expect_exit(resume(pid, PTRACE_CONT, 0), 1);
}

TAP_TEST(sigkill_ends_a_stopped_tracee_without_a_stop)
{
	pid_t pid = start_tracee(exit_7, 0);
	int st = -1;

	if (pid < 0)
		return;
	expect_ret("kill", kill(pid, SIGKILL), 0);
	expect_ret("waitpid", waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, SIGKILL);
}

TAP_TEST(sigkill_at_a_syscall_stop_ends_the_tracee_without_another_stop)
{
	pid_t pid = start_tracee(exit_7, PTRACE_O_TRACESYSGOOD);
	int st = -1;

	if (pid < 0)
		return;
	EXPECT_EQ(resume(pid, PTRACE_SYSCALL, 0), STOPPED(SYSCALL_STOP));
	expect_ret("kill", kill(pid, SIGKILL), 0);
	expect_ret("waitpid", waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, SIGKILL);		/* no exit stop first */
	if (WIFSTOPPED(st))
		reap_tracee(pid);
}

TAP_TEST(ptrace_kill_ends_the_tracee)
{
	pid_t pid = start_tracee(exit_7, 0);
	int st = -1;

	if (pid < 0)
		return;
	expect_ret("PTRACE_KILL", ptrace(PTRACE_KILL, pid, NULL, NULL), 0);
	expect_ret("waitpid", waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, SIGKILL);
}

static int sleep_forever(void)
{
	for (;;)
		pause();
	return 0;
}

/* A middle process traces a grandchild with or without PTRACE_O_EXITKILL, then
 * exits. The grandchild holds the write end of a pipe: EOF on the read end means
 * it is dead. 1 if it died within ms milliseconds (it is killed anyway after). */
static int tracee_dies_with_tracer(long options, int ms)
{
	int fds[2], alive[2];
	pid_t mid, tracee = -1;
	struct pollfd p;
	char c;
	int st = -1, died;

	if (pipe(fds) != 0 || pipe(alive) != 0)
		return -1;
	mid = fork();
	if (mid == 0) {
		pid_t t = start_tracee(sleep_forever, options);

		close(alive[0]);
		write(alive[1], &t, sizeof(t));
		_exit(t > 0 ? 0 : 1);	/* its EXPECTs are not ours: say it */
	}
	close(alive[1]);
	read(alive[0], &tracee, sizeof(tracee));
	close(alive[0]);
	expect_ret("waitpid (tracer)", waitpid(mid, &st, 0), mid);
	EXPECT_EQ(st, 0);
	close(fds[1]);
	p.fd = fds[0];
	p.events = POLLIN;
	died = poll(&p, 1, ms) == 1 && read(fds[0], &c, 1) == 0;
	close(fds[0]);
	if (tracee > 0)
		kill(tracee, SIGKILL);		/* not our child: init reaps it */
	return died;
}

TAP_TEST(exitkill_kills_the_tracee_when_the_tracer_exits)
{
	EXPECT_EQ(tracee_dies_with_tracer(PTRACE_O_EXITKILL, 2000), 1);
}

TAP_TEST(without_exitkill_the_tracee_outlives_its_tracer)
{
	EXPECT_EQ(tracee_dies_with_tracer(0, 300), 0);	/* detached, still asleep */
}
#endif

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(signal_to_a_tracee_gives_a_delivery_stop_and_data_0_suppresses_it),
	TAP_ENTRY(cont_with_the_signal_delivers_it),
	TAP_ENTRY(cont_with_another_signal_replaces_it),
	TAP_ENTRY(a_delivered_signal_runs_the_tracees_handler),
	TAP_ENTRY(sigkill_ends_a_stopped_tracee_without_a_stop),
	TAP_ENTRY(sigkill_at_a_syscall_stop_ends_the_tracee_without_another_stop),
	TAP_ENTRY(ptrace_kill_ends_the_tracee),
	TAP_ENTRY(exitkill_kills_the_tracee_when_the_tracer_exits),
	TAP_ENTRY(without_exitkill_the_tracee_outlives_its_tracer),
#else
	TAP_ENTRY(tracer_is_64_bit_only),
#endif
};

int main(void)
{
	alarm(PTRACE_TEST_TIMEOUT);	/* a tracee stuck in a stop must not hang the run */
	return RUN_TESTS(tests);
}
