/* Path calls (DESIGN §9): mkdir, rmdir, unlink, link, rename, chdir, fchdir,
 * getcwd, readlink, umask. getcwd's raw call returns the length including the NUL;
 * the C function returns buf, or a malloc'd buffer when buf is NULL (as glibc). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "internal.h"

_syscall2(int, mkdir, const char *, path, mode_t, mode)
_syscall1(int, rmdir, const char *, path)
_syscall1(int, unlink, const char *, path)
_syscall2(int, link, const char *, old, const char *, new)
_syscall2(int, rename, const char *, old, const char *, new)
_syscall1(int, chdir, const char *, path)
_syscall1(int, fchdir, int, fd)
_syscall3(ssize_t, readlink, const char *, path, char *, buf, size_t, size)
_syscall3(int, unlinkat, int, dirfd, const char *, path, int, flags)
_syscall3(int, mkdirat, int, dirfd, const char *, path, mode_t, mode)

mode_t umask(mode_t mask)
{
	return (mode_t)__syscall1(__NR_umask, mask);	/* cannot fail */
}

char *getcwd(char *buf, size_t size)
{
	char tmp[PATH_MAX];
	long r;

	if (buf && !size) {
		errno = EINVAL;
		return NULL;
	}
	r = __syscall2(__NR_getcwd, (long)(buf ? buf : tmp),
		       buf ? size : sizeof(tmp));
	if (__syscall_ret(r) < 0)
		return NULL;
	return buf ? buf : strdup(tmp);
}
