/* Signals (DESIGN §9): sigaction over rt_sigaction with libc's own restorer
 * (arch/<arch>/sigreturn.S), the mask calls (rt_sigprocmask, rt_sigpending,
 * rt_sigsuspend: the kernel's 8-byte sigset), sigaltstack, kill/tgkill/raise,
 * pause, alarm, signal(), abort. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal.h"

/* What rt_sigaction reads and writes: Linux's `struct sigaction` for the kernel,
 * not the user one (the order differs: the mask comes last). */
struct k_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	sigset_t mask;
};

void __restore_rt(void);
#ifdef __i386__
void __restore(void);
#endif

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	struct k_sigaction k, ko;
	long r;

	if (act) {
		k.handler = (void *)act->sa_handler;
		k.flags = (unsigned int)act->sa_flags | SA_RESTORER;
		k.mask = act->sa_mask;
		if (act->sa_flags & SA_RESTORER)
			k.restorer = act->sa_restorer;
#ifdef __i386__
		else if (!(act->sa_flags & SA_SIGINFO))
			k.restorer = __restore;		/* old-style frame */
#endif
		else
			k.restorer = __restore_rt;
	}
	r = __syscall4(__NR_rt_sigaction, sig, act ? (long)&k : 0,
		       old ? (long)&ko : 0, sizeof(sigset_t));
	if (r == 0 && old) {
		old->sa_handler = (void (*)(int))ko.handler;
		old->sa_flags = (int)ko.flags;
		old->sa_restorer = ko.restorer;
		old->sa_mask = ko.mask;
	}
	return __syscall_ret(r);
}

/* signal() with BSD semantics, as glibc: the handler stays, calls restart. */
sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction sa = { .sa_flags = SA_RESTART }, old;

	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	return __syscall_ret(__syscall4(__NR_rt_sigprocmask, how, (long)set,
					(long)old, sizeof(sigset_t)));
}

int sigpending(sigset_t *set)
{
	return __syscall_ret(__syscall2(__NR_rt_sigpending, (long)set,
					sizeof(sigset_t)));
}

int sigsuspend(const sigset_t *mask)
{
	return __syscall_ret(__syscall2(__NR_rt_sigsuspend, (long)mask,
					sizeof(sigset_t)));
}

_syscall2(int, sigaltstack, const stack_t *, ss, stack_t *, old)
_syscall2(int, kill, pid_t, pid, int, sig)
_syscall3(int, tgkill, pid_t, tgid, pid_t, tid, int, sig)
_syscall0(int, pause)
_syscall1(unsigned int, alarm, unsigned int, seconds)

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0) {
		errno = EINVAL;
		return -1;
	}
	return kill(-pgrp, sig);
}

/* To this thread (Linux's glibc does the same): si_code is SI_TKILL. */
int raise(int sig)
{
	return tgkill(getpid(), gettid(), sig);
}

/* raise SIGABRT; if a handler returns or it is ignored, make it fatal and retry. */
_Noreturn void abort(void)
{
	struct sigaction sa = { 0 };
	sigset_t set;

	__stdio_flush_all();
	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(SIGABRT);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGABRT, &sa, NULL);
	raise(SIGABRT);
	for (;;)
		__builtin_trap();
}
