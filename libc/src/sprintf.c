/* The printf family that writes into a caller's buffer: vsnprintf, snprintf,
 * vsprintf, sprintf, all on the shared formatter (printf.c). snprintf always
 * NUL-terminates (if size > 0) and returns the length it would have written. */
#include <stdio.h>
#include "internal.h"

struct strbuf {
	char *buf;
	size_t size;	/* room including the final NUL */
	size_t len;	/* characters produced so far (may exceed size) */
};

static void put_string(void *ctx, const char *s, size_t n)
{
	struct strbuf *sb = ctx;

	for (; n; n--, s++, sb->len++)
		if (sb->len + 1 < sb->size)
			sb->buf[sb->len] = *s;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct strbuf sb = { buf, size, 0 };
	int n = __format(put_string, &sb, fmt, ap);

	if (size)
		buf[sb.len < size ? sb.len : size - 1] = '\0';
	return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int vsprintf(char *buf, const char *fmt, va_list ap)
{
	return vsnprintf(buf, (size_t)-1 / 2, fmt, ap);
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, (size_t)-1 / 2, fmt, ap);
	va_end(ap);
	return n;
}
