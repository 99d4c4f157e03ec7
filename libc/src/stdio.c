/* Buffered output streams. A FILE is an fd, a buffering mode and one BUFSIZ buffer;
 * the three standard streams are static (no fopen yet). stdout is line buffered
 * even when it is not a tty, so a ring-3 test's last lines reach the serial console
 * if it crashes; stderr is unbuffered. exit() flushes everything. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

enum { BUF_NONE, BUF_LINE, BUF_FULL };

struct __file {
	int fd;
	int mode;	/* BUF_NONE, BUF_LINE or BUF_FULL */
	int error;	/* a write failed */
	size_t len;	/* bytes waiting in buf */
	char buf[BUFSIZ];
};

static struct __file files[3] = {
	{ .fd = 0, .mode = BUF_LINE },
	{ .fd = 1, .mode = BUF_LINE },
	{ .fd = 2, .mode = BUF_NONE },
};

FILE *const stdin = &files[0];
FILE *const stdout = &files[1];
FILE *const stderr = &files[2];

/* Write all of s (retrying short writes); 0 on success. */
static int write_all(FILE *f, const char *s, size_t n)
{
	while (n) {
		ssize_t r = write(f->fd, s, n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			f->error = 1;
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
	r = write_all(f, f->buf, f->len);
	f->len = 0;
	return r;
}

void __stdio_flush_all(void)
{
	fflush(stdout);
	fflush(stderr);
}

/* Append n bytes to f's buffer, flushing as its mode requires. */
static int put_bytes(FILE *f, const char *s, size_t n)
{
	if (f->mode == BUF_NONE)
		return write_all(f, s, n);
	while (n) {
		size_t room = BUFSIZ - f->len;
		size_t k = n < room ? n : room;

		memcpy(f->buf + f->len, s, k);
		f->len += k;
		s += k;
		n -= k;
		if (f->len == BUFSIZ && fflush(f))
			return EOF;
	}
	if (f->mode == BUF_LINE && f->len && memchr(f->buf, '\n', f->len))
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

int fileno(FILE *f)
{
	return f->fd;
}

int ferror(FILE *f)
{
	return f->error;
}

static void put_file(void *ctx, const char *s, size_t n)
{
	put_bytes(ctx, s, n);
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	int n = __format(put_file, f, fmt, ap);

	return f->error ? EOF : n;
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
