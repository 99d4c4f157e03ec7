/*
 * kernel/fs/namei.c - from a path to an inode. A relative path starts at the
 * directory of a dirfd (AT_FDCWD: the task's cwd), an absolute one at the root; each
 * component must name a directory but the last; "." and ".." are the directory and
 * its parent (the root's parent is the root). Paths come from user space through
 * getname(), which bounds them by PATH_MAX. Symbolic links are not followed.
 */
#include <fs.h>
#include <mm.h>
#include <sched.h>
#include <string.h>
#include <uaccess.h>
#include <errno.h>

long getname(const char __user *upath, char **out)
{
	char *buf = kmalloc(PATH_MAX);

	if (!buf)
		return -ENOMEM;
	long n = strncpy_from_user(buf, upath, PATH_MAX);
	if (n < 0 || n >= PATH_MAX) {
		kfree(buf);
		return n < 0 ? n : -ENAMETOOLONG;
	}
	*out = buf;
	return 0;
}

void putname(char *name)
{
	kfree(name);
}

/* The directory a relative path starts from. */
static int start_dir(int dirfd, struct inode **dir)
{
	if (dirfd == AT_FDCWD) {
		*dir = current->cwd ? current->cwd : ramfs_root();
		return 0;
	}
	struct file *f = fd_get(dirfd);
	if (!f)
		return -EBADF;
	if (!f->inode || !S_ISDIR(f->inode->mode))
		return -ENOTDIR;
	*dir = f->inode;
	return 0;
}

/* One step down: "." stays, ".." goes up, anything else is looked up. */
static int step(struct inode *dir, const char *name, size_t len, struct inode **out)
{
	if (!S_ISDIR(dir->mode))
		return -ENOTDIR;
	if (len == 1 && name[0] == '.') {
		*out = dir;
		return 0;
	}
	if (len == 2 && name[0] == '.' && name[1] == '.') {
		*out = dir->parent ? dir->parent : dir;
		return 0;
	}
	struct dentry *d = dir_find(dir, name, len);
	if (!d)
		return -ENOENT;
	*out = d->inode;
	return 0;
}

/* Walk every component but the last; nd names the last (len 0 for "/"). */
int path_parent(int dirfd, const char *path, struct nameidata *nd)
{
	struct inode *dir = ramfs_root();
	int err;

	if (!*path)
		return -ENOENT;
	if (*path != '/' && (err = start_dir(dirfd, &dir)))
		return err;
	while (*path == '/')
		path++;
	for (;;) {
		const char *end = path;
		while (*end && *end != '/')
			end++;
		size_t len = end - path;
		if (len > NAME_MAX)
			return -ENAMETOOLONG;
		const char *next = end;
		while (*next == '/')
			next++;
		if (!*next) {
			nd->dir = dir;
			nd->last = path;
			nd->len = len;
			nd->slash = end != next;
			return S_ISDIR(dir->mode) ? 0 : -ENOTDIR;
		}
		if ((err = step(dir, path, len, &dir)))
			return err;
		path = next;
	}
}

/* The inode the last component names (-ENOENT if none); a trailing slash
 * demands a directory. */
int nd_lookup(struct nameidata *nd, struct inode **out)
{
	int err;

	if (nd->len == 0) {
		*out = nd->dir;		/* "/" */
		return 0;
	}
	if ((err = step(nd->dir, nd->last, nd->len, out)))
		return err;
	if (nd->slash && !S_ISDIR((*out)->mode))
		return -ENOTDIR;
	return 0;
}

int path_lookupat(int dirfd, const char *path, struct inode **out)
{
	struct nameidata nd;
	int err = path_parent(dirfd, path, &nd);

	return err ? err : nd_lookup(&nd, out);
}

struct inode *lookup_path(const char *path)
{
	struct inode *ino;

	return path_lookupat(AT_FDCWD, path, &ino) ? NULL : ino;
}

/* The absolute path of directory dir into buf (getcwd): its length with the NUL,
 * -ENOENT if it was removed, -ERANGE if buf is too small. */
int inode_path(struct inode *dir, char *buf, size_t size)
{
	size_t pos = size;

	if (size < 2)
		return -ERANGE;
	buf[--pos] = 0;
	for (struct inode *d = dir; d != ramfs_root(); d = d->parent) {
		if (d->nlink == 0 || !d->parent)
			return -ENOENT;
		struct dentry *e = d->parent->entries;
		while (e && e->inode != d)
			e = e->next;
		if (!e)
			return -ENOENT;
		size_t len = strlen(e->name);
		if (pos < len + 1)
			return -ERANGE;
		pos -= len;
		memcpy(buf + pos, e->name, len);
		buf[--pos] = '/';
	}
	if (pos == size - 1)
		buf[--pos] = '/';
	memmove(buf, buf + pos, size - pos);
	return size - pos;
}
