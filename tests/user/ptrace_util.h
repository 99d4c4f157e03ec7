/* ptrace_util.h: what the ptrace tests (ptrace_*.c) share: start a forked child
 * as a tracee stopped by its own SIGSTOP, step it from stop to stop, find its
 * sibling binaries (the 32-bit build of a test, /bin/strace) beside argv[0], and
 * always kill and reap it. The tracer side is 64-bit only: the 32-bit builds of
 * these tests skip, but serve as 32-bit tracees for the 64-bit ones. */
#ifndef TESTS_USER_PTRACE_UTIL_H
#define TESTS_USER_PTRACE_UTIL_H

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include "util.h"

#define PTRACE_TEST_TIMEOUT	20	/* seconds: alarm() for a whole program (a boot has 60) */

#ifdef __x86_64__
#define SYSCALL_STOP	(SIGTRAP | 0x80)	/* WSTOPSIG with PTRACE_O_TRACESYSGOOD */
#define STOPPED(sig)	(((sig) << 8) | 0x7f)	/* the raw wait status of a stop */

/* Fork a child that asks to be traced and stops itself with SIGSTOP, then runs
 * fn and exits with its result. Returns the child's pid once the tracer has
 * seen the SIGSTOP stop (status 0x137f), with `options` set; -1 (and a
 * failure) if not. */
static inline pid_t start_tracee(int (*fn)(void), long options)
{
	pid_t pid = fork();
	int st = -1;

	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(100);
		kill(getpid(), SIGSTOP);
		_exit(fn());
	}
	EXPECT_TRUE(pid > 0);
	if (pid <= 0)
		return -1;
	expect_ret("waitpid (SIGSTOP stop)", waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, STOPPED(SIGSTOP));
	if (options)
		expect_ret("PTRACE_SETOPTIONS",
			   ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)options), 0);
	return st == STOPPED(SIGSTOP) ? pid : -1;
}

/* Resume with `req` (PTRACE_SYSCALL, PTRACE_CONT) delivering sig, and wait for the
 * next stop or the end. Returns the raw wait status, -1 if either call failed. */
static inline int resume(pid_t pid, int req, int sig)
{
	int st = -1;

	if (ptrace(req, pid, NULL, (void *)(long)sig) != 0)
		return -1;
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

/* From a stop outside any system call, run to the entry stop of system call nr
 * (PTRACE_SYSCALL stops come in entry/exit pairs). 1 if there, 0 if not. */
static inline int run_to_syscall_entry(pid_t pid, long nr)
{
	struct user_regs_struct r;
	int i, st;

	for (i = 0; i < 200; i++) {
		st = resume(pid, PTRACE_SYSCALL, 0);
		if (st != STOPPED(SYSCALL_STOP))
			return 0;
		if (ptrace(PTRACE_GETREGS, pid, NULL, &r) != 0)
			return 0;
		if ((long)r.orig_rax == nr)
			return 1;
		/* some other call: let it run to its exit stop */
		if (resume(pid, PTRACE_SYSCALL, 0) != STOPPED(SYSCALL_STOP))
			return 0;
	}
	return 0;
}

/* Kill a tracee (whatever state it is in) and reap it. A killed tracee must
 * not stop again (Linux: no ptrace stop with SIGKILL pending); if it does, that
 * is a failure, and it is resumed so that the test cannot hang. */
static inline void reap_tracee(pid_t pid)
{
	int st, stops = 0;

	if (pid <= 0)
		return;
	kill(pid, SIGKILL);
	while (waitpid(pid, &st, 0) == pid && WIFSTOPPED(st) && stops++ < 10)
		ptrace(PTRACE_CONT, pid, NULL, NULL);
	EXPECT_EQ(stops, 0);
}

/* Let a tracee run untraced to its end; its raw wait status. */
static inline int finish_tracee(pid_t pid)
{
	int st = resume(pid, PTRACE_CONT, 0);

	while (st != -1 && WIFSTOPPED(st))	/* an unexpected stop: fail loudly below */
		st = resume(pid, PTRACE_CONT, WSTOPSIG(st) == SIGTRAP ? 0 : WSTOPSIG(st));
	return st;
}

#endif

/* The path of a file beside this program's: dir(argv0)/rel, in buf. */
static inline const char *beside_self(char *buf, size_t n, const char *argv0,
				      const char *rel)
{
	const char *slash = strrchr(argv0, '/');
	int dlen = slash ? (int)(slash - argv0) : 1;

	snprintf(buf, n, "%.*s/%s", dlen, slash ? argv0 : ".", rel);
	return buf;
}

/* This test's 32-bit build (".../ptrace_x64" -> ".../ptrace_x32"), or NULL if
 * the name does not end in 64 or the file is not executable. */
static inline const char *sibling32(char *buf, size_t n, const char *argv0)
{
	size_t len = strlen(argv0);

	if (len < 2 || len >= n || strcmp(argv0 + len - 2, "64") != 0)
		return NULL;
	memcpy(buf, argv0, len - 2);
	memcpy(buf + len - 2, "32", 3);
	return access(buf, X_OK) == 0 ? buf : NULL;
}

#ifdef __i386__
/* The one test of a 32-bit build: there is no 32-bit tracer (yet). */
TAP_TEST(tracer_is_64_bit_only)
{
	test_skip("the ptrace tests need a 64-bit tracer; this build is a tracee");
}
#endif

#endif
