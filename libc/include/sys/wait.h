/* <sys/wait.h>: wait4/waitpid/wait and the macros that take apart Linux's status
 * word: exit code in bits 8-15 (low 7 bits zero), or the killing signal in bits 0-6
 * (bit 7: core dumped), or 0x7f with the stop signal in bits 8-15. */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG		1
#define WUNTRACED	2
#define WSTOPPED	WUNTRACED
#define WEXITED		4
#define WCONTINUED	8
#define WNOWAIT		0x01000000

#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WTERMSIG(s)	((s) & 0x7f)
#define WSTOPSIG(s)	WEXITSTATUS(s)
#define WCOREDUMP(s)	((s) & 0x80)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSIGNALED(s)	(((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define WIFCONTINUED(s)	((s) == 0xffff)

struct rusage;

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);

#endif
