/*
 * signal.h - signals inside the kernel (kernel/signal.c; the frames are in
 * arch/x86/kernel/signal.c). Numbers and structures are Linux's x86 ones.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <types.h>
#include <linux/signal.h>

#define _NSIG		64	/* signals 1..64 (the kernel's count) */
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
