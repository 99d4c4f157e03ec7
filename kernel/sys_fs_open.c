/*
 * kernel/sys_fs_open.c - opening and closing files, moving the position and
 * changing a file's size: open, openat, creat, close, lseek, _llseek (i386),
 * truncate, ftruncate and i386's truncate64/ftruncate64. Linux's numbers and
 * errors; the data path itself is kernel/sys_io.c.
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <uaccess.h>
#include <errno.h>

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

static bool fd_available(void)
{
	struct files *files = current->files;

	for (int fd = 0; files && fd < NR_OPEN; fd++)
		if (!files->fd[fd])
			return true;
	return false;
}

/* Find or create the inode open(2) names. */
static int open_inode(int dirfd, const char *path, int flags, unsigned int mode,
		      struct inode **out)
{
	struct nameidata nd = { 0 };
	int err = path_parent(dirfd, path, &nd);

	if (!err)
		err = nd_lookup(&nd, out);
	if (err == -ENOENT && (flags & O_CREAT) && nd.dir) {
		if (nd.slash)
			return -EISDIR;
		struct inode *ino = inode_new(S_IFREG | (mode & 07777 & ~current->umask));
		if (!ino)
			return -ENOMEM;
		if ((err = dir_link(nd.dir, nd.last, nd.len, ino))) {
			inode_get(ino), inode_put(ino);
			return err;
		}
		*out = ino;
		return 0;
	}
	if (err)
		return err;
	struct inode *ino = *out;
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		return -EEXIST;
	if (S_ISDIR(ino->mode) && ((flags & O_CREAT) || (flags & O_ACCMODE) != O_RDONLY))
		return -EISDIR;
	if ((flags & O_DIRECTORY) && !S_ISDIR(ino->mode))
		return -ENOTDIR;
	if (S_ISLNK(ino->mode))
		return -ELOOP;		/* symlinks are kept, not followed */
	return 0;
}

static long do_sys_open(int dirfd, const char __user *upath, int flags, unsigned int mode)
{
	struct inode *ino = NULL;
	char *path;
	long err;

	if (!fd_available())
		return -EMFILE;
	if ((err = getname(upath, &path)))
		return err;
	err = open_inode(dirfd, path, flags, mode, &ino);
	putname(path);
	if (err)
		return err;
	if ((flags & O_TRUNC) && S_ISREG(ino->mode) && (err = ramfs_resize(ino, 0)))
		return err;
	if (!current->compat)
		flags |= O_LARGEFILE;		/* what 64-bit Linux reports in F_GETFL */
	struct file *f = file_open_inode(ino, flags & ~(O_CREAT | O_EXCL | O_NOCTTY |
							 O_TRUNC | O_CLOEXEC));
	if (!f)
		return -ENOMEM;
	long fd = fd_alloc(f, 0, flags & O_CLOEXEC);
	file_put(f);
	return fd;
}

SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, unsigned int, mode)
{
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags,
		unsigned int, mode)
{
	return do_sys_open(dfd, filename, flags, mode);
}

SYSCALL_DEFINE2(creat, const char __user *, pathname, unsigned int, mode)
{
	return do_sys_open(AT_FDCWD, pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

SYSCALL_DEFINE1(close, unsigned int, fd)
{
	return fd_close(fd);
}

/* The new position, or -errno. Pipes and ttys have none (ESPIPE). */
static s64 do_lseek(unsigned int fd, s64 offset, unsigned int whence)
{
	struct file *f = fd_get(fd);
	s64 base;

	if (!f)
		return -EBADF;
	bool dir = f->inode && S_ISDIR(f->inode->mode);
	if (!dir && !(f->ops && (f->ops->read_at || f->ops->write_at)))
		return -ESPIPE;
	switch (whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = f->pos; break;
	case SEEK_END:
		if (dir || !f->inode)
			return -EINVAL;
		base = f->inode->size;
		break;
	default: return -EINVAL;
	}
	if ((offset > 0 && base > INT64_MAX - offset) || base + offset < 0)
		return -EINVAL;
	return f->pos = base + offset;
}

SYSCALL_DEFINE3(lseek, unsigned int, fd, long, offset, unsigned int, whence)
{
	s64 pos = do_lseek(fd, offset, whence);

	/* an i386 off_t is 32 bits: a bigger position needs _llseek */
	if (current->compat && pos > INT32_MAX)
		return -EOVERFLOW;
	return pos;
}

SYSCALL_DEFINE5(llseek, unsigned int, fd, unsigned long, offset_high,
		unsigned long, offset_low, s64 __user *, result, unsigned int, whence)
{
	s64 pos = do_lseek(fd, (s64)((u64)offset_high << 32 | (u32)offset_low), whence);

	if (pos < 0)
		return pos;
	return copy_to_user(result, &pos, sizeof(pos)) ? -EFAULT : 0;
}

static long truncate_inode(struct inode *ino, s64 length)
{
	if (length < 0)
		return -EINVAL;
	if (S_ISDIR(ino->mode))
		return -EISDIR;
	if (!S_ISREG(ino->mode))
		return -EINVAL;
	return ramfs_resize(ino, length);
}

static long do_truncate(const char __user *upath, s64 length)
{
	struct inode *ino;
	char *path;
	long err = getname(upath, &path);

	if (err)
		return err;
	err = path_lookupat(AT_FDCWD, path, &ino);
	putname(path);
	return err ? err : truncate_inode(ino, length);
}

static long do_ftruncate(unsigned int fd, s64 length)
{
	struct file *f = fd_get(fd);

	if (!f)
		return -EBADF;
	if (length < 0 || !f->inode || !S_ISREG(f->inode->mode) ||
	    (f->flags & O_ACCMODE) == O_RDONLY)
		return -EINVAL;
	return truncate_inode(f->inode, length);
}

SYSCALL_DEFINE2(truncate, const char __user *, path, long, length)
{
	return do_truncate(path, length);
}

SYSCALL_DEFINE2(ftruncate, unsigned int, fd, long, length)
{
	return do_ftruncate(fd, length);
}

/* i386: the 64-bit length in two registers, low half first. */
SYSCALL_DEFINE3(ia32_truncate64, const char __user *, path, u32, len_lo, u32, len_hi)
{
	return do_truncate(path, (s64)((u64)len_hi << 32 | len_lo));
}

SYSCALL_DEFINE3(ia32_ftruncate64, unsigned int, fd, u32, len_lo, u32, len_hi)
{
	return do_ftruncate(fd, (s64)((u64)len_hi << 32 | len_lo));
}
