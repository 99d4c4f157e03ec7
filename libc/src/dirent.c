/* Directory streams over getdents64: each DIR holds the fd and one buffer of
 * struct linux_dirent64 records (d_ino, d_off, d_reclen, d_type, d_name), which
 * readdir hands out in place until the buffer is used up, then refills. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal.h"

#define DIRBUF	4096

struct __dir {
	int fd;
	size_t pos, len;	/* next record at buf + pos; len bytes valid */
	char buf[DIRBUF] __attribute__((aligned(8)));
};

_syscall3(ssize_t, getdents64, int, fd, void *, buf, size_t, count)

DIR *fdopendir(int fd)
{
	DIR *d = malloc(sizeof(*d));

	if (!d)
		return NULL;
	d->fd = fd;
	d->pos = d->len = 0;
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d;

	if (fd < 0)
		return NULL;
	d = fdopendir(fd);
	if (!d)
		close(fd);
	return d;
}

struct dirent *readdir(DIR *d)
{
	struct dirent *e;

	if (d->pos >= d->len) {
		ssize_t n = getdents64(d->fd, d->buf, sizeof(d->buf));

		if (n <= 0)		/* 0: the end (errno untouched); <0: errno */
			return NULL;
		d->len = n;
		d->pos = 0;
	}
	e = (struct dirent *)(d->buf + d->pos);
	d->pos += e->d_reclen;
	return e;
}

void rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->pos = d->len = 0;
}

int dirfd(DIR *d)
{
	return d->fd;
}

int closedir(DIR *d)
{
	int r = close(d->fd);

	free(d);
	return r;
}
