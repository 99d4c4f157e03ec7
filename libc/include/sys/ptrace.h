/* <sys/ptrace.h>: process tracing with Linux's request numbers and options
 * (include/uapi/linux/ptrace.h), the lecture's PT_TRACESYS seen from user space.
 * ptrace() follows glibc: the PEEK requests return the word read and report errors
 * only through errno, so clear errno before a PEEK and check it after a -1. */
#ifndef _SYS_PTRACE_H
#define _SYS_PTRACE_H

#include <sys/types.h>
#include <sys/user.h>

#define PTRACE_TRACEME		0	/* the caller's parent becomes its tracer */
#define PTRACE_PEEKTEXT		1
#define PTRACE_PEEKDATA		2
#define PTRACE_PEEKUSER		3	/* addr: byte offset into struct user */
#define PTRACE_POKETEXT		4
#define PTRACE_POKEDATA		5
#define PTRACE_POKEUSER		6
#define PTRACE_CONT		7	/* data: the signal to deliver, or 0 */
#define PTRACE_KILL		8
#define PTRACE_SINGLESTEP	9
#define PTRACE_GETREGS		12	/* data: struct user_regs_struct * */
#define PTRACE_SETREGS		13
#define PTRACE_GETFPREGS	14
#define PTRACE_SETFPREGS	15
#define PTRACE_ATTACH		16
#define PTRACE_DETACH		17
#define PTRACE_SYSCALL		24	/* like CONT, stop at the next syscall entry/exit */
#define PTRACE_SETOPTIONS	0x4200	/* data: PTRACE_O_* */
#define PTRACE_GETEVENTMSG	0x4201
#define PTRACE_GETSIGINFO	0x4202
#define PTRACE_SETSIGINFO	0x4203

/* PTRACE_SETOPTIONS bits. */
#define PTRACE_O_TRACESYSGOOD	0x1	/* syscall stops report SIGTRAP | 0x80 */
#define PTRACE_O_TRACEFORK	0x2
#define PTRACE_O_TRACEVFORK	0x4
#define PTRACE_O_TRACECLONE	0x8
#define PTRACE_O_TRACEEXEC	0x10
#define PTRACE_O_TRACEVFORKDONE	0x20
#define PTRACE_O_TRACEEXIT	0x40
#define PTRACE_O_EXITKILL	0x100000	/* SIGKILL the tracee if the tracer exits */

/* Event stops: waitpid's status >> 8 == SIGTRAP | (PTRACE_EVENT_x << 8). */
#define PTRACE_EVENT_FORK	1
#define PTRACE_EVENT_VFORK	2
#define PTRACE_EVENT_CLONE	3
#define PTRACE_EVENT_EXEC	4
#define PTRACE_EVENT_VFORK_DONE	5
#define PTRACE_EVENT_EXIT	6

long ptrace(int request, pid_t pid, void *addr, void *data);

#endif
