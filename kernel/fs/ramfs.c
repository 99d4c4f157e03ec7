/*
 * kernel/fs/ramfs.c - the root file system's inodes: allocation and reference
 * counting, and regular files, whose bytes live in one contiguous kmalloc'd buffer
 * (exec maps ino->data directly) that grows by doubling. An inode is freed when it
 * has no name left (nlink 0) and nothing uses it (refs 0). Directories: dir.c.
 */
#include <fs.h>
#include <mm.h>
#include <string.h>
#include <errno.h>
#include <time.h>

static struct inode root = { .mode = S_IFDIR | 0755, .ino = 1, .nlink = 2, .refs = 1 };
static unsigned long next_ino = 2;
static u64 boot_seconds;

u64 rtc_read_seconds(void);

void ramfs_init(void)
{
	boot_seconds = rtc_read_seconds();
	root.parent = &root;
	root.next_seq = 2;
	root.atime = root.mtime = root.ctime = boot_seconds;
}

struct inode *ramfs_root(void)
{
	return &root;
}

/* Wall-clock seconds for timestamps: the RTC at boot plus the time since. */
u64 fs_now(void)
{
	return boot_seconds + ktime_get_ns() / NSEC_PER_SEC;
}

struct inode *inode_new(unsigned int mode)
{
	struct inode *ino = kzalloc(sizeof(*ino));

	if (!ino)
		return NULL;
	ino->mode = mode;
	ino->ino = next_ino++;
	ino->next_seq = 2;		/* 0 and 1 are "." and ".." */
	ino->atime = ino->mtime = ino->ctime = fs_now();
	return ino;
}

struct inode *inode_get(struct inode *ino)
{
	if (ino)
		ino->refs++;
	return ino;
}

void inode_put(struct inode *ino)
{
	if (!ino || --ino->refs > 0 || ino->nlink > 0 || ino == &root)
		return;
	if (S_ISDIR(ino->mode) && ino->parent != ino)
		inode_put(ino->parent);
	kfree(ino->data);
	kfree(ino);
}

/* Make room for `size` bytes: contents beyond the old size read as zeros. */
int ramfs_resize(struct inode *ino, u64 size)
{
	if (size > MAX_FILE_SIZE)
		return -EFBIG;
	if (size > ino->capacity) {
		size_t cap = ino->capacity ? ino->capacity * 2 : 64;
		while (cap < size)
			cap *= 2;
		char *data = kmalloc(cap);
		if (!data)
			return -ENOSPC;
		memcpy(data, ino->data, ino->size);
		kfree(ino->data);
		ino->data = data;
		ino->capacity = cap;
	}
	if (size > ino->size)
		memset(ino->data + ino->size, 0, size - ino->size);
	ino->size = size;
	if (size == 0) {		/* truncated to nothing: give the memory back */
		kfree(ino->data);
		ino->data = NULL;
		ino->capacity = 0;
	}
	ino->mtime = ino->ctime = fs_now();
	return 0;
}

int ramfs_write_data(struct inode *ino, const void *data, size_t len)
{
	int err = ramfs_resize(ino, 0) ?: ramfs_resize(ino, len);

	if (!err && len)
		memcpy(ino->data, data, len);
	return err;
}

/* Find or make `name` in dir (the initramfs and device set-up use this). */
struct inode *ramfs_create(struct inode *dir, const char *name, unsigned int mode)
{
	size_t len = strlen(name);
	struct dentry *d = dir_find(dir, name, len);

	if (d)
		return d->inode;
	struct inode *ino = inode_new(mode);
	if (!ino)
		return NULL;
	if (dir_link(dir, name, len, ino)) {
		kfree(ino);
		return NULL;
	}
	return ino;
}

static long file_read_at(struct file *f, char *buf, size_t n, u64 pos)
{
	struct inode *ino = f->inode;

	if (pos >= ino->size)
		return 0;
	n = MIN(n, ino->size - pos);
	memcpy(buf, ino->data + pos, n);
	return n;
}

static long file_write_at(struct file *f, const char *buf, size_t n, u64 pos)
{
	struct inode *ino = f->inode;

	if (pos + n > ino->size) {
		int err = ramfs_resize(ino, pos + n);
		if (err)
			return err;
	}
	memcpy(ino->data + pos, buf, n);
	ino->mtime = ino->ctime = fs_now();
	return n;
}

const struct file_ops ramfs_file_ops = {
	.read_at = file_read_at, .write_at = file_write_at,
};
