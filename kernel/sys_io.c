/*
 * kernel/sys_io.c - read, write, readv, writev, pread64, pwrite64 and ioctl on
 * file descriptors. Data passes through a kernel bounce buffer, one chunk at a
 * time, so a file's operations never touch user memory themselves: a bad user
 * pointer is -EFAULT here, at the boundary (or a short count if some bytes
 * already went through).
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <mm.h>
#include <uaccess.h>
#include <errno.h>

#define SMALL		256		/* on the stack; bigger transfers use PIPE_BUF */
#define UIO_MAXIOV	1024
#define MAX_RW_COUNT	0x7ffff000UL	/* Linux's cap on one transfer */

/* A bounce buffer: small ones on the caller's stack, else one of PIPE_BUF bytes,
 * so a pipe sees a write of up to PIPE_BUF bytes in one piece (atomicity). */
static char *bounce(size_t count, char *small, size_t *size)
{
	*size = count > SMALL ? PIPE_BUF : SMALL;
	return count > SMALL ? kmalloc(PIPE_BUF) : small;
}

/*
 * Seekable files (read_at) are read at *ppos, chunk after chunk, until count or
 * end of file; stream files (pipes, ttys) get one call, which may block.
 */
static long file_read(struct file *f, char __user *buf, size_t count, u64 *ppos)
{
	const struct file_ops *ops = f->ops;
	char small[SMALL], *tmp;
	size_t size, done = 0, n;
	long r;

	if ((f->flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (!ops || !(ops->read || ops->read_at))
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	count = MIN(count, MAX_RW_COUNT);
	if (!(tmp = bounce(count, small, &size)))
		return -ENOMEM;
	do {
		n = MIN(count - done, size);
		r = ops->read_at ? ops->read_at(f, tmp, n, *ppos) : ops->read(f, tmp, n);
		if (r <= 0)
			break;
		if (copy_to_user(buf + done, tmp, r)) {
			r = -EFAULT;
			break;
		}
		done += r;
		*ppos += r;
	} while (ops->read_at && (size_t)r == n && done < count);
	if (tmp != small)
		kfree(tmp);
	return done ? (long)done : r;
}

/* Writes go chunk by chunk; O_APPEND moves a seekable file's position to its end. */
static long file_write(struct file *f, const char __user *buf, size_t count, u64 *ppos,
		       bool positioned)
{
	const struct file_ops *ops = f->ops;
	char small[SMALL], *tmp;
	size_t size, done = 0;
	long r = 0;

	if ((f->flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (!ops || !(ops->write || ops->write_at))
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	count = MIN(count, MAX_RW_COUNT);
	if (!(tmp = bounce(count, small, &size)))
		return -ENOMEM;
	if (!positioned && (f->flags & O_APPEND) && f->inode && ops->write_at)
		*ppos = f->inode->size;
	while (done < count) {
		size_t n = MIN(count - done, size);
		if (copy_from_user(tmp, buf + done, n)) {
			r = -EFAULT;
			break;
		}
		r = ops->write_at ? ops->write_at(f, tmp, n, *ppos) : ops->write(f, tmp, n);
		if (r <= 0)
			break;
		done += r;
		*ppos += r;
		if ((size_t)r < n)
			break;
	}
	if (tmp != small)
		kfree(tmp);
	return done ? (long)done : r;
}

static long do_write(int fd, const char __user *buf, size_t count)
{
	struct file *f = fd_get(fd);

	return f ? file_write(f, buf, count, &f->pos, false) : -EBADF;
}

static long do_read(int fd, char __user *buf, size_t count)
{
	struct file *f = fd_get(fd);

	return f ? file_read(f, buf, count, &f->pos) : -EBADF;
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

/* Fetch the iovec array (either ABI; vlen already checked) into kernel memory. */
static long fetch_iov(struct iovec *iov, const void __user *uvec, unsigned long vlen,
		      bool compat)
{
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

/* pread64/pwrite64: at an explicit position, which f->pos does not follow. */
static long do_pread(unsigned int fd, char __user *buf, size_t count, s64 pos)
{
	struct file *f = fd_get(fd);
	u64 p = pos;

	if (!f)
		return -EBADF;
	if (pos < 0)
		return -EINVAL;
	if ((f->flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (!f->ops || !f->ops->read_at)
		return -ESPIPE;		/* pipes and ttys have no position */
	return file_read(f, buf, count, &p);
}

static long do_pwrite(unsigned int fd, const char __user *buf, size_t count, s64 pos)
{
	struct file *f = fd_get(fd);
	u64 p = pos;

	if (!f)
		return -EBADF;
	if (pos < 0)
		return -EINVAL;
	if ((f->flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (!f->ops || !f->ops->write_at)
		return -ESPIPE;
	return file_write(f, buf, count, &p, true);
}

SYSCALL_DEFINE4(pread64, unsigned int, fd, char __user *, buf, size_t, count, s64, pos)
{
	return do_pread(fd, buf, count, pos);
}

SYSCALL_DEFINE4(pwrite64, unsigned int, fd, const char __user *, buf, size_t, count,
		s64, pos)
{
	return do_pwrite(fd, buf, count, pos);
}

/* i386: the 64-bit position comes in two registers, low half first. */
SYSCALL_DEFINE5(ia32_pread64, unsigned int, fd, char __user *, buf, u32, count,
		u32, pos_lo, u32, pos_hi)
{
	return do_pread(fd, buf, count, (s64)((u64)pos_hi << 32 | pos_lo));
}

SYSCALL_DEFINE5(ia32_pwrite64, unsigned int, fd, const char __user *, buf, u32, count,
		u32, pos_lo, u32, pos_hi)
{
	return do_pwrite(fd, buf, count, (s64)((u64)pos_hi << 32 | pos_lo));
}
