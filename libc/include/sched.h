/* <sched.h>: sched_yield() and getcpu(). getcpu uses the vDSO's __vdso_getcpu; it has
 * no syscall fallback yet (getcpu is not in the tables) and fails with ENOSYS. */
#ifndef _SCHED_H
#define _SCHED_H

int sched_yield(void);
int getcpu(unsigned int *cpu, unsigned int *node);

#endif
