/* File I/O wrappers: read, write, readv, writev, ioctl, and the tty helpers built on
 * ioctl (isatty, tcgetattr, tcsetattr, tcgetpgrp, tcsetpgrp). Most are the
 * lecture's _syscallN macros. */
#include <stdarg.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include "internal.h"

_syscall3(ssize_t, read, int, fd, void *, buf, size_t, count)
_syscall3(ssize_t, write, int, fd, const void *, buf, size_t, count)
_syscall3(ssize_t, readv, int, fd, const struct iovec *, iov, int, iovcnt)
_syscall3(ssize_t, writev, int, fd, const struct iovec *, iov, int, iovcnt)

/* ioctl's third argument is an int or a pointer depending on the request. */
int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	long arg;

	va_start(ap, request);
	arg = va_arg(ap, long);
	va_end(ap);
	return __syscall_ret(__syscall3(__NR_ioctl, fd, request, arg));
}

int isatty(int fd)
{
	struct termios t;

	return ioctl(fd, TCGETS, &t) == 0;
}

int tcgetattr(int fd, struct termios *t)
{
	return ioctl(fd, TCGETS, t);
}

int tcsetattr(int fd, int action, const struct termios *t)
{
	static const unsigned long req[] = {
		[TCSANOW] = TCSETS, [TCSADRAIN] = TCSETSW, [TCSAFLUSH] = TCSETSF,
	};

	if (action < TCSANOW || action > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	return ioctl(fd, req[action], t);
}

int tcgetpgrp(int fd)
{
	int pgrp;

	return ioctl(fd, TIOCGPGRP, &pgrp) < 0 ? -1 : pgrp;
}

int tcsetpgrp(int fd, int pgrp)
{
	return ioctl(fd, TIOCSPGRP, &pgrp);
}
