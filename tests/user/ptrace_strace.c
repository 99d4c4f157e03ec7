/* ptrace_strace.c: /bin/strace (user/strace/) on this program's own tracee modes:
 * one line per call with its decoded arguments and result, errors as
 * `-1 ENOENT (...)`, signals as `--- SIGUSR1 ---` and passed on, the end as
 * `+++ exited with N +++`, strace's own exit status the tracee's; for a 32-bit
 * tracee too (names from the i386 table). strace is found through $STRACE, beside
 * this program (../bin/strace) or, on Trapdoor, /bin/strace; else SKIP. */
#include <fcntl.h>
#include <stdlib.h>
#include "ptrace_util.h"

static char *self;

static volatile int handled;
static volatile int *volatile nowhere = (int *)16;	/* an unmapped address */

static void on_usr1(int sig)
{
	handled = sig;
}

/* The traced program's modes (both builds). */
static int tracee_mode(const char *mode)
{
	if (strcmp(mode, "--hello") == 0) {
		getpid();
		write(1, "hello\n", 6);
		return 0;
	}
	if (strcmp(mode, "--exit3") == 0)
		return 3;
	if (strcmp(mode, "--enoent") == 0)
		return open("/no/such/file", O_RDONLY) == -1 ? 0 : 1;
	if (strcmp(mode, "--signal") == 0) {
		signal(SIGUSR1, on_usr1);
		raise(SIGUSR1);
		return handled == SIGUSR1 ? 0 : 1;
	}
	if (strcmp(mode, "--segv") == 0)
		*nowhere = 1;
	return 2;
}

#ifdef __x86_64__
static char out[16384];		/* strace's stderr */

static const char *find_strace(char *buf, size_t n)
{
	const char *env = getenv("STRACE");

	if (env && access(env, X_OK) == 0)
		return env;
	if (access(beside_self(buf, n, self, "../bin/strace"), X_OK) == 0)
		return buf;
	if (on_trapdoor() && access("/bin/strace", X_OK) == 0)
		return "/bin/strace";
	return NULL;
}

/* Run `strace prog mode`, its stderr into out[]; its wait status, or -1 and a
 * SKIP if there is no strace. */
static int run_strace(const char *prog, const char *mode)
{
	char sbuf[256], tmp[64];
	const char *strace = find_strace(sbuf, sizeof(sbuf));
	int fd, st = -1;
	long n;
	pid_t pid;

	out[0] = '\0';
	if (!strace) {
		test_skip("no strace binary (set STRACE=)");
		return -1;
	}
	snprintf(tmp, sizeof(tmp), "/tmp/ptrace_strace_%d.err", getpid());
	pid = fork();
	if (pid == 0) {
		char *argv[] = { (char *)strace, (char *)prog, (char *)mode, NULL };

		fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		execve(strace, argv, environ);
		_exit(126);
	}
	expect_ret("waitpid (strace)", waitpid(pid, &st, 0), pid);
	fd = open(tmp, O_RDONLY);
	n = fd < 0 ? 0 : read(fd, out, sizeof(out) - 1);
	out[n > 0 ? n : 0] = '\0';
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	return st;
}

/* The line of out[] that starts with `start`; it must also end with `end`. */
static void expect_line(const char *start, const char *end)
{
	const char *l = out;
	size_t sl = strlen(start), el = strlen(end);

	while (l && *l) {
		const char *nl = strchr(l, '\n');
		size_t len = nl ? (size_t)(nl - l) : strlen(l);

		if (len >= sl + el && memcmp(l, start, sl) == 0 &&
		    memcmp(l + len - el, end, el) == 0)
			return;
		l = nl ? nl + 1 : NULL;
	}
	tap_fail(__FILE__, __LINE__, "a strace line is missing (stderr below)");
	printf("# wanted: %s...%s\n", start, end);
	for (l = out; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
		printf("# | %.*s\n", (int)(strchr(l, '\n') ? strchr(l, '\n') - l :
					   (long)strlen(l)), l);
}

static void check_hello(const char *prog)
{
	int st = run_strace(prog, "--hello");

	if (st == -1)
		return;
	EXPECT_EQ(st, 0);
	expect_line("execve(\"", ") = 0");
	expect_line("getpid()", "");
	expect_line("write(1, \"hello\\n\", 6)", " = 6");
	expect_line("exit_group(0)", " = ?");
	expect_line("+++ exited with 0 +++", "");
}

TAP_TEST(strace_prints_getpid_write_and_exit_group)
{
	check_hello(self);
}

TAP_TEST(strace_of_a_32_bit_program_uses_the_i386_names)
{
	char buf[256];
	const char *path = sibling32(buf, sizeof(buf), self);

	if (!path) {
		test_skip("no 32-bit build of this test beside it");
		return;
	}
	check_hello(path);
	expect_line("[ Process PID=", " runs in 32 bit mode. ]");
}

TAP_TEST(strace_exits_with_the_tracees_status)
{
	int st = run_strace(self, "--exit3");

	if (st == -1)
		return;
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 3);
	expect_line("exit_group(3)", " = ?");
	expect_line("+++ exited with 3 +++", "");
}

TAP_TEST(strace_shows_a_failed_call_as_minus_one_and_the_errno_name)
{
	int st = run_strace(self, "--enoent");

	if (st == -1)
		return;
	EXPECT_EQ(st, 0);
	expect_line("open(\"/no/such/file\", O_RDONLY",
		    " = -1 ENOENT (No such file or directory)");
}

TAP_TEST(strace_shows_a_signal_and_passes_it_on)
{
	int st = run_strace(self, "--signal");

	if (st == -1)
		return;
	EXPECT_EQ(st, 0);		/* the tracee's handler ran */
	expect_line("--- SIGUSR1", " ---");
}

TAP_TEST(strace_dies_of_the_signal_that_killed_the_tracee)
{
	int st = run_strace(self, "--segv");

	if (st == -1)
		return;
	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGSEGV);
	expect_line("--- SIGSEGV", " ---");
	expect_line("+++ killed by SIGSEGV", " +++");
}
#endif

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(strace_prints_getpid_write_and_exit_group),
	TAP_ENTRY(strace_of_a_32_bit_program_uses_the_i386_names),
	TAP_ENTRY(strace_exits_with_the_tracees_status),
	TAP_ENTRY(strace_shows_a_failed_call_as_minus_one_and_the_errno_name),
	TAP_ENTRY(strace_shows_a_signal_and_passes_it_on),
	TAP_ENTRY(strace_dies_of_the_signal_that_killed_the_tracee),
#else
	TAP_ENTRY(tracer_is_64_bit_only),
#endif
};

int main(int argc, char **argv)
{
	self = argv[0];
	if (argc > 1)
		return tracee_mode(argv[1]);
	alarm(PTRACE_TEST_TIMEOUT);	/* a tracee stuck in a stop must not hang the run */
	return RUN_TESTS(tests);
}
