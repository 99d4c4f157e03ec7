/* File-descriptor calls (DESIGN §9): open/openat/creat/close, lseek, pread/pwrite,
 * dup/dup2/dup3, pipe/pipe2, fcntl, poll, truncate/ftruncate, access. i386 passes
 * O_LARGEFILE and uses the 64-bit-offset calls (_llseek, pread64 and
 * truncate64 with the offset split in two registers, fcntl64). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <unistd.h>
#include "internal.h"

#ifdef __x86_64__
#define LARGEFILE	0
#define LO(off)		(long)(off)
#else
#define LARGEFILE	O_LARGEFILE
#define LO(off)		(long)((unsigned long long)(off) & 0xffffffff)
#define HI(off)		(long)((unsigned long long)(off) >> 32)
#endif

/* The mode argument exists only with O_CREAT (or O_TMPFILE); read it then. */
#define MODE_ARG(flags, mode)						\
	do {								\
		va_list ap_;						\
		if ((flags) & O_CREAT) {				\
			va_start(ap_, flags);				\
			mode = va_arg(ap_, mode_t);			\
			va_end(ap_);					\
		}							\
	} while (0)

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;

	MODE_ARG(flags, mode);
	return __syscall_ret(__syscall3(__NR_open, (long)path, flags | LARGEFILE,
					mode));
}

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;

	MODE_ARG(flags, mode);
	return __syscall_ret(__syscall4(__NR_openat, dirfd, (long)path,
					flags | LARGEFILE, mode));
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

_syscall1(int, close, int, fd)
_syscall1(int, dup, int, fd)
_syscall2(int, dup2, int, fd, int, newfd)
_syscall3(int, dup3, int, fd, int, newfd, int, flags)
_syscall2(int, pipe2, int *, fds, int, flags)
_syscall2(int, access, const char *, path, int, mode)
_syscall3(int, poll, struct pollfd *, fds, nfds_t, n, int, timeout_ms)

int pipe(int *fds)
{
	return __syscall_ret(__syscall1(__NR_pipe, (long)fds));
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
#ifdef __x86_64__
	return __syscall_ret(__syscall3(__NR_fcntl, fd, cmd, arg));
#else
	return __syscall_ret(__syscall3(__NR_fcntl64, fd, cmd, arg));
#endif
}

#ifdef __x86_64__
_syscall3(off_t, lseek, int, fd, off_t, off, int, whence)
_syscall4(ssize_t, pread64, int, fd, void *, buf, size_t, n, off_t, off)
_syscall4(ssize_t, pwrite64, int, fd, const void *, buf, size_t, n, off_t, off)
_syscall2(int, truncate, const char *, path, off_t, len)
_syscall2(int, ftruncate, int, fd, off_t, len)
#else
off_t lseek(int fd, off_t off, int whence)
{
	off_t result;
	long r = __syscall5(__NR__llseek, fd, HI(off), LO(off), (long)&result,
			    whence);

	return __syscall_ret(r) < 0 ? -1 : result;
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	return __syscall_ret(__syscall5(__NR_pread64, fd, (long)buf, n, LO(off),
					HI(off)));
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return __syscall_ret(__syscall5(__NR_pwrite64, fd, (long)buf, n, LO(off),
					HI(off)));
}

int truncate(const char *path, off_t len)
{
	return __syscall_ret(__syscall3(__NR_truncate64, (long)path, LO(len),
					HI(len)));
}

int ftruncate(int fd, off_t len)
{
	return __syscall_ret(__syscall3(__NR_ftruncate64, fd, LO(len), HI(len)));
}
#endif

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return pread64(fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return pwrite64(fd, buf, n, off);
}
