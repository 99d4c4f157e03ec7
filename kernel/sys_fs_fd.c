/*
 * kernel/sys_fs_fd.c - calls on the descriptor table itself: dup, dup2, dup3,
 * fcntl (and i386's fcntl64: the commands here take no structure), pipe, pipe2,
 * and poll - which simply re-asks every file's poll method once per timer tick
 * until one is ready, the timeout passes or a signal arrives.
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <mm.h>
#include <wait.h>
#include <time.h>
#include <uaccess.h>
#include <errno.h>

#define SETFL_MASK	(O_APPEND | O_NONBLOCK)

SYSCALL_DEFINE1(dup, unsigned int, fildes)
{
	struct file *f = fd_get(fildes);

	return f ? fd_alloc(f, 0, false) : -EBADF;
}

static long do_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct file *f = fd_get(oldfd);

	if (flags & ~O_CLOEXEC)
		return -EINVAL;
	if (!f || newfd >= NR_OPEN)
		return -EBADF;
	long fd = fd_install(current->files, newfd, f);
	if (fd >= 0 && (flags & O_CLOEXEC))
		current->files->cloexec |= 1ULL << fd;
	return fd;
}

SYSCALL_DEFINE2(dup2, unsigned int, oldfd, unsigned int, newfd)
{
	if (oldfd == newfd)
		return fd_get(oldfd) ? (long)newfd : -EBADF;
	return do_dup3(oldfd, newfd, 0);
}

SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	if (oldfd == newfd)
		return -EINVAL;
	return do_dup3(oldfd, newfd, flags);
}

SYSCALL_DEFINE3(fcntl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *f = fd_get(fd);
	struct files *files = current->files;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= NR_OPEN)
			return -EINVAL;
		return fd_alloc(f, arg, cmd == F_DUPFD_CLOEXEC);
	case F_GETFD:
		return files->cloexec & (1ULL << fd) ? FD_CLOEXEC : 0;
	case F_SETFD:
		if (arg & FD_CLOEXEC)
			files->cloexec |= 1ULL << fd;
		else
			files->cloexec &= ~(1ULL << fd);
		return 0;
	case F_GETFL:
		return f->flags;
	case F_SETFL:
		f->flags = (f->flags & ~SETFL_MASK) | (arg & SETFL_MASK);
		return 0;
	default:
		return -EINVAL;
	}
}

static long do_pipe2(int __user *fildes, int flags)
{
	struct file *rd, *wr;
	int fds[2];
	long err;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	if ((err = pipe_create(&rd, &wr)))
		return err;
	rd->flags |= flags & O_NONBLOCK;
	wr->flags |= flags & O_NONBLOCK;
	fds[0] = fd_alloc(rd, 0, flags & O_CLOEXEC);
	fds[1] = fds[0] < 0 ? fds[0] : fd_alloc(wr, 0, flags & O_CLOEXEC);
	file_put(rd);
	file_put(wr);
	if (fds[1] < 0) {
		if (fds[0] >= 0)
			fd_close(fds[0]);
		return fds[1];
	}
	if (copy_to_user(fildes, fds, sizeof(fds))) {
		fd_close(fds[0]);
		fd_close(fds[1]);
		return -EFAULT;
	}
	return 0;
}

SYSCALL_DEFINE1(pipe, int __user *, fildes)
{
	return do_pipe2(fildes, 0);
}

SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	return do_pipe2(fildes, flags);
}

struct pollfd {
	int fd;
	short events, revents;
};

/* One round over every pollfd: how many have something to report. */
static int poll_once(struct pollfd *pfd, unsigned int nfds)
{
	int ready = 0;

	for (unsigned int i = 0; i < nfds; i++) {
		struct file *f = pfd[i].fd >= 0 ? fd_get(pfd[i].fd) : NULL;
		unsigned int mask = 0;
		if (pfd[i].fd >= 0 && !f)
			mask = POLLNVAL;
		else if (f)
			mask = f->ops && f->ops->poll ? f->ops->poll(f) : DEFAULT_POLLMASK;
		/* errors and hang-ups are reported whether asked for or not */
		pfd[i].revents = mask & ((unsigned short)pfd[i].events | POLLERR | POLLHUP |
					 POLLNVAL);
		ready += pfd[i].revents != 0;
	}
	return ready;
}

SYSCALL_DEFINE3(poll, struct pollfd __user *, ufds, unsigned int, nfds, int, timeout_msecs)
{
	if (nfds > NR_OPEN * 4)
		return -EINVAL;
	size_t size = sizeof(struct pollfd) * (nfds ? nfds : 1);
	struct pollfd *pfd = kmalloc(size);
	u64 until = jiffies + ((u64)timeout_msecs * HZ + 999) / 1000;
	long ret;

	if (!pfd)
		return -ENOMEM;
	if (copy_from_user(pfd, ufds, sizeof(*pfd) * nfds)) {
		kfree(pfd);
		return -EFAULT;
	}
	for (;;) {
		ret = poll_once(pfd, nfds);
		if (ret || timeout_msecs == 0 || (timeout_msecs > 0 && jiffies >= until))
			break;
		if (signal_pending(current)) {
			ret = -ERESTARTNOHAND;	/* EINTR if a handler ran */
			break;
		}
		sleep_until(jiffies + 1);
	}
	if (ret >= 0 && copy_to_user(ufds, pfd, sizeof(*pfd) * nfds))
		ret = -EFAULT;
	kfree(pfd);
	return ret;
}
