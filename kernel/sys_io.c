/*
 * kernel/sys_io.c - read, write, readv, writev and ioctl on file descriptors.
 * Data passes through a kernel bounce buffer, one chunk at a time, so a device's
 * read/write never touches user memory itself: a bad user pointer is -EFAULT here,
 * at the boundary (or a short count if some bytes already went through).
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <mm.h>
#include <uaccess.h>
#include <errno.h>

#define CHUNK		512
#define UIO_MAXIOV	1024

static long do_write(int fd, const char __user *buf, size_t count)
{
	struct file *f = fd_get(fd);
	char tmp[CHUNK];
	size_t done = 0;

	if (!f)
		return -EBADF;
	if (!f->ops || !f->ops->write)
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	while (done < count) {
		size_t n = MIN(count - done, sizeof(tmp));
		if (copy_from_user(tmp, buf + done, n))
			return done ? (long)done : -EFAULT;
		long r = f->ops->write(f, tmp, n);
		if (r <= 0)
			return done ? (long)done : r;
		done += r;
	}
	return done;
}

static long do_read(int fd, char __user *buf, size_t count)
{
	struct file *f = fd_get(fd);
	char tmp[CHUNK];

	if (!f)
		return -EBADF;
	if (!f->ops || !f->ops->read)
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	long r = f->ops->read(f, tmp, MIN(count, sizeof(tmp)));
	if (r > 0 && copy_to_user(buf, tmp, r))
		return -EFAULT;
	return r;
}

SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf, size_t, count)
{
	return do_write(fd, buf, count);
}

SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	return do_read(fd, buf, count);
}

struct iovec { void __user *iov_base; size_t iov_len; };
struct compat_iovec { u32 iov_base, iov_len; };

/* Fetch the iovec array (either ABI) into kernel memory. */
static long fetch_iov(struct iovec *iov, const void __user *uvec, unsigned long vlen,
		      bool compat)
{
	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	for (unsigned long i = 0; i < vlen; i++) {
		if (compat) {
			struct compat_iovec c;
			if (copy_from_user(&c, (const struct compat_iovec __user *)uvec + i, sizeof(c)))
				return -EFAULT;
			iov[i].iov_base = (void __user *)(unsigned long)c.iov_base;
			iov[i].iov_len = c.iov_len;
		} else if (copy_from_user(&iov[i], (const struct iovec __user *)uvec + i,
					  sizeof(iov[i]))) {
			return -EFAULT;
		}
		if ((long)iov[i].iov_len < 0)
			return -EINVAL;
	}
	return 0;
}

static long do_rw_vec(unsigned long fd, const void __user *uvec, unsigned long vlen,
		      bool compat, bool write)
{
	if (!fd_get(fd))
		return -EBADF;
	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	struct iovec *iov = kmalloc(sizeof(*iov) * (vlen ? vlen : 1));
	if (!iov)
		return -ENOMEM;
	long total = fetch_iov(iov, uvec, vlen, compat);
	for (unsigned long i = 0; total >= 0 && i < vlen; i++) {
		long r = write ? do_write(fd, iov[i].iov_base, iov[i].iov_len)
			       : do_read(fd, iov[i].iov_base, iov[i].iov_len);
		if (r < 0) {
			total = total ? total : r;
			break;
		}
		total += r;
		if ((size_t)r < iov[i].iov_len)
			break;		/* short transfer: stop, as Linux does */
	}
	kfree(iov);
	return total;
}

SYSCALL_DEFINE3(writev, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen)
{
	return do_rw_vec(fd, vec, vlen, false, true);
}

SYSCALL_DEFINE3(readv, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen)
{
	return do_rw_vec(fd, vec, vlen, false, false);
}

COMPAT_SYSCALL_DEFINE3(writev, unsigned long, fd, const struct compat_iovec __user *, vec,
		       unsigned long, vlen)
{
	return do_rw_vec(fd, vec, vlen, true, true);
}

COMPAT_SYSCALL_DEFINE3(readv, unsigned long, fd, const struct compat_iovec __user *, vec,
		       unsigned long, vlen)
{
	return do_rw_vec(fd, vec, vlen, true, false);
}

SYSCALL_DEFINE3(ioctl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *f = fd_get(fd);

	if (!f)
		return -EBADF;
	if (!f->ops || !f->ops->ioctl)
		return -ENOTTY;
	return f->ops->ioctl(f, cmd, arg);
}
