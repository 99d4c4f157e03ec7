/*
 * signal.h - signals inside the kernel (kernel/signal.c; the frames are in
 * arch/x86/kernel/signal.c). Numbers and structures are Linux's x86 ones.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <types.h>

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31
#define _NSIG		64

struct task;

/* Queue sig for t (and wake it if it sleeps interruptibly). 0 or -errno. */
int send_signal(struct task *t, int sig);
void set_current_blocked(u64 mask);
/* A fault's signal for the current task (cannot be blocked or ignored). */
void force_sig_fault(int sig, int code, unsigned long addr);
/* Send sig to every process in process group pgrp. */
int kill_pgrp(int pgrp, int sig);

#endif
