/*
 * kernel/fs/file.c - open files and per-process descriptor tables. A struct file
 * (an "open file description": position, flags) is reference counted and shared by
 * every descriptor naming it - after dup, or in a forked child. The table maps small
 * integers to files and remembers which close on execve (FD_CLOEXEC).
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
		f->flags = O_RDWR;
		f->refs = 1;
	}
	return f;
}

struct file *file_open_inode(struct inode *ino, unsigned int flags)
{
	const struct file_ops *ops = ino->ops;

	if (!ops)
		ops = S_ISDIR(ino->mode) ? &ramfs_dir_ops : &ramfs_file_ops;
	struct file *f = file_open_ops(ops);
	if (f) {
		f->inode = inode_get(ino);
		f->flags = flags;
	}
	return f;
}

struct file *file_get(struct file *f)
{
	f->refs++;
	return f;
}

void file_put(struct file *f)
{
	if (!f || --f->refs > 0)
		return;
	if (f->ops && f->ops->release)
		f->ops->release(f);
	inode_put(f->inode);
	kfree(f);
}

struct files *files_create(void)
{
	return kzalloc(sizeof(struct files));
}

struct files *files_dup(struct files *files)
{
	struct files *copy = files_create();

	if (!copy)
		return NULL;
	for (int i = 0; i < NR_OPEN; i++)
		if (files->fd[i])
			copy->fd[i] = file_get(files->fd[i]);
	copy->cloexec = files->cloexec;
	return copy;
}

void files_close_on_exec(struct files *files)
{
	for (int i = 0; i < NR_OPEN; i++)
		if (files->cloexec & (1ULL << i)) {
			file_put(files->fd[i]);
			files->fd[i] = NULL;
		}
	files->cloexec = 0;
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
	struct file *old = files->fd[fd];
	files->fd[fd] = file_get(f);
	files->cloexec &= ~(1ULL << fd);
	file_put(old);		/* after: old may be f itself */
	return fd;
}

int fd_alloc(struct file *f, int from, bool cloexec)
{
	struct files *files = current->files;

	if (!files)
		return -EMFILE;
	for (int fd = from < 0 ? 0 : from; fd < NR_OPEN; fd++)
		if (!files->fd[fd]) {
			files->fd[fd] = file_get(f);
			if (cloexec)
				files->cloexec |= 1ULL << fd;
			else
				files->cloexec &= ~(1ULL << fd);
			return fd;
		}
	return -EMFILE;
}

int fd_close(int fd)
{
	struct files *files = current->files;
	struct file *f = fd_get(fd);

	if (!f)
		return -EBADF;
	files->fd[fd] = NULL;
	files->cloexec &= ~(1ULL << fd);
	file_put(f);
	return 0;
}

struct file *fd_get(int fd)
{
	struct files *files = current->files;

	if (!files || fd < 0 || fd >= NR_OPEN)
		return NULL;
	return files->fd[fd];
}
