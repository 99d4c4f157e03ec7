/* Processes (DESIGN §9): fork, clone for fork-like flags, wait4 and its wrappers,
 * and the process-group/session calls job control uses. vfork is assembly
 * (arch/<arch>/vfork.S): the child borrows the parent's stack. */
#include <errno.h>
#include <sched.h>
#include <unistd.h>
#include <sys/wait.h>
#include "internal.h"

_syscall0(pid_t, fork)
_syscall4(pid_t, wait4, pid_t, pid, int *, status, int, options,
	  struct rusage *, ru)

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, NULL);
}

/*
 * clone(fn, stack, flags, arg) for what Trapdoor supports: a new process (no
 * CLONE_VM, stack NULL: the child continues on its copy of our stack), which runs
 * fn(arg) and exits with its result. The exit signal is flags' low byte (SIGCHLD
 * for a child that wait() sees). Both ABIs' argument orders agree while the tid
 * and tls pointers are 0.
 */
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	long r;

	if (stack || (flags & CLONE_VM)) {
		errno = EINVAL;		/* threads: not yet */
		return -1;
	}
	r = __syscall5(__NR_clone, (unsigned int)flags, 0, 0, 0, 0);
	if (r == 0)
		_exit(fn(arg));
	return __syscall_ret(r);
}

_syscall1(pid_t, getpgid, pid_t, pid)
_syscall2(int, setpgid, pid_t, pid, pid_t, pgid)
_syscall0(pid_t, setsid)
_syscall1(pid_t, getsid, pid_t, pid)

pid_t getpgrp(void)
{
	return getpgid(0);
}
