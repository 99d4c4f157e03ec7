/*
 * kernel/fs/file.c - open files and per-process descriptor tables. A struct file
 * is shared (reference counted) between the descriptors that name it; the table
 * maps small integers to files.
 */
#include <fs.h>
#include <mm.h>
#include <sched.h>
#include <string.h>
#include <errno.h>

struct file *file_open_ops(const struct file_ops *ops)
{
	struct file *f = kzalloc(sizeof(*f));

	if (f) {
		f->ops = ops;
		f->refs = 1;
	}
	return f;
}

struct file *file_open_inode(struct inode *ino, unsigned int flags)
{
	struct file *f = file_open_ops(ino->ops);

	if (f) {
		f->inode = ino;
		f->flags = flags;
	}
	return f;
}

void file_put(struct file *f)
{
	if (f && --f->refs == 0)
		kfree(f);
}

struct files *files_create(void)
{
	return kzalloc(sizeof(struct files));
}

void files_destroy(struct files *files)
{
	for (int i = 0; i < NR_OPEN; i++)
		file_put(files->fd[i]);
	kfree(files);
}

int fd_install(struct files *files, int fd, struct file *f)
{
	if (fd < 0 || fd >= NR_OPEN)
		return -EBADF;
	file_put(files->fd[fd]);
	files->fd[fd] = f;
	f->refs++;
	return fd;
}

struct file *fd_get(int fd)
{
	struct files *files = current->files;

	if (!files || fd < 0 || fd >= NR_OPEN)
		return NULL;
	return files->fd[fd];
}
