/*
 * kernel/sys_fs_dir.c - directories as a process sees them: chdir, fchdir, getcwd,
 * and reading entries with getdents64 (both ABIs) and the older getdents (whose
 * record has native-long fields: a compat layout for i386). A directory file's
 * position is "." (0), ".." (1), then the next dentry sequence number (dir.c).
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <mm.h>
#include <string.h>
#include <uaccess.h>
#include <errno.h>

static long set_cwd(struct inode *dir)
{
	if (!S_ISDIR(dir->mode))
		return -ENOTDIR;
	struct inode *old = current->cwd;
	current->cwd = inode_get(dir);
	inode_put(old);
	return 0;
}

SYSCALL_DEFINE1(chdir, const char __user *, filename)
{
	struct inode *dir;
	char *path;
	long err = getname(filename, &path);

	if (err)
		return err;
	err = path_lookupat(AT_FDCWD, path, &dir);
	putname(path);
	return err ? err : set_cwd(dir);
}

SYSCALL_DEFINE1(fchdir, unsigned int, fd)
{
	struct file *f = fd_get(fd);

	if (!f)
		return -EBADF;
	return f->inode ? set_cwd(f->inode) : -ENOTDIR;
}

/* Linux's getcwd returns the length with the NUL (libc returns the buffer). */
SYSCALL_DEFINE2(getcwd, char __user *, buf, unsigned long, size)
{
	char *kbuf = kmalloc(PATH_MAX);

	if (!kbuf)
		return -ENOMEM;
	long len = inode_path(current->cwd ? current->cwd : ramfs_root(), kbuf,
			      MIN(size, PATH_MAX));
	if (len > 0 && copy_to_user(buf, kbuf, len))
		len = -EFAULT;
	kfree(kbuf);
	return len;
}

enum dirent_kind { DIRENT64, DIRENT_LONG, DIRENT_COMPAT };

/* Lay out one record in rec; its length (0 if it would not fit in room). */
static size_t make_dirent(char *rec, size_t room, enum dirent_kind kind,
			  const char *name, struct inode *ino, u64 next)
{
	size_t len = strlen(name), reclen, at;
	u8 type = (ino->mode & S_IFMT) >> 12;	/* DT_* are the S_IFMT bits >> 12 */

	memset(rec, 0, MIN(room, 24 + NAME_MAX + 8));
	if (kind == DIRENT64) {		/* u64 ino, s64 off, u16 reclen, u8 type, name */
		reclen = ALIGN_UP(19 + len + 1, 8);
		if (reclen > room)
			return 0;
		memcpy(rec, &ino->ino, 8);
		memcpy(rec + 8, &next, 8);
		rec[18] = type;
		at = 19;
	} else {			/* ulong ino, ulong off, u16 reclen, name, 0, type */
		size_t w = kind == DIRENT_COMPAT ? 4 : 8;
		reclen = ALIGN_UP(2 * w + 2 + len + 2, w);
		if (reclen > room)
			return 0;
		memcpy(rec, &ino->ino, w);
		memcpy(rec + w, &next, w);
		rec[reclen - 1] = type;
		at = 2 * w + 2;
	}
	u16 r16 = reclen;
	memcpy(rec + at - (kind == DIRENT64 ? 3 : 2), &r16, 2);
	memcpy(rec + at, name, len);
	return reclen;
}

static long do_getdents(unsigned int fd, char __user *dirp, unsigned int count,
			enum dirent_kind kind)
{
	struct file *f = fd_get(fd);
	char rec[24 + NAME_MAX + 8];
	size_t used = 0;

	if (!f)
		return -EBADF;
	struct inode *dir = f->inode;
	if (!dir || !S_ISDIR(dir->mode))
		return -ENOTDIR;
	if (dir->refresh)
		dir->refresh(dir);
	for (;;) {
		const char *name = f->pos == 0 ? "." : "..";
		struct inode *ino = f->pos == 0 ? dir : (dir->parent ? dir->parent : dir);
		u64 next = f->pos + 1;
		if (f->pos >= 2) {
			struct dentry *d = dir->entries;
			while (d && d->seq < f->pos)
				d = d->next;
			if (!d)
				break;
			name = d->name, ino = d->inode, next = d->seq + 1;
		}
		size_t n = make_dirent(rec, count - used, kind, name, ino, next);
		if (!n) {
			if (!used)
				return -EINVAL;		/* not even one record fits */
			break;
		}
		if (copy_to_user(dirp + used, rec, n))
			return used ? (long)used : -EFAULT;
		used += n;
		f->pos = next;
	}
	return used;
}

SYSCALL_DEFINE3(getdents64, unsigned int, fd, void __user *, dirent, unsigned int, count)
{
	return do_getdents(fd, dirent, count, DIRENT64);
}

SYSCALL_DEFINE3(getdents, unsigned int, fd, void __user *, dirent, unsigned int, count)
{
	return do_getdents(fd, dirent, count, DIRENT_LONG);
}

COMPAT_SYSCALL_DEFINE3(getdents, unsigned int, fd, void __user *, dirent,
		       unsigned int, count)
{
	return do_getdents(fd, dirent, count, DIRENT_COMPAT);
}
