/* Number parsing (atoi, strtol, strtoul, strtoll, strtoull), abs. They follow C11:
 * leading space, sign, base 0 = auto (0x, 0), ERANGE and clamping on overflow.
 * One parser on unsigned long long serves every width. */
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

/* Parse the magnitude; *neg gets the sign. Saturates at max with ERANGE. */
static unsigned long long parse(const char *s, char **end, int base, int *neg,
				unsigned long long max)
{
	const char *start = s;
	unsigned long long v = 0;
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
		if (v > (max - d) / base)
			overflow = 1;
		v = v * base + d;
	}
	if (end)
		*end = (char *)(any ? s : start);
	if (overflow) {
		errno = ERANGE;
		return max;
	}
	return v;
}

unsigned long long strtoull(const char *s, char **end, int base)
{
	int neg;
	unsigned long long v = parse(s, end, base, &neg, ULLONG_MAX);

	return neg ? -v : v;
}

unsigned long strtoul(const char *s, char **end, int base)
{
	int neg;
	unsigned long v = parse(s, end, base, &neg, ULONG_MAX);

	return neg ? -v : v;
}

/* Signed: the magnitude may reach max + 1 when negative. */
static long long signed_parse(const char *s, char **end, int base,
			      long long min, long long max)
{
	int neg;
	unsigned long long v = parse(s, end, base, &neg, ULLONG_MAX);

	if (!neg && v > (unsigned long long)max) {
		errno = ERANGE;
		return max;
	}
	if (neg && v > (unsigned long long)max + 1) {
		errno = ERANGE;
		return min;
	}
	return neg ? (long long)(0ULL - v) : (long long)v;
}

long strtol(const char *s, char **end, int base)
{
	return signed_parse(s, end, base, LONG_MIN, LONG_MAX);
}

long long strtoll(const char *s, char **end, int base)
{
	return signed_parse(s, end, base, LLONG_MIN, LLONG_MAX);
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

int abs(int x)
{
	return x < 0 ? -x : x;
}

long labs(long x)
{
	return x < 0 ? -x : x;
}
