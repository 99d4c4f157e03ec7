/*
 * fs.h - files as the system calls see them (docs/vfs.md): a tree of inodes in RAM
 * (ramfs, filled from the initramfs, writable), names resolved against the cwd or a
 * directory fd (namei), open files with their operations, per-process descriptor
 * tables, pipes, and the character devices and /proc that live in the same tree.
 */
#ifndef _FS_H
#define _FS_H

#include <types.h>
#include <syscalls.h>		/* __user */

#define S_IFMT		0170000
#define S_IFSOCK	0140000
#define S_IFLNK		0120000
#define S_IFREG		0100000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFIFO		0010000
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_ISFIFO(m)	(((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m)	(((m) & S_IFMT) == S_IFLNK)

/* open flags, *at() conventions, poll bits: the ABI, shared with the libc. */
#include <linux/fcntl.h>
#include <linux/poll.h>
#define DEFAULT_POLLMASK (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)

#define NR_OPEN		64	/* descriptors per process (Linux's soft limit: 1024) */
#define NAME_MAX	255
#define PATH_MAX	4096
#define PIPE_BUF	4096	/* writes up to this size are atomic */
#define MAX_FILE_SIZE	(256UL << 20)	/* one contiguous buffer: keep it sane */

/* Device numbers as stat reports them (Linux's new_encode_dev). */
#define MKDEV(ma, mi)	((((mi) & 0xff) | ((ma) << 8) | (((mi) & ~0xffu) << 12)))

struct file;
struct inode;

/*
 * What a file does. Stream files (tty, pipes) have read/write; seekable files
 * (regular files, /dev/null...) have read_at/write_at, which never block and take
 * the position explicitly (pread64 uses it; read/write pass f->pos). Buffers are
 * kernel memory: sys_io.c copies to and from user space.
 */
struct file_ops {
	long (*read)(struct file *f, char *buf, size_t n);
	long (*write)(struct file *f, const char *buf, size_t n);
	long (*ioctl)(struct file *f, unsigned int cmd, unsigned long arg);
	unsigned int (*poll)(struct file *f);	/* POLL* now; NULL: always ready */
	void (*release)(struct file *f);	/* the last reference is gone */
	long (*read_at)(struct file *f, char *buf, size_t n, u64 pos);
	long (*write_at)(struct file *f, const char *buf, size_t n, u64 pos);
};

/* A name in a directory. Hard links are several dentries naming one inode. */
struct dentry {
	struct dentry *next;
	struct inode *inode;
	u64 seq;			/* getdents position, never reused in its directory */
	char name[];
};

struct inode {
	unsigned int mode;		/* S_IF* | permission bits */
	unsigned int nlink;		/* names (+ "." and the subdirectories' "..") */
	int refs;			/* open files, cwds, child directories */
	unsigned long ino;
	unsigned int rdev;		/* devices: MKDEV(major, minor) */
	size_t size, capacity;
	char *data;			/* regular files: the contents, contiguous (exec
					 * maps it); symlinks: the target */
	const struct file_ops *ops;	/* what open() gives: devices, procfs files */
	struct dentry *entries;		/* directories: the children */
	u64 next_seq;
	struct inode *parent;		/* directories: ".." (holds a reference) */
	void (*refresh)(struct inode *dir);	/* procfs: rebuild entries before use */
	long private;			/* the owner's: procfs pid, pipe pointer */
	u64 atime, mtime, ctime;	/* seconds since the epoch */
};

struct file {
	const struct file_ops *ops;
	struct inode *inode;		/* NULL for bare device files (the test channel) */
	unsigned int flags;		/* O_ACCMODE | O_APPEND | O_NONBLOCK ... */
	u64 pos;
	int refs;
	void *private;			/* pipes: the pipe */
};

struct files {
	struct file *fd[NR_OPEN];
	u64 cloexec;			/* bit n: close fd n on execve */
};

/* ramfs: the inode tree (kernel/fs/ramfs.c, kernel/fs/dir.c) */
void ramfs_init(void);
struct inode *ramfs_root(void);
struct inode *inode_new(unsigned int mode);
struct inode *inode_get(struct inode *ino);	/* NULL-safe */
void inode_put(struct inode *ino);		/* NULL-safe; frees when unnamed and unused */
u64 fs_now(void);
struct dentry *dir_find(struct inode *dir, const char *name, size_t len);
int dir_link(struct inode *dir, const char *name, size_t len, struct inode *ino);
void dir_unlink(struct inode *dir, struct dentry *d);
int dir_move(struct inode *odir, struct dentry *od, struct inode *ndir,
	     const char *name, size_t len);
bool dir_empty(struct inode *dir);
struct inode *ramfs_create(struct inode *dir, const char *name, unsigned int mode);
int ramfs_write_data(struct inode *ino, const void *data, size_t len);
int ramfs_resize(struct inode *ino, u64 size);
extern const struct file_ops ramfs_file_ops, ramfs_dir_ops;
int initramfs_unpack(const void *archive, size_t size);

/* namei: names to inodes (kernel/fs/namei.c) */
struct nameidata {
	struct inode *dir;		/* where the last component lives */
	const char *last;		/* the last component (not NUL-terminated) */
	size_t len;			/* its length; 0 if the path was "/" */
	bool slash;			/* the path ended with '/' */
};
long getname(const char __user *upath, char **out);	/* kmalloc'd; putname() */
void putname(char *name);
int path_parent(int dirfd, const char *path, struct nameidata *nd);
int nd_lookup(struct nameidata *nd, struct inode **out);
int path_lookupat(int dirfd, const char *path, struct inode **out);
struct inode *lookup_path(const char *path);	/* from current's cwd; NULL if none */
bool is_dot_or_dotdot(const char *name, size_t len);
int inode_path(struct inode *dir, char *buf, size_t size);	/* getcwd */

/* open files and descriptor tables (kernel/fs/file.c) */
struct file *file_open_inode(struct inode *ino, unsigned int flags);
struct file *file_open_ops(const struct file_ops *ops);
struct file *file_get(struct file *f);
void file_put(struct file *f);
struct files *files_create(void);
struct files *files_dup(struct files *files);	/* fork: same open files */
void files_close_on_exec(struct files *files);	/* execve */
void files_destroy(struct files *files);
int fd_install(struct files *files, int fd, struct file *f);	/* takes a reference */
int fd_alloc(struct file *f, int from, bool cloexec);	/* lowest free >= from */
int fd_close(int fd);
struct file *fd_get(int fd);	/* current's, no reference taken */

/* pipes (kernel/fs/pipe.c) */
int pipe_create(struct file **rd, struct file **wr);

/* devices and /proc (kernel/fs/devices.c, kernel/fs/procfs.c) */
extern const struct file_ops console_ops, testchan_ops;
void tty_init(void);
void devices_init(void);	/* /dev, /tmp, /proc: after the initramfs */
void procfs_init(struct inode *proc);

#endif
