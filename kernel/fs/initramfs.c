/*
 * kernel/fs/initramfs.c - unpack the initramfs (GRUB's first module) into ramfs.
 * The format is Linux's: cpio "newc" - a 110-byte ASCII header (magic 070701 and
 * thirteen 8-digit hex fields), the name, padding to 4 bytes, the data, padding
 * to 4 bytes; the entry named TRAILER!!! ends the archive. Runs once at boot,
 * before any process: it builds the tree directly, not through system calls.
 */
#include <fs.h>
#include <string.h>
#include <printk.h>
#include <errno.h>

struct cpio_newc {
	char magic[6], ino[8], mode[8], uid[8], gid[8], nlink[8], mtime[8];
	char filesize[8], devmajor[8], devminor[8], rdevmajor[8], rdevminor[8];
	char namesize[8], check[8];
};

static unsigned long hex8(const char *s)
{
	char buf[9];

	memcpy(buf, s, 8);
	buf[8] = 0;
	return simple_strtoul(buf, NULL, 16);
}

/* Create every directory on the way to `path`; return the last one and the
 * final component's name in *leaf. */
static struct inode *make_parents(char *path, char **leaf)
{
	struct inode *dir = ramfs_root();
	char *p = path;

	for (;;) {
		while (*p == '/')
			p++;
		char *slash = strchr(p, '/');
		if (!slash) {
			*leaf = p;
			return dir;
		}
		*slash = 0;
		dir = ramfs_create(dir, p, S_IFDIR | 0755);
		*slash = '/';
		if (!dir)
			return NULL;
		p = slash + 1;
	}
}

int initramfs_unpack(const void *archive, size_t size)
{
	const char *p = archive, *end = p + size;
	int files = 0;

	while (p + sizeof(struct cpio_newc) <= end) {
		const struct cpio_newc *h = (const void *)p;
		if (memcmp(h->magic, "070701", 6))
			return -EINVAL;
		unsigned long mode = hex8(h->mode), fsize = hex8(h->filesize);
		unsigned long nsize = hex8(h->namesize);
		const char *name = p + sizeof(*h);
		const char *data = name + ALIGN_UP(sizeof(*h) + nsize, 4) - sizeof(*h);
		if (name + nsize > end || data + fsize > end)
			return -EINVAL;
		if (!strcmp(name, "TRAILER!!!"))
			break;
		char path[PATH_MAX];
		strlcpy(path, name, MIN(nsize, sizeof(path)));
		char *leaf;
		struct inode *dir = make_parents(path, &leaf);
		if (dir && *leaf && strcmp(leaf, ".")) {
			struct inode *ino = ramfs_create(dir, leaf, mode);
			if (!ino)
				return -ENOMEM;
			if ((ino->mode & S_IFMT) == (mode & S_IFMT))
				ino->mode = mode;
			/* a symlink's data is its target (kept, not followed) */
			if ((S_ISREG(ino->mode) || S_ISLNK(ino->mode)) &&
			    ramfs_write_data(ino, data, fsize))
				return -ENOMEM;
			files++;
		}
		p = data + ALIGN_UP(fsize, 4);
	}
	pr_info("initramfs: %d entries unpacked\n", files);
	return files;
}
