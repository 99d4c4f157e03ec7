/*
 * kernel/fs/devices.c - character devices as inodes in the tree, and the standard
 * directories: /dev/{console,tty,null,zero,urandom} (Linux's major:minor numbers),
 * /tmp (sticky, world-writable) and /proc. devices_init() runs after the initramfs
 * is unpacked, so it adds to whatever the archive brought.
 */
#include <fs.h>
#include <string.h>
#include <printk.h>

u64 get_random_u64(void);

static long null_read_at(struct file *f, char *buf, size_t n, u64 pos)
{
	(void)f, (void)buf, (void)n, (void)pos;
	return 0;			/* always at end of file */
}

static long null_write_at(struct file *f, const char *buf, size_t n, u64 pos)
{
	(void)f, (void)buf, (void)pos;
	return n;			/* swallows everything */
}

static long zero_read_at(struct file *f, char *buf, size_t n, u64 pos)
{
	(void)f, (void)pos;
	memset(buf, 0, n);
	return n;
}

static long urandom_read_at(struct file *f, char *buf, size_t n, u64 pos)
{
	(void)f, (void)pos;
	for (size_t i = 0; i < n; i += 8) {
		u64 r = get_random_u64();
		memcpy(buf + i, &r, MIN(8, n - i));
	}
	return n;
}

static const struct file_ops null_ops = {
	.read_at = null_read_at, .write_at = null_write_at,
};
static const struct file_ops zero_ops = {
	.read_at = zero_read_at, .write_at = null_write_at,
};
static const struct file_ops urandom_ops = {
	.read_at = urandom_read_at, .write_at = null_write_at,
};

static const struct {
	const char *name;
	unsigned int major, minor, perm;
	const struct file_ops *ops;
} devices[] = {
	{ "console", 5, 1, 0600, &console_ops },
	{ "tty", 5, 0, 0666, &console_ops },
	{ "null", 1, 3, 0666, &null_ops },
	{ "zero", 1, 5, 0666, &zero_ops },
	{ "urandom", 1, 9, 0666, &urandom_ops },
};

void devices_init(void)
{
	struct inode *root = ramfs_root();
	struct inode *dev = ramfs_create(root, "dev", S_IFDIR | 0755);
	struct inode *tmp = ramfs_create(root, "tmp", S_IFDIR | 01777);
	struct inode *proc = ramfs_create(root, "proc", S_IFDIR | 0555);

	if (!dev || !tmp || !proc) {
		pr_err("devices: out of memory for /dev, /tmp, /proc\n");
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(devices); i++) {
		struct inode *ino = ramfs_create(dev, devices[i].name,
						 S_IFCHR | devices[i].perm);
		if (!ino)
			continue;
		ino->mode = S_IFCHR | devices[i].perm;
		ino->rdev = MKDEV(devices[i].major, devices[i].minor);
		ino->ops = devices[i].ops;
	}
	procfs_init(proc);
}
