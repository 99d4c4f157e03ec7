/* <sys/syscall.h>: the lecture's interface to raw system calls: the generated
 * __NR_<name> numbers (from arch/x86/entry/syscalls/*.tbl), the per-arch _syscall0 ..
 * _syscall6 macros and __syscallN helpers (libc/arch/<arch>/syscall_arch.h), and the
 * generic long syscall(long nr, ...). */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#include <errno.h>

#ifdef __x86_64__
#include <generated/unistd_64.h>
#else
#include <generated/unistd_32.h>
#endif
#include <bits/nr_fallback.h>	/* numbers the tables do not list yet */

/* Turn a raw kernel result into the C convention: -4095 .. -1 is -errno. */
#define __syscall_return(type, res)					\
	do {								\
		if ((unsigned long)(res) >= (unsigned long)-4095) {	\
			errno = -(res);					\
			(res) = -1;					\
		}							\
		return (type)(res);					\
	} while (0)

#include <syscall_arch.h>

long syscall(long nr, ...);

#endif
