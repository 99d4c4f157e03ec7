/*
 * kernel/sys_fs_names.c - system calls that change or query names in the tree:
 * mkdir(at), rmdir, unlink(at), link(at), rename(at), readlink(at), access,
 * faccessat, umask. Every process is root: permissions are stored, not enforced.
 * Errors follow Linux (EEXIST, ENOENT, ENOTDIR, EISDIR, ENOTEMPTY, EBUSY...).
 */
#include <syscalls.h>
#include <sched.h>
#include <fs.h>
#include <uaccess.h>
#include <errno.h>

#define X_OK	1

/* Copy a user path and resolve its parent: nd names the last component. The
 * caller putname()s *path whatever the result (NULL-safe). */
static long parent_of(int dfd, const char __user *upath, struct nameidata *nd, char **path)
{
	long err = getname(upath, path);

	if (err) {
		*path = NULL;
		return err;
	}
	return path_parent(dfd, *path, nd);
}

static long do_mkdirat(int dfd, const char __user *upath, unsigned int mode)
{
	struct nameidata nd;
	char *path;
	long err = parent_of(dfd, upath, &nd, &path);

	if (!err && (!nd.len || is_dot_or_dotdot(nd.last, nd.len) ||
		     dir_find(nd.dir, nd.last, nd.len)))
		err = -EEXIST;
	if (!err) {
		struct inode *ino = inode_new(S_IFDIR | (mode & 01777 & ~current->umask));
		err = ino ? dir_link(nd.dir, nd.last, nd.len, ino) : -ENOMEM;
		if (err && ino)
			inode_get(ino), inode_put(ino);
	}
	putname(path);
	return err;
}

static long do_rmdir(int dfd, const char __user *upath)
{
	struct nameidata nd;
	struct dentry *d = NULL;
	char *path;
	long err = parent_of(dfd, upath, &nd, &path);

	if (!err && !nd.len)
		err = -EBUSY;				/* the root */
	else if (!err && nd.len == 1 && nd.last[0] == '.')
		err = -EINVAL;
	else if (!err && is_dot_or_dotdot(nd.last, nd.len))
		err = -ENOTEMPTY;
	else if (!err && !(d = dir_find(nd.dir, nd.last, nd.len)))
		err = -ENOENT;
	else if (!err && !S_ISDIR(d->inode->mode))
		err = -ENOTDIR;
	else if (!err && !dir_empty(d->inode))
		err = -ENOTEMPTY;
	if (!err)
		dir_unlink(nd.dir, d);
	putname(path);
	return err;
}

static long do_unlinkat(int dfd, const char __user *upath)
{
	struct nameidata nd;
	struct dentry *d = NULL;
	char *path;
	long err = parent_of(dfd, upath, &nd, &path);

	if (!err && (!nd.len || is_dot_or_dotdot(nd.last, nd.len)))
		err = -EISDIR;
	else if (!err && !(d = dir_find(nd.dir, nd.last, nd.len)))
		err = -ENOENT;
	else if (!err && S_ISDIR(d->inode->mode))
		err = -EISDIR;
	else if (!err && nd.slash)
		err = -ENOTDIR;
	if (!err)
		dir_unlink(nd.dir, d);
	putname(path);
	return err;
}

SYSCALL_DEFINE2(mkdir, const char __user *, pathname, unsigned int, mode)
{
	return do_mkdirat(AT_FDCWD, pathname, mode);
}

SYSCALL_DEFINE3(mkdirat, int, dfd, const char __user *, pathname, unsigned int, mode)
{
	return do_mkdirat(dfd, pathname, mode);
}

SYSCALL_DEFINE1(rmdir, const char __user *, pathname)
{
	return do_rmdir(AT_FDCWD, pathname);
}

SYSCALL_DEFINE1(unlink, const char __user *, pathname)
{
	return do_unlinkat(AT_FDCWD, pathname);
}

SYSCALL_DEFINE3(unlinkat, int, dfd, const char __user *, pathname, int, flag)
{
	if (flag & ~AT_REMOVEDIR)
		return -EINVAL;
	return flag & AT_REMOVEDIR ? do_rmdir(dfd, pathname) : do_unlinkat(dfd, pathname);
}

static long do_linkat(int olddfd, const char __user *oldname, int newdfd,
		      const char __user *newname, int flags)
{
	struct nameidata nd;
	struct inode *ino;
	char *old, *new = NULL;
	long err;

	if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if ((err = getname(oldname, &old)))
		return err;
	err = path_lookupat(olddfd, old, &ino);
	if (!err && S_ISDIR(ino->mode))
		err = -EPERM;				/* no hard links to directories */
	if (!err)
		err = parent_of(newdfd, newname, &nd, &new);
	if (!err && (!nd.len || is_dot_or_dotdot(nd.last, nd.len) ||
		     dir_find(nd.dir, nd.last, nd.len)))
		err = -EEXIST;
	else if (!err && nd.slash)
		err = -ENOENT;
	if (!err)
		err = dir_link(nd.dir, nd.last, nd.len, ino);
	putname(new);
	putname(old);
	return err;
}

SYSCALL_DEFINE2(link, const char __user *, oldname, const char __user *, newname)
{
	return do_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}

SYSCALL_DEFINE5(linkat, int, olddfd, const char __user *, oldname, int, newdfd,
		const char __user *, newname, int, flags)
{
	return do_linkat(olddfd, oldname, newdfd, newname, flags);
}

/* May directory `dir` not be moved under `target` (it is target or an ancestor)? */
static bool is_ancestor(struct inode *dir, struct inode *target)
{
	for (struct inode *t = target; ; t = t->parent) {
		if (t == dir)
			return true;
		if (!t->parent || t->parent == t)
			return false;
	}
}

/* Is the rename from od to nd (NULL: a new name) allowed? */
static long rename_check(struct nameidata *o, struct dentry *od, struct nameidata *n,
			 struct dentry *nd)
{
	struct inode *ino = od->inode;

	if (!S_ISDIR(ino->mode) && (o->slash || n->slash))
		return -ENOTDIR;
	if (nd && S_ISDIR(ino->mode) && !S_ISDIR(nd->inode->mode))
		return -ENOTDIR;
	if (nd && !S_ISDIR(ino->mode) && S_ISDIR(nd->inode->mode))
		return -EISDIR;
	if (S_ISDIR(ino->mode) && is_ancestor(ino, n->dir))
		return -EINVAL;			/* into itself */
	if (nd && S_ISDIR(nd->inode->mode) && !dir_empty(nd->inode))
		return -ENOTEMPTY;
	return 0;
}

static long do_renameat(int olddfd, const char __user *oldname, int newdfd,
			const char __user *newname)
{
	struct nameidata o, n;
	struct dentry *od = NULL, *nd = NULL;
	char *old, *new = NULL;
	long err = parent_of(olddfd, oldname, &o, &old);

	if (!err)
		err = parent_of(newdfd, newname, &n, &new);
	if (!err && (!o.len || !n.len || is_dot_or_dotdot(o.last, o.len) ||
		     is_dot_or_dotdot(n.last, n.len)))
		err = -EBUSY;
	else if (!err && !(od = dir_find(o.dir, o.last, o.len)))
		err = -ENOENT;
	if (!err) {
		nd = dir_find(n.dir, n.last, n.len);
		if (nd && nd->inode == od->inode)
			goto out;			/* the same file: nothing to do */
		err = rename_check(&o, od, &n, nd);
	}
	if (!err && nd)
		dir_unlink(n.dir, nd);
	if (!err)
		err = dir_move(o.dir, od, n.dir, n.last, n.len);
out:
	putname(new);
	putname(old);
	return err;
}

SYSCALL_DEFINE2(rename, const char __user *, oldname, const char __user *, newname)
{
	return do_renameat(AT_FDCWD, oldname, AT_FDCWD, newname);
}

SYSCALL_DEFINE4(renameat, int, olddfd, const char __user *, oldname, int, newdfd,
		const char __user *, newname)
{
	return do_renameat(olddfd, oldname, newdfd, newname);
}

static long do_readlinkat(int dfd, const char __user *upath, char __user *buf, int size)
{
	struct inode *ino;
	char *path;
	long err;

	if (size <= 0)
		return -EINVAL;
	if ((err = getname(upath, &path)))
		return err;
	err = path_lookupat(dfd, path, &ino);
	putname(path);
	if (err)
		return err;
	if (!S_ISLNK(ino->mode))
		return -EINVAL;
	size_t n = MIN((size_t)size, ino->size);
	return copy_to_user(buf, ino->data, n) ? -EFAULT : (long)n;
}

SYSCALL_DEFINE3(readlink, const char __user *, path, char __user *, buf, int, bufsiz)
{
	return do_readlinkat(AT_FDCWD, path, buf, bufsiz);
}

SYSCALL_DEFINE4(readlinkat, int, dfd, const char __user *, path, char __user *, buf,
		int, bufsiz)
{
	return do_readlinkat(dfd, path, buf, bufsiz);
}

/* Root may read and write anything, and execute what has an x bit (or search a
 * directory). */
static long do_faccessat(int dfd, const char __user *upath, int mode)
{
	struct inode *ino;
	char *path;
	long err;

	if (mode & ~7)
		return -EINVAL;
	if ((err = getname(upath, &path)))
		return err;
	err = path_lookupat(dfd, path, &ino);
	putname(path);
	if (!err && (mode & X_OK) && !S_ISDIR(ino->mode) && !(ino->mode & 0111))
		err = -EACCES;
	return err;
}

SYSCALL_DEFINE2(access, const char __user *, filename, int, mode)
{
	return do_faccessat(AT_FDCWD, filename, mode);
}

SYSCALL_DEFINE3(faccessat, int, dfd, const char __user *, filename, int, mode)
{
	return do_faccessat(dfd, filename, mode);
}

SYSCALL_DEFINE1(umask, int, mask)
{
	unsigned int old = current->umask;

	current->umask = mask & 0777;
	return old;
}
