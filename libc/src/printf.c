/* The one printf formatter, __format: output goes through a put(ctx, s, n)
 * callback, so vsnprintf (sprintf.c) and vfprintf (stdio.c) share every line of
 * conversion code. No floating point: %f and friends are not supported (they are
 * printed literally). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "internal.h"

#define F_MINUS	0x01	/* left-justify */
#define F_ZERO	0x02	/* pad numbers with zeros */
#define F_PLUS	0x04	/* + on non-negative signed numbers */
#define F_SPACE	0x08	/* space on non-negative signed numbers */
#define F_ALT	0x10	/* # : 0x for hex, leading 0 for octal */

struct spec {
	int flags;
	int width;
	int prec;	/* -1: none */
};

struct out {
	void (*put)(void *ctx, const char *s, size_t n);
	void *ctx;
	int count;
};

static void emit(struct out *o, const char *s, size_t n)
{
	if (n) {
		o->put(o->ctx, s, n);
		o->count += n;
	}
}

static void pad(struct out *o, char c, int n)
{
	char buf[16];

	memset(buf, c, sizeof(buf));
	for (; n > 0; n -= 16)
		emit(o, buf, n < 16 ? n : 16);
}

/* Emit prefix (sign or 0x) and body, padded to the width as the flags ask. */
static void field(struct out *o, const struct spec *sp, const char *prefix,
		  const char *body, int len, int zeros)
{
	int plen = strlen(prefix);
	int fill = sp->width - plen - zeros - len;

	if (!(sp->flags & F_MINUS) && !(sp->flags & F_ZERO))
		pad(o, ' ', fill);
	emit(o, prefix, plen);
	if (!(sp->flags & F_MINUS) && (sp->flags & F_ZERO))
		pad(o, '0', fill);
	pad(o, '0', zeros);
	emit(o, body, len);
	if (sp->flags & F_MINUS)
		pad(o, ' ', fill);
}

static void number(struct out *o, struct spec *sp, unsigned long long v, int neg,
		   int base, int upper, const char *prefix)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[24];		/* 2^64 in octal is 22 digits */
	int len = 0, zeros;

	do {
		buf[sizeof(buf) - ++len] = digits[v % base];
		v /= base;
	} while (v);
	if (sp->prec == 0 && len == 1 && buf[sizeof(buf) - 1] == '0')
		len = 0;	/* "%.0d" of 0 prints nothing */
	if (sp->prec >= 0)
		sp->flags &= ~F_ZERO;	/* a precision overrides the 0 flag */
	zeros = sp->prec > len ? sp->prec - len : 0;
	if (neg)
		prefix = "-";
	field(o, sp, prefix, buf + sizeof(buf) - len, len, zeros);
}

/* Read flags, width and precision starting at *fmt; leave *fmt at the length. */
static void parse_spec(const char **fmt, struct spec *sp, va_list *ap)
{
	const char *f = *fmt;

	sp->flags = 0;
	for (;; f++) {
		if (*f == '-')
			sp->flags |= F_MINUS;
		else if (*f == '0')
			sp->flags |= F_ZERO;
		else if (*f == '+')
			sp->flags |= F_PLUS;
		else if (*f == ' ')
			sp->flags |= F_SPACE;
		else if (*f == '#')
			sp->flags |= F_ALT;
		else
			break;
	}
	sp->width = 0;
	if (*f == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {
			sp->flags |= F_MINUS;
			sp->width = -sp->width;
		}
		f++;
	}
	for (; *f >= '0' && *f <= '9'; f++)
		sp->width = sp->width * 10 + (*f - '0');
	sp->prec = -1;
	if (*f == '.') {
		f++;
		sp->prec = 0;
		if (*f == '*') {
			sp->prec = va_arg(*ap, int);
			if (sp->prec < 0)
				sp->prec = -1;
			f++;
		}
		for (; *f >= '0' && *f <= '9'; f++)
			sp->prec = sp->prec * 10 + (*f - '0');
	}
	*fmt = f;
}

/* Length modifiers, as the size in bytes of the argument they select. */
static int parse_length(const char **fmt)
{
	const char *f = *fmt;
	int size = sizeof(int);

	if (f[0] == 'h' && f[1] == 'h')
		size = 1, f += 2;
	else if (f[0] == 'h')
		size = 2, f++;
	else if (f[0] == 'l' && f[1] == 'l')
		size = sizeof(long long), f += 2;
	else if (f[0] == 'l' || f[0] == 'z' || f[0] == 't')
		size = sizeof(long), f++;
	else if (f[0] == 'j')
		size = sizeof(intmax_t), f++;
	*fmt = f;
	return size;
}

static unsigned long long get_unsigned(int size, va_list *ap)
{
	if (size == sizeof(long long) && sizeof(long long) != sizeof(long))
		return va_arg(*ap, unsigned long long);
	if (size == sizeof(long))
		return va_arg(*ap, unsigned long);
	if (size == 2)
		return (unsigned short)va_arg(*ap, unsigned int);
	if (size == 1)
		return (unsigned char)va_arg(*ap, unsigned int);
	return va_arg(*ap, unsigned int);
}

static long long get_signed(int size, va_list *ap)
{
	if (size == sizeof(long long) && sizeof(long long) != sizeof(long))
		return va_arg(*ap, long long);
	if (size == sizeof(long))
		return va_arg(*ap, long);
	if (size == 2)
		return (short)va_arg(*ap, int);
	if (size == 1)
		return (signed char)va_arg(*ap, int);
	return va_arg(*ap, int);
}

static void conversion(struct out *o, const char **fmt, va_list *ap)
{
	const char *start = *fmt - 1;	/* the '%' */
	struct spec sp;
	int size;
	char c;

	parse_spec(fmt, &sp, ap);
	size = parse_length(fmt);
	c = *(*fmt)++;
	switch (c) {
	case 'd':
	case 'i': {
		long long v = get_signed(size, ap);
		const char *sign = (sp.flags & F_PLUS) ? "+" :
				   (sp.flags & F_SPACE) ? " " : "";

		number(o, &sp, v < 0 ? 0ULL - v : (unsigned long long)v, v < 0, 10, 0,
		       sign);
		break;
	}
	case 'u':
		number(o, &sp, get_unsigned(size, ap), 0, 10, 0, "");
		break;
	case 'o': {
		unsigned long long v = get_unsigned(size, ap);
		/* '#': a leading 0 - unless the number already is just "0" */
		number(o, &sp, v, 0, 8, 0, (sp.flags & F_ALT) && v ? "0" : "");
		break;
	}
	case 'x':
	case 'X': {
		unsigned long long v = get_unsigned(size, ap);

		number(o, &sp, v, 0, 16, c == 'X',
		       (sp.flags & F_ALT) && v ? (c == 'X' ? "0X" : "0x") : "");
		break;
	}
	case 'p': {
		uintptr_t v = (uintptr_t)va_arg(*ap, void *);

		if (v)
			number(o, &sp, v, 0, 16, 0, "0x");
		else
			field(o, &sp, "", "(nil)", 5, 0);
		break;
	}
	case 'c': {
		char ch = (char)va_arg(*ap, int);

		field(o, &sp, "", &ch, 1, 0);
		break;
	}
	case 's': {
		const char *s = va_arg(*ap, const char *);

		if (!s)
			s = "(null)";
		field(o, &sp, "", s, sp.prec >= 0 ? strnlen(s, sp.prec) : strlen(s), 0);
		break;
	}
	case '%':
		emit(o, "%", 1);
		break;
	default:		/* unknown: print it as written */
		if (!c)
			(*fmt)--;
		emit(o, start, *fmt - start);
		break;
	}
}

int __format(void (*put)(void *ctx, const char *s, size_t n), void *ctx,
	     const char *fmt, va_list ap)
{
	struct out o = { put, ctx, 0 };
	va_list args;

	va_copy(args, ap);
	while (*fmt) {
		const char *pct = strchr(fmt, '%');
		size_t n = pct ? (size_t)(pct - fmt) : strlen(fmt);

		emit(&o, fmt, n);
		fmt += n;
		if (*fmt == '%') {
			fmt++;
			conversion(&o, &fmt, &args);
		}
	}
	va_end(args);
	return o.count;
}
