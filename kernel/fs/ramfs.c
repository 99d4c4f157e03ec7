/*
 * kernel/fs/ramfs.c - the root file system: a tree of inodes in RAM. Directories
 * keep their children in a list; regular files keep their bytes in one kmalloc'd
 * buffer. Path lookup walks from the root, one component at a time.
 */
#include <fs.h>
#include <mm.h>
#include <string.h>
#include <errno.h>
#include <panic.h>

static struct inode root = { .mode = S_IFDIR | 0755, .ino = 1, .name = "/" };
static unsigned long next_ino = 2;

void ramfs_init(void)
{
	root.parent = &root;
}

struct inode *ramfs_root(void)
{
	return &root;
}

static struct inode *child(struct inode *dir, const char *name, size_t len)
{
	if (len == 1 && name[0] == '.')
		return dir;
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return dir->parent;
	for (struct inode *c = dir->children; c; c = c->sibling)
		if (strlen(c->name) == len && !memcmp(c->name, name, len))
			return c;
	return NULL;
}

struct inode *lookup_path(const char *path)
{
	struct inode *ino = &root;

	while (ino && *path) {
		while (*path == '/')
			path++;
		if (!*path)
			break;
		const char *end = path;
		while (*end && *end != '/')
			end++;
		if (!S_ISDIR(ino->mode))
			return NULL;
		ino = child(ino, path, end - path);
		path = end;
	}
	return ino;
}

struct inode *ramfs_create(struct inode *dir, const char *name, unsigned int mode)
{
	struct inode *ino = child(dir, name, strlen(name));

	if (ino)
		return ino;
	ino = kzalloc(sizeof(*ino));
	if (!ino)
		return NULL;
	ino->mode = mode;
	ino->ino = next_ino++;
	strlcpy(ino->name, name, sizeof(ino->name));
	ino->parent = dir;
	ino->sibling = dir->children;
	dir->children = ino;
	return ino;
}

int ramfs_write_data(struct inode *ino, const void *data, size_t len)
{
	char *buf = len ? kmalloc(len) : NULL;

	if (len && !buf)
		return -ENOMEM;
	memcpy(buf, data, len);
	kfree(ino->data);
	ino->data = buf;
	ino->size = len;
	return 0;
}
