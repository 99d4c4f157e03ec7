/* <errno.h>: the errno variable and Linux's errno numbers (asm-generic/errno*.h values,
 * the same on x86-64 and i386). The kernel returns -ENAME in rax/eax; libc's
 * __syscall_return turns that into errno = ENAME and a -1 result. */
#ifndef _ERRNO_H
#define _ERRNO_H

/* A plain global: Trapdoor processes are single-threaded. */
extern int errno;

#include <linux/errno.h>



#endif
