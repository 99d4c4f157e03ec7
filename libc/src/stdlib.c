/* Number parsing (atoi, strtol, strtoul), getenv, abs. strtol/strtoul follow C11:
 * leading space, sign, base 0 = auto (0x, 0), ERANGE and clamping on overflow. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* Parse the magnitude; *neg gets the sign. Saturates at ULONG_MAX with ERANGE. */
static unsigned long parse(const char *s, char **end, int base, int *neg)
{
	const char *start = s;
	unsigned long v = 0;
	int any = 0, overflow = 0, d;

	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	*neg = (*s == '-');
	if (*s == '-' || *s == '+')
		s++;
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] | 32) == 'x' &&
	    digit_value(s[2]) < 16) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = (*s == '0') ? 8 : 10;
	}
	for (; (d = digit_value(*s)) < base; s++, any = 1) {
		if (v > (ULONG_MAX - d) / base)
			overflow = 1;
		v = v * base + d;
	}
	if (end)
		*end = (char *)(any ? s : start);
	if (overflow) {
		errno = ERANGE;
		return ULONG_MAX;
	}
	return v;
}

unsigned long strtoul(const char *s, char **end, int base)
{
	int neg;
	unsigned long v = parse(s, end, base, &neg);

	return neg ? -v : v;
}

long strtol(const char *s, char **end, int base)
{
	int neg;
	unsigned long v = parse(s, end, base, &neg);

	if (!neg && v > (unsigned long)LONG_MAX) {
		errno = ERANGE;
		return LONG_MAX;
	}
	if (neg && v > (unsigned long)LONG_MAX + 1) {
		errno = ERANGE;
		return LONG_MIN;
	}
	return neg ? (long)(0UL - v) : (long)v;
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	for (e = environ; e && *e; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

int abs(int x)
{
	return x < 0 ? -x : x;
}

long labs(long x)
{
	return x < 0 ? -x : x;
}
