/* <sys/auxv.h>: the aux vector the kernel puts above envp on the initial stack
 * (Linux's AT_* numbers, include/uapi/linux/auxvec.h + asm/auxvec.h) and getauxval(). */
#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#include <linux/auxvec.h>


unsigned long getauxval(unsigned long type);	/* 0 and errno = ENOENT if absent */

#endif
