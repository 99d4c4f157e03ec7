/* <signal.h>: Linux's x86 signal numbers, sigset_t (the kernel's 64-bit mask),
 * siginfo_t (128 bytes), struct sigaction, stack_t, and the functions of
 * src/signal.c and src/sigset.c. sigaction() hands the kernel its own layout
 * (handler, flags, restorer, mask) with SA_RESTORER and libc's __restore_rt. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>
#include <linux/signal.h>

#define NSIG		65	/* 64 signals, numbered from 1 */
#define _NSIG		NSIG



typedef void (*sighandler_t)(int);
#define SIG_DFL		((sighandler_t)0)
#define SIG_IGN		((sighandler_t)1)
#define SIG_ERR		((sighandler_t)-1)

typedef int sig_atomic_t;

/* The kernel's sigset: one bit per signal, bit (sig - 1); 8 bytes on both ABIs. */
typedef struct {
	unsigned long __bits[8 / sizeof(long)];
} sigset_t;

union sigval {
	int sival_int;
	void *sival_ptr;
};

/* Linux's siginfo: signo, errno, code, then a union that starts at the next
 * pointer-aligned offset (16 on x86-64, 12 on i386); 128 bytes in all. */
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int __pad[(128 - (sizeof(long) == 8 ? 16 : 12)) / sizeof(int)];
		struct { pid_t pid; uid_t uid; } __kill;
		struct { int tid; int overrun; union sigval value; } __timer;
		struct { pid_t pid; uid_t uid; union sigval value; } __rt;
		struct { pid_t pid; uid_t uid; int status; clock_t utime, stime; } __chld;
		struct { void *addr; short addr_lsb; } __fault;
		struct { long band; int fd; } __poll;
	} __f;
} siginfo_t;

#define si_pid		__f.__kill.pid
#define si_uid		__f.__kill.uid
#define si_status	__f.__chld.status
#define si_utime	__f.__chld.utime
#define si_stime	__f.__chld.stime
#define si_value	__f.__rt.value
#define si_int		__f.__rt.value.sival_int
#define si_ptr		__f.__rt.value.sival_ptr
#define si_addr		__f.__fault.addr
#define si_band		__f.__poll.band
#define si_fd		__f.__poll.fd

/* si_code values (asm-generic/siginfo.h) */

struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __u;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler	__u.sa_handler
#define sa_sigaction	__u.sa_sigaction

/* sigaltstack's stack_t: 24 bytes on x86-64, 12 on i386 (Linux's layout). */
typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#define SIGSTKSZ	8192

sighandler_t signal(int sig, sighandler_t handler);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int sigaltstack(const stack_t *ss, stack_t *old);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int raise(int sig);
int tgkill(pid_t tgid, pid_t tid, int sig);

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

/* Trapdoor extension: "INT", "TERM", ... for sig, or NULL (kill -l, kill -INT). */
const char *sig_abbrev(int sig);

#endif
