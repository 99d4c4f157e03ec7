/* strace: run a program and print every system call it makes - the lecture's
 * "how a tracer sees system calls". The child asks to be traced (PTRACE_TRACEME)
 * and stops itself; the parent then resumes it with PTRACE_SYSCALL again and
 * again: the kernel stops it at each syscall entry and exit (Trapdoor's per-task
 * syscall-trace flag, the slide's PT_TRACESYS), and at each signal. No -f: the
 * tracee's children run untraced. Usage: strace PROG [ARGS...] */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include "strace.h"

/* PROG as execvp would find it: itself if it has a '/', else the first
 * executable PATH/PROG. NULL if there is none. */
static const char *find_program(const char *prog, char *buf, size_t n)
{
	const char *path = getenv("PATH"), *p, *end;

	if (strchr(prog, '/'))
		return prog;
	for (p = path ? path : "/bin:/usr/bin"; *p; p = *end ? end + 1 : end) {
		end = strchr(p, ':');
		if (!end)
			end = p + strlen(p);
		snprintf(buf, n, "%.*s/%s", (int)(end - p), end > p ? p : ".", prog);
		if (access(buf, X_OK) == 0)
			return buf;
	}
	return NULL;
}

/* The child: become a tracee, stop so the parent can set options before
 * anything happens, then exec - the execve is the first call traced. */
static _Noreturn void run_child(const char *path, char **argv)
{
	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0) {
		perror("strace: PTRACE_TRACEME");
		_exit(127);
	}
	kill(getpid(), SIGSTOP);
	execv(path, argv);
	_exit(127);	/* the failing execve is in the trace already */
}

/* A syscall stop: entry and exit stops alternate, and only the tracer knows
 * which one this is. The registers tell the call and the ABI. */
static void on_syscall_stop(struct tracee *t)
{
	struct user_regs_struct r;
	int compat;

	if (ptrace(PTRACE_GETREGS, t->pid, NULL, &r) != 0) {
		perror("strace: PTRACE_GETREGS");
		return;
	}
	compat = r.cs == USER_CS_32;
	if (!t->in_syscall) {
		t->compat = compat;
		syscall_enter(t, &r);
	} else {
		syscall_exit(t, &r);	/* decoded in the ABI of its entry */
		/* A successful execve is followed by a SIGTRAP (we did not ask
		 * for PTRACE_O_TRACEEXEC): it is for us, not for the program. */
		if (strcmp(t->name, "execve") == 0 && r.rax == 0)
			t->exec_trap = 1;
		if (compat != t->compat)	/* the execve switched ABI */
			fprintf(stderr, "[ Process PID=%d runs in %s mode. ]\n",
				t->pid, compat ? "32 bit" : "64 bit");
		t->compat = compat;
	}
	t->in_syscall = !t->in_syscall;
}

/* Stop after stop until the tracee is gone; returns its wait status. */
static int trace(struct tracee *t)
{
	int st, sig = 0;

	for (;;) {
		/* resume, delivering the signal it stopped with (0: none) */
		if (ptrace(PTRACE_SYSCALL, t->pid, NULL, (void *)(long)sig) != 0) {
			perror("strace: PTRACE_SYSCALL");
			return -1;
		}
		sig = 0;
		if (waitpid(t->pid, &st, 0) != t->pid) {
			perror("strace: waitpid");
			return -1;
		}
		if (WIFEXITED(st) || WIFSIGNALED(st))
			return st;
		if (WSTOPSIG(st) == (SIGTRAP | 0x80)) {	/* PTRACE_O_TRACESYSGOOD */
			on_syscall_stop(t);
		} else if (WSTOPSIG(st) == SIGTRAP && t->exec_trap) {
			t->exec_trap = 0;		/* the exec's own SIGTRAP */
		} else {				/* a signal for the tracee */
			sig = WSTOPSIG(st);
			fprintf(stderr, "--- %s ---\n", signal_name(sig) ?
				signal_name(sig) : "SIG?");
		}
	}
}

/* Say how the tracee ended, and end the same way. */
static _Noreturn void finish(struct tracee *t, int st)
{
	if (t->in_syscall)		/* exit, exit_group, or killed inside a call */
		syscall_unfinished(t);
	if (WIFEXITED(st)) {
		fprintf(stderr, "+++ exited with %d +++\n", WEXITSTATUS(st));
		exit(WEXITSTATUS(st));
	}
	if (WIFSIGNALED(st)) {
		int sig = WTERMSIG(st);

		fprintf(stderr, "+++ killed by %s%s +++\n",
			signal_name(sig) ? signal_name(sig) : "SIG?",
			WCOREDUMP(st) ? " (core dumped)" : "");
		fflush(stderr);
		signal(sig, SIG_DFL);
		kill(getpid(), sig);
		exit(128 + sig);
	}
	exit(1);
}

int main(int argc, char **argv)
{
	struct tracee t = { .pid = 0 };
	char buf[256];
	const char *path;
	int st;

	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: strace PROG [ARGS...]\n");
		return 1;
	}
	path = find_program(argv[1], buf, sizeof(buf));
	if (!path) {
		fprintf(stderr, "strace: %s: command not found\n", argv[1]);
		return 1;
	}
	t.pid = fork();
	if (t.pid < 0) {
		perror("strace: fork");
		return 1;
	}
	if (t.pid == 0)
		run_child(path, argv + 1);

	/* The child's SIGSTOP: it is ours, not delivered (trace() resumes with 0). */
	if (waitpid(t.pid, &st, 0) != t.pid || !WIFSTOPPED(st)) {
		fprintf(stderr, "strace: the child did not stop\n");
		return 1;
	}
	/* Syscall stops report SIGTRAP|0x80, so they cannot be confused with a
	 * real SIGTRAP; and if strace dies, the tracee dies too. */
	if (ptrace(PTRACE_SETOPTIONS, t.pid, NULL,
		   (void *)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL)) != 0) {
		perror("strace: PTRACE_SETOPTIONS");
		kill(t.pid, SIGKILL);
		return 1;
	}
	st = trace(&t);
	if (st == -1) {
		kill(t.pid, SIGKILL);
		return 1;
	}
	finish(&t, st);
}
