/* <sched.h>: sched_yield(), getcpu(), and clone() for fork-like flags (a child
 * process running fn(arg); stack must be NULL until Trapdoor has threads).
 * getcpu uses the vDSO's __vdso_getcpu and fails with ENOSYS without it. */
#ifndef _SCHED_H
#define _SCHED_H

#define CSIGNAL		0x000000ff	/* the exit signal: SIGCHLD for fork-like */
#define CLONE_VM	0x00000100
#define CLONE_FS	0x00000200
#define CLONE_FILES	0x00000400
#define CLONE_SIGHAND	0x00000800
#define CLONE_VFORK	0x00004000
#define CLONE_PARENT	0x00008000
#define CLONE_THREAD	0x00010000

int sched_yield(void);
int getcpu(unsigned int *cpu, unsigned int *node);
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);

#endif
