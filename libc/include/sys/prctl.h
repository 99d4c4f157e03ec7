/* <sys/prctl.h>: arch_prctl() (x86-64 only; the i386 table has no arch_prctl). */
#ifndef _SYS_PRCTL_H
#define _SYS_PRCTL_H

#include <asm/prctl.h>

#ifdef __x86_64__
int arch_prctl(int code, unsigned long addr);
#endif

#endif
