/* Buffered output streams and the standard three. stdout is line buffered even when
 * it is not a tty, so a ring-3 test's last lines reach the serial console if it
 * crashes (a stream fopen'd on a file is fully buffered, on a tty line buffered);
 * stderr is unbuffered. exit() flushes every stream; input is stdio_read.c. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"
#include "stdio_impl.h"

static char bufs[2][BUFSIZ];
static char errbuf[16];		/* stderr writes unbuffered; this is for reading */

static struct __file files[3] = {
	{ .fd = 0, .mode = BUF_LINE, .flags = F_STATIC, .unget = EOF,
	  .buf = bufs[0], .size = BUFSIZ, .next = &files[1] },
	{ .fd = 1, .mode = BUF_LINE, .flags = F_STATIC, .unget = EOF,
	  .buf = bufs[1], .size = BUFSIZ, .next = &files[2] },
	{ .fd = 2, .mode = BUF_NONE, .flags = F_STATIC, .unget = EOF,
	  .buf = errbuf, .size = sizeof(errbuf) },
};

FILE *const stdin = &files[0];
FILE *const stdout = &files[1];
FILE *const stderr = &files[2];
struct __file *__stdio_head = &files[0];

/* Write all of s (retrying short writes); 0 on success. */
static int write_all(FILE *f, const char *s, size_t n)
{
	while (n) {
		ssize_t r = write(f->fd, s, n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			f->flags |= F_ERR;
			return EOF;
		}
		s += r;
		n -= r;
	}
	return 0;
}

int fflush(FILE *f)
{
	int r;

	if (!f) {
		__stdio_flush_all();
		return 0;
	}
	if (f->rend > f->rpos || f->unget != EOF)
		__stdio_drop_input(f);
	r = write_all(f, f->buf, f->wlen);
	f->wlen = 0;
	return r;
}

void __stdio_flush_all(void)
{
	struct __file *f;

	for (f = __stdio_head; f; f = f->next)
		if (f->wlen)
			fflush(f);
}

/* Append n bytes to f's buffer, flushing as its mode requires. */
static int put_bytes(FILE *f, const char *s, size_t n)
{
	if (f->rend > f->rpos || f->unget != EOF)
		__stdio_drop_input(f);
	if (f->mode == BUF_NONE)
		return write_all(f, s, n);
	while (n) {
		size_t room = f->size - f->wlen;
		size_t k = n < room ? n : room;

		memcpy(f->buf + f->wlen, s, k);
		f->wlen += k;
		s += k;
		n -= k;
		if (f->wlen == f->size && fflush(f))
			return EOF;
	}
	if (f->mode == BUF_LINE && f->wlen && memchr(f->buf, '\n', f->wlen))
		return fflush(f);
	return 0;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	if (!size || !n)
		return 0;
	return put_bytes(f, p, size * n) ? 0 : n;
}

int fputc(int c, FILE *f)
{
	char ch = (char)c;

	return put_bytes(f, &ch, 1) ? EOF : (unsigned char)ch;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int fputs(const char *s, FILE *f)
{
	return put_bytes(f, s, strlen(s)) ? EOF : 0;
}

int puts(const char *s)
{
	if (put_bytes(stdout, s, strlen(s)) || put_bytes(stdout, "\n", 1))
		return EOF;
	return 0;
}

void perror(const char *s)
{
	int e = errno;

	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, strerror(e));
	else
		fprintf(stderr, "%s\n", strerror(e));
}

static void put_file(void *ctx, const char *s, size_t n)
{
	put_bytes(ctx, s, n);
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	int n = __format(put_file, f, fmt, ap);

	return (f->flags & F_ERR) ? EOF : n;
}

int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}
