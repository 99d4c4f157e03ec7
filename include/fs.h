/*
 * fs.h - files as the system calls see them: an inode tree in RAM (ramfs, filled
 * from the initramfs), open files with their operations, and per-process
 * descriptor tables. Character devices (the console, the test channel) are
 * files whose operations talk to hardware.
 */
#ifndef _FS_H
#define _FS_H

#include <types.h>

#define S_IFMT		0170000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFREG		0100000
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)

#define NR_OPEN		64
#define NAME_MAX	255
#define PATH_MAX	4096

struct file;

struct file_ops {
	long (*read)(struct file *f, char *buf, size_t n);	/* kernel buffer */
	long (*write)(struct file *f, const char *buf, size_t n);
	long (*ioctl)(struct file *f, unsigned int cmd, unsigned long arg);
};

struct inode {
	unsigned int mode;		/* S_IF* | permission bits */
	unsigned long ino;
	size_t size;
	char *data;			/* regular files: the contents (kmalloc) */
	const struct file_ops *ops;	/* character devices */
	char name[NAME_MAX + 1];
	struct inode *parent, *children, *sibling;
};

struct file {
	const struct file_ops *ops;
	struct inode *inode;
	unsigned int flags;
	u64 pos;
	int refs;
};

struct files {
	struct file *fd[NR_OPEN];
};

/* ramfs */
void ramfs_init(void);
struct inode *ramfs_root(void);
struct inode *lookup_path(const char *path);
struct inode *ramfs_create(struct inode *dir, const char *name, unsigned int mode);
int ramfs_write_data(struct inode *ino, const void *data, size_t len);
int initramfs_unpack(const void *archive, size_t size);

/* open files and descriptor tables */
struct file *file_open_inode(struct inode *ino, unsigned int flags);
struct file *file_open_ops(const struct file_ops *ops);
void file_put(struct file *f);
struct files *files_create(void);
void files_destroy(struct files *files);
int fd_install(struct files *files, int fd, struct file *f);
struct file *fd_get(int fd);	/* current's, no reference taken */

/* devices */
extern const struct file_ops console_ops, testchan_ops;
void tty_init(void);

#endif
