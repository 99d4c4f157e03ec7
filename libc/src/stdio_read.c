/* Buffered input: fgetc/getc/getchar, ungetc, fgets, fread, getline, and the
 * state bits feof/ferror/clearerr. A refill first flushes stdout, so a prompt
 * printed without a newline appears before the program waits for input. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Refill an empty buffer: 1 if bytes came, 0 at end of file or error. */
static int fill(FILE *f)
{
	ssize_t n;

	if (f->wlen)
		fflush(f);
	if (stdout->wlen && f != stdout)
		fflush(stdout);
	n = read(f->fd, f->buf, f->size);
	f->rpos = 0;
	f->rend = n > 0 ? (size_t)n : 0;
	if (n == 0)
		f->flags |= F_EOF;
	else if (n < 0)
		f->flags |= F_ERR;
	return n > 0;
}

int fgetc(FILE *f)
{
	if (f->unget != EOF) {
		int c = f->unget;

		f->unget = EOF;
		return c;
	}
	if (f->rpos == f->rend && !fill(f))
		return EOF;
	return (unsigned char)f->buf[f->rpos++];
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

int ungetc(int c, FILE *f)
{
	if (c == EOF || f->unget != EOF)
		return EOF;
	f->unget = (unsigned char)c;
	f->flags &= ~F_EOF;
	return f->unget;
}

char *fgets(char *s, int size, FILE *f)
{
	int i = 0, c = 0;

	if (size <= 0)
		return NULL;
	while (i < size - 1 && (c = fgetc(f)) != EOF) {
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0 && c == EOF)
		return NULL;
	s[i] = '\0';
	return s;
}

size_t fread(void *p, size_t size, size_t n, FILE *f)
{
	char *d = p;
	size_t want = size * n, got = 0;

	if (!want)
		return 0;
	if (f->unget != EOF) {
		d[got++] = (char)f->unget;
		f->unget = EOF;
	}
	while (got < want) {
		size_t k = f->rend - f->rpos;

		if (!k) {
			if (want - got >= f->size) {	/* big: straight in */
				ssize_t r = read(f->fd, d + got, want - got);

				if (r <= 0) {
					f->flags |= r ? F_ERR : F_EOF;
					break;
				}
				got += r;
				continue;
			}
			if (!fill(f))
				break;
			k = f->rend - f->rpos;
		}
		if (k > want - got)
			k = want - got;
		memcpy(d + got, f->buf + f->rpos, k);
		f->rpos += k;
		got += k;
	}
	return got / size;
}

/* POSIX getline: *line grows with realloc; returns the length or -1. */
ssize_t getline(char **line, size_t *cap, FILE *f)
{
	size_t n = 0;
	int c;

	for (;;) {
		if (n + 2 > *cap || !*line) {
			size_t ncap = *cap < 64 ? 128 : *cap * 2;
			char *nl = realloc(*line, ncap);

			if (!nl)
				return -1;
			*line = nl;
			*cap = ncap;
		}
		c = fgetc(f);
		if (c == EOF)
			break;
		(*line)[n++] = (char)c;
		if (c == '\n')
			break;
	}
	(*line)[n] = '\0';
	return n ? (ssize_t)n : -1;
}

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}

int ferror(FILE *f)
{
	return !!(f->flags & F_ERR);
}

void clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}

int fileno(FILE *f)
{
	return f->fd;
}
