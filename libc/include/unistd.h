/* <unistd.h>: POSIX wrappers for the calls in the syscall tables, plus brk/sbrk and
 * the raw interface of <sys/syscall.h> (numbers, _syscallN, syscall()), which the
 * lecture's examples expect to find here. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>
#include <sys/syscall.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
_Noreturn void _exit(int status);

pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);

int brk(void *addr);
void *sbrk(intptr_t increment);

int isatty(int fd);
unsigned int sleep(unsigned int seconds);

/* Linux-specific, declared here for want of a better home. */
pid_t set_tid_address(int *tidptr);
#ifdef __i386__
struct user_desc;
int set_thread_area(struct user_desc *u_info);	/* see <asm/ldt.h> */
#endif

#endif
