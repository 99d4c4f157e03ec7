/*
 * kernel/sys_fs_stat.c - the stat family in its three layouts: x86-64's struct
 * stat (stat, lstat, fstat, newfstatat), i386's struct stat64 (stat64, lstat64,
 * fstat64, fstatat64) and the old i386 struct stat (106-108, 32-bit fields:
 * EOVERFLOW when a value does not fit). Symlinks are never followed, so stat and
 * lstat agree.
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <string.h>
#include <uaccess.h>
#include <errno.h>

#define AT_NO_AUTOMOUNT	0x800
#define ROOT_DEV	MKDEV(0, 1)

struct stat {				/* x86-64, 144 bytes */
	u64 st_dev, st_ino, st_nlink;
	u32 st_mode, st_uid, st_gid, __pad0;
	u64 st_rdev;
	s64 st_size, st_blksize, st_blocks;
	u64 st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
	s64 __unused[3];
};

struct stat64 {				/* i386, 96 bytes, 4-byte aligned */
	u64 st_dev;
	u32 __pad0, __st_ino, st_mode, st_nlink, st_uid, st_gid;
	u64 st_rdev;
	u32 __pad3;
	s64 st_size;
	u32 st_blksize;
	u64 st_blocks;
	u32 st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
	u64 st_ino;
} __attribute__((packed));

struct compat_stat {			/* i386's old struct stat, 64 bytes */
	u32 st_dev, st_ino;
	u16 st_mode, st_nlink, st_uid, st_gid;
	u32 st_rdev, st_size, st_blksize, st_blocks;
	u32 st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
	u32 __unused4, __unused5;
};

_Static_assert(sizeof(struct stat) == 144, "x86-64 struct stat");
_Static_assert(sizeof(struct stat64) == 96, "i386 struct stat64");
_Static_assert(sizeof(struct compat_stat) == 64, "i386 struct stat");

enum stat_kind { STAT_64, STAT_STAT64, STAT_COMPAT };

/* Write ino's attributes in the layout `kind` to ubuf. A bare device file (no
 * inode: the test channel) looks like a character device. */
static long put_stat(struct inode *ino, void __user *ubuf, enum stat_kind kind)
{
	static struct inode bare = { .mode = S_IFCHR | 0620, .nlink = 1 };
	union { struct stat s; struct stat64 s64; struct compat_stat c; } u;
	size_t size;

	if (!ino)
		ino = &bare;
	u64 blocks = (ino->size + 511) / 512;
	memset(&u, 0, sizeof(u));
	if (kind == STAT_64) {
		u.s = (struct stat){ .st_dev = ROOT_DEV, .st_ino = ino->ino,
			.st_nlink = ino->nlink, .st_mode = ino->mode, .st_rdev = ino->rdev,
			.st_size = ino->size, .st_blksize = 4096, .st_blocks = blocks,
			.st_atime = ino->atime, .st_mtime = ino->mtime, .st_ctime = ino->ctime };
		size = sizeof(u.s);
	} else if (kind == STAT_STAT64) {
		u.s64 = (struct stat64){ .st_dev = ROOT_DEV, .__st_ino = ino->ino,
			.st_mode = ino->mode, .st_nlink = ino->nlink, .st_rdev = ino->rdev,
			.st_size = ino->size, .st_blksize = 4096, .st_blocks = blocks,
			.st_atime = ino->atime, .st_mtime = ino->mtime,
			.st_ctime = ino->ctime, .st_ino = ino->ino };
		size = sizeof(u.s64);
	} else {
		if (ino->size > INT32_MAX || ino->ino > UINT32_MAX || ino->nlink > UINT16_MAX)
			return -EOVERFLOW;
		u.c = (struct compat_stat){ .st_dev = ROOT_DEV, .st_ino = ino->ino,
			.st_mode = ino->mode, .st_nlink = ino->nlink, .st_rdev = ino->rdev,
			.st_size = ino->size, .st_blksize = 4096, .st_blocks = blocks,
			.st_atime = ino->atime, .st_mtime = ino->mtime, .st_ctime = ino->ctime };
		size = sizeof(u.c);
	}
	return copy_to_user(ubuf, &u, size) ? -EFAULT : 0;
}

static long do_fstat(unsigned int fd, void __user *ubuf, enum stat_kind kind)
{
	struct file *f = fd_get(fd);

	return f ? put_stat(f->inode, ubuf, kind) : -EBADF;
}

static long do_fstatat(int dfd, const char __user *upath, void __user *ubuf, int flag,
		       enum stat_kind kind)
{
	struct inode *ino;
	char *path;
	long err;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT))
		return -EINVAL;
	if ((err = getname(upath, &path)))
		return err;
	if (!*path && (flag & AT_EMPTY_PATH)) {		/* the dirfd itself */
		putname(path);
		if (dfd == AT_FDCWD)
			return put_stat(current->cwd ? current->cwd : ramfs_root(), ubuf, kind);
		return do_fstat(dfd, ubuf, kind);
	}
	err = path_lookupat(dfd, path, &ino);
	putname(path);
	return err ? err : put_stat(ino, ubuf, kind);
}

SYSCALL_DEFINE2(newstat, const char __user *, filename, struct stat __user *, statbuf)
{
	return do_fstatat(AT_FDCWD, filename, statbuf, 0, STAT_64);
}

SYSCALL_DEFINE2(newlstat, const char __user *, filename, struct stat __user *, statbuf)
{
	return do_fstatat(AT_FDCWD, filename, statbuf, AT_SYMLINK_NOFOLLOW, STAT_64);
}

SYSCALL_DEFINE2(newfstat, unsigned int, fd, struct stat __user *, statbuf)
{
	return do_fstat(fd, statbuf, STAT_64);
}

SYSCALL_DEFINE4(newfstatat, int, dfd, const char __user *, filename,
		struct stat __user *, statbuf, int, flag)
{
	return do_fstatat(dfd, filename, statbuf, flag, STAT_64);
}

COMPAT_SYSCALL_DEFINE2(newstat, const char __user *, filename,
		       struct compat_stat __user *, statbuf)
{
	return do_fstatat(AT_FDCWD, filename, statbuf, 0, STAT_COMPAT);
}

COMPAT_SYSCALL_DEFINE2(newlstat, const char __user *, filename,
		       struct compat_stat __user *, statbuf)
{
	return do_fstatat(AT_FDCWD, filename, statbuf, AT_SYMLINK_NOFOLLOW, STAT_COMPAT);
}

COMPAT_SYSCALL_DEFINE2(newfstat, unsigned int, fd, struct compat_stat __user *, statbuf)
{
	return do_fstat(fd, statbuf, STAT_COMPAT);
}

COMPAT_SYSCALL_DEFINE2(ia32_stat64, const char __user *, filename,
		       struct stat64 __user *, statbuf)
{
	return do_fstatat(AT_FDCWD, filename, statbuf, 0, STAT_STAT64);
}

COMPAT_SYSCALL_DEFINE2(ia32_lstat64, const char __user *, filename,
		       struct stat64 __user *, statbuf)
{
	return do_fstatat(AT_FDCWD, filename, statbuf, AT_SYMLINK_NOFOLLOW, STAT_STAT64);
}

COMPAT_SYSCALL_DEFINE2(ia32_fstat64, unsigned int, fd, struct stat64 __user *, statbuf)
{
	return do_fstat(fd, statbuf, STAT_STAT64);
}

COMPAT_SYSCALL_DEFINE4(ia32_fstatat64, int, dfd, const char __user *, filename,
		       struct stat64 __user *, statbuf, int, flag)
{
	return do_fstatat(dfd, filename, statbuf, flag, STAT_STAT64);
}
