/*
 * kernel/fs/dir.c - directories: a list of dentries (name -> inode), in creation
 * order. Each dentry carries a sequence number that is never reused in its
 * directory, so getdents can resume at "the first entry with seq >= pos" even while
 * entries are being removed (rm -r reads and unlinks at the same time).
 */
#include <fs.h>
#include <mm.h>
#include <string.h>
#include <errno.h>

bool is_dot_or_dotdot(const char *name, size_t len)
{
	return (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.');
}

struct dentry *dir_find(struct inode *dir, const char *name, size_t len)
{
	if (dir->refresh)
		dir->refresh(dir);
	for (struct dentry *d = dir->entries; d; d = d->next)
		if (!memcmp(d->name, name, len) && d->name[len] == 0)
			return d;
	return NULL;
}

/* Add the name; the inode gains a link (and dir one more for a subdirectory's ".."). */
int dir_link(struct inode *dir, const char *name, size_t len, struct inode *ino)
{
	if (len > NAME_MAX)
		return -ENAMETOOLONG;
	struct dentry *d = kmalloc(sizeof(*d) + len + 1);
	if (!d)
		return -ENOMEM;
	memcpy(d->name, name, len);
	d->name[len] = 0;
	d->inode = ino;
	d->seq = dir->next_seq++;
	d->next = NULL;
	struct dentry **tail = &dir->entries;
	while (*tail)
		tail = &(*tail)->next;
	*tail = d;
	ino->nlink++;
	ino->ctime = fs_now();
	if (S_ISDIR(ino->mode)) {
		ino->nlink++;			/* its own "." */
		ino->parent = inode_get(dir);	/* its ".." */
		dir->nlink++;
	}
	dir->mtime = dir->ctime = fs_now();
	return 0;
}

/* Remove the name; the inode goes once it is also unused (inode_put). */
void dir_unlink(struct inode *dir, struct dentry *d)
{
	struct inode *ino = d->inode;

	for (struct dentry **p = &dir->entries; *p; p = &(*p)->next)
		if (*p == d) {
			*p = d->next;
			break;
		}
	kfree(d);
	if (S_ISDIR(ino->mode)) {
		ino->nlink = 0;			/* its name and its "." */
		dir->nlink--;			/* its ".." */
	} else {
		ino->nlink--;
	}
	ino->ctime = dir->mtime = dir->ctime = fs_now();
	inode_get(ino);
	inode_put(ino);			/* frees it if nothing else holds it */
}

/* rename: give d's inode the name `name` in ndir (any old holder of that name has
 * been unlinked already). The inode keeps its link count. */
int dir_move(struct inode *odir, struct dentry *od, struct inode *ndir,
	     const char *name, size_t len)
{
	struct inode *ino = od->inode;
	int err;

	inode_get(ino);
	if (S_ISDIR(ino->mode)) {
		struct inode *old_parent = ino->parent;
		ino->nlink -= 2;		/* dir_link adds them back */
		err = dir_link(ndir, name, len, ino);
		if (err) {
			ino->nlink += 2;
		} else {
			odir->nlink--;
			inode_put(old_parent);
		}
	} else {
		ino->nlink--;
		err = dir_link(ndir, name, len, ino);
		if (err)
			ino->nlink++;
	}
	if (!err) {
		for (struct dentry **p = &odir->entries; *p; p = &(*p)->next)
			if (*p == od) {
				*p = od->next;
				break;
			}
		kfree(od);
		odir->mtime = odir->ctime = fs_now();
	}
	inode_put(ino);
	return err;
}

bool dir_empty(struct inode *dir)
{
	if (dir->refresh)
		dir->refresh(dir);
	return !dir->entries;
}

static long dir_read(struct file *f, char *buf, size_t n)
{
	(void)f, (void)buf, (void)n;
	return -EISDIR;
}

const struct file_ops ramfs_dir_ops = { .read = dir_read };
