/* Streams on files: fopen/fdopen (line buffered on a tty, fully buffered
 * otherwise), fclose, setvbuf/setbuf, fseek/ftell/rewind, and dropping unread
 * input (moving the fd back over it) when a stream switches to writing. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* "r", "w", "a", with "+" for both ways, "e" for O_CLOEXEC, "b" ignored. */
static int mode_flags(const char *mode)
{
	int fl;

	switch (mode[0]) {
	case 'r': fl = O_RDONLY; break;
	case 'w': fl = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': fl = O_WRONLY | O_CREAT | O_APPEND; break;
	default: return -1;
	}
	if (strchr(mode, '+'))
		fl = (fl & ~O_ACCMODE) | O_RDWR;
	if (strchr(mode, 'e'))
		fl |= O_CLOEXEC;
	return fl;
}

FILE *fdopen(int fd, const char *mode)
{
	FILE *f;

	if (mode_flags(mode) < 0) {
		errno = EINVAL;
		return NULL;
	}
	f = calloc(1, sizeof(*f));
	if (!f)
		return NULL;
	f->buf = malloc(BUFSIZ);
	if (!f->buf) {
		free(f);
		return NULL;
	}
	f->fd = fd;
	f->size = BUFSIZ;
	f->flags = F_OWNBUF;
	f->unget = EOF;
	f->mode = isatty(fd) ? BUF_LINE : BUF_FULL;
	f->next = __stdio_head;
	__stdio_head = f;
	return f;
}

FILE *fopen(const char *path, const char *mode)
{
	int fl = mode_flags(mode), fd;
	FILE *f;

	if (fl < 0) {
		errno = EINVAL;
		return NULL;
	}
	fd = open(path, fl, 0666);
	if (fd < 0)
		return NULL;
	f = fdopen(fd, mode);
	if (!f)
		close(fd);
	return f;
}

int fclose(FILE *f)
{
	struct __file **pp;
	int r = fflush(f);

	if (close(f->fd) < 0)
		r = EOF;
	if (f->flags & F_STATIC)
		return r;
	for (pp = &__stdio_head; *pp; pp = &(*pp)->next)
		if (*pp == f) {
			*pp = f->next;
			break;
		}
	if (f->flags & F_OWNBUF)
		free(f->buf);
	free(f);
	return r;
}

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
	if (mode != _IONBF && mode != _IOLBF && mode != _IOFBF) {
		errno = EINVAL;
		return -1;
	}
	fflush(f);
	if (buf && size) {
		if (f->flags & F_OWNBUF)
			free(f->buf);
		f->flags &= ~F_OWNBUF;
		f->buf = buf;
		f->size = size;
	}
	f->mode = mode == _IONBF ? BUF_NONE : mode == _IOLBF ? BUF_LINE : BUF_FULL;
	return 0;
}

void setbuf(FILE *f, char *buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

void __stdio_drop_input(FILE *f)
{
	off_t back = (off_t)(f->rend - f->rpos) + (f->unget != EOF);

	if (back)
		lseek(f->fd, -back, SEEK_CUR);	/* fails harmlessly on a pipe */
	f->rpos = f->rend = 0;
	f->unget = EOF;
}

int fseek(FILE *f, long off, int whence)
{
	if (fflush(f))
		return -1;
	if (lseek(f->fd, off, whence) < 0)
		return -1;
	f->flags &= ~F_EOF;
	return 0;
}

long ftell(FILE *f)
{
	off_t pos = lseek(f->fd, 0, SEEK_CUR);

	if (pos < 0)
		return -1;
	return (long)(pos - (off_t)(f->rend - f->rpos) - (f->unget != EOF) +
		      (off_t)f->wlen);
}

void rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	clearerr(f);
}
