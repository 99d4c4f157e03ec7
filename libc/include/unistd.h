/* <unistd.h>: POSIX wrappers for the calls in the syscall tables (processes, files,
 * directories, ttys), plus brk/sbrk and the raw interface of <sys/syscall.h>
 * (numbers, _syscallN, syscall()), which the lecture's examples expect here. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>
#include <sys/syscall.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#define F_OK		0	/* access() modes */
#define X_OK		1
#define W_OK		2
#define R_OK		4

extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
ssize_t pread(int fd, void *buf, size_t count, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t count, off_t off);
ssize_t pread64(int fd, void *buf, size_t count, off_t off);
ssize_t pwrite64(int fd, const void *buf, size_t count, off_t off);
off_t lseek(int fd, off_t off, int whence);
int close(int fd);
int dup(int fd);
int dup2(int fd, int newfd);
int dup3(int fd, int newfd, int flags);
int pipe(int *fds);
int pipe2(int *fds, int flags);
int truncate(const char *path, off_t len);
int ftruncate(int fd, off_t len);
int access(const char *path, int mode);
int link(const char *old, const char *new);
int unlink(const char *path);
int unlinkat(int dirfd, const char *path, int flags);
int rmdir(const char *path);
int chdir(const char *path);
int fchdir(int fd);
char *getcwd(char *buf, size_t size);
ssize_t readlink(const char *path, char *buf, size_t size);

_Noreturn void _exit(int status);
pid_t fork(void);
pid_t vfork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execvpe(const char *file, char *const argv[], char *const envp[]);
int execl(const char *path, const char *arg0, ...);
int execlp(const char *file, const char *arg0, ...);
int execle(const char *path, const char *arg0, ...);

pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
pid_t getpgid(pid_t pid);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgrp(void);
pid_t setsid(void);
pid_t getsid(pid_t pid);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);

int pause(void);
unsigned int alarm(unsigned int seconds);
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);

int brk(void *addr);
void *sbrk(intptr_t increment);

int isatty(int fd);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);

/* Linux-specific, declared here for want of a better home. */
pid_t set_tid_address(int *tidptr);
#ifdef __i386__
struct user_desc;
int set_thread_area(struct user_desc *u_info);	/* see <asm/ldt.h> */
#endif

#endif
