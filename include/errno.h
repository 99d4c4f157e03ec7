/*
 * errno.h - Linux's errno values (asm-generic/errno-base.h and errno.h numbers),
 * returned negated by kernel functions and system calls.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

#include <linux/errno.h>

/* Kernel-internal: a system call to restart (never seen by user space). */
#define ERESTARTSYS		512	/* restart if SA_RESTART, else EINTR */
#define ERESTARTNOINTR		513	/* always restart */
#define ERESTARTNOHAND		514	/* restart if no handler ran */
#define ERESTART_RESTARTBLOCK	516

#endif
