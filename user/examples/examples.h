/* examples.h: the slide examples as functions, so that tests/user/examples_agree.c
 * can call every way of entering the kernel side by side. Each example file holds
 * its functions and, unless built with -DEXAMPLE_LIB, a main that shows them off.
 * The functions return what the kernel returned (or -1 with errno, for libc's). */
#ifndef USER_EXAMPLES_H
#define USER_EXAMPLES_H

#include <time.h>

long ex_syscall3_write(int fd, const void *buf, unsigned long count);
long ex_syscall3_getpid(void);
long ex_syscallfn_write(int fd, const void *buf, unsigned long count);
long ex_syscallfn_getpid(void);
long ex_int80_write(int fd, const void *buf, unsigned long count);
long ex_int80_getpid(void);
#ifdef __x86_64__
long ex_syscall_insn_write(int fd, const void *buf, unsigned long count);
long ex_syscall_insn_getpid(void);
#else
long ex_vsyscall_write(int fd, const void *buf, unsigned long count);
long ex_vsyscall_getpid(void);
#endif
/* __vdso_clock_gettime, or -ENOSYS when the kernel mapped no vDSO. */
long ex_vdso_clock_gettime(clockid_t clk, struct timespec *ts);

#endif
