/* Host tests of the portable parts: the printf formatter (through snprintf), stdio
 * output, string functions, number parsing, getenv and strerror. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "hosttest.h"

#define EXPECT_FMT(expected, ...)					\
	do {								\
		char fmt_buf_[128];					\
		snprintf(fmt_buf_, sizeof(fmt_buf_), __VA_ARGS__);	\
		EXPECT_STREQ(fmt_buf_, expected);			\
	} while (0)

TAP_TEST(snprintf_integers)
{
	EXPECT_FMT("42 -7 +5  5", "%d %i %+d % d", 42, -7, 5, 5);
	EXPECT_FMT("4294967295 ffffffff FFFFFFFF 777", "%u %x %X %o", -1u, -1u, -1u, 0777);
	EXPECT_FMT("-9223372036854775808", "%lld", LLONG_MIN);
	EXPECT_FMT("18446744073709551615", "%llu", ULLONG_MAX);
	EXPECT_FMT("123456789abcdef0", "%llx", 0x123456789abcdef0ULL);
	EXPECT_FMT("-2147483648 2147483647", "%ld %ld", (long)INT_MIN, (long)INT_MAX);
	EXPECT_FMT("ff", "%lx", 255UL);
	EXPECT_FMT("4096 -1", "%zu %zd", (size_t)4096, (ssize_t)-1);
	EXPECT_FMT("200 -56 65535", "%hhu %hhd %hu", 200, 200, 65535);
	EXPECT_FMT("0x1f 017 0", "%#x %#o %#x", 31, 15, 0);
	EXPECT_FMT("0 010", "%#o %#o", 0, 8);		/* C: no extra 0 before a 0 */
}

/* Hidden from gcc, which would reject a literal NULL for %s at compile time. */
static const char *volatile null_string;

TAP_TEST(snprintf_width_precision_flags)
{
	EXPECT_FMT("[   42][42   ][00042]", "[%5d][%-5d][%05d]", 42, 42, 42);
	EXPECT_FMT("[  -42][-0042][-42  ]", "[%5d][%05d][%-5d]", -42, -42, -42);
	EXPECT_FMT("[  007][007]", "[%5.3d][%.3d]", 7, 7);
	EXPECT_FMT("[][   ]", "[%.0d][%3.0d]", 0, 0);
	EXPECT_FMT("[0x00ff]", "[%#06x]", 255);
	EXPECT_FMT("[  abc][abc  ][ab]", "[%5s][%-5s][%.2s]", "abc", "abc", "abcdef");
	EXPECT_FMT("[   hi][hi   ]", "[%*s][%-*s]", 5, "hi", 5, "hi");
	EXPECT_FMT("[ab]", "[%.*s]", 2, "abcdef");
	EXPECT_FMT("x % y", "x %% y");
	EXPECT_FMT("[c][  c]", "[%c][%3c]", 'c', 'c');
	EXPECT_FMT("(null)", "%s", null_string);
}

TAP_TEST(snprintf_pointers)
{
	EXPECT_FMT("0x1000", "%p", (void *)0x1000);
	EXPECT_FMT("(nil)", "%p", (void *)0);
	EXPECT_FMT("[    0xabc]", "[%9p]", (void *)0xabc);
}

TAP_TEST(snprintf_truncates_and_counts)
{
	char buf[8];

	memset(buf, 'Z', sizeof(buf));
	EXPECT_EQ(snprintf(buf, sizeof(buf), "hello, world"), 12);
	EXPECT_STREQ(buf, "hello, ");
	EXPECT_EQ(snprintf(buf, 0, "%d", 12345), 5);
	EXPECT_EQ(buf[0], 'h');			/* size 0: nothing written */
	EXPECT_EQ(snprintf(buf, 1, "abc"), 3);
	EXPECT_EQ(buf[0], '\0');
	EXPECT_EQ(sprintf(buf, "%s-%d", "ab", 9), 4);
	EXPECT_STREQ(buf, "ab-9");
}

TAP_TEST(printf_smoke)
{
	int n = printf("# printf smoke: %s %d 0x%x %c%%\n", "hello", 42, 0xbeef, '!');

	EXPECT_EQ(n, 35);
	EXPECT_EQ(fputs("# fputs ok\n", stdout), 0);
	EXPECT_EQ(puts("# puts ok"), 0);
	EXPECT_EQ(putchar('#'), '#');
	EXPECT_EQ(putchar('\n'), '\n');
	EXPECT_EQ(fprintf(stdout, "# fprintf %s\n", "ok"), 13);
	EXPECT_EQ(fflush(stdout), 0);
	EXPECT_EQ(fprintf(stderr, "%s", ""), 0);
	EXPECT_EQ(fileno(stderr), 2);
}

TAP_TEST(string_functions)
{
	char buf[32];

	EXPECT_EQ(strlen("hello"), 5);
	EXPECT_EQ(strnlen("hello", 3), 3);
	EXPECT_TRUE(strcmp("abc", "abd") < 0);
	EXPECT_TRUE(strcmp("abc", "abc") == 0);
	EXPECT_TRUE(strcmp("\xff", "a") > 0);		/* compared as unsigned */
	EXPECT_EQ(strncmp("abcX", "abcY", 3), 0);
	EXPECT_STREQ(strchr("a/b/c", '/'), "/b/c");
	EXPECT_STREQ(strrchr("a/b/c", '/'), "/c");
	EXPECT_TRUE(strchr("abc", 'z') == NULL);
	EXPECT_STREQ(strstr("hello world", "o w"), "o world");
	EXPECT_TRUE(strstr("hello", "xyz") == NULL);
	strcpy(buf, "0123456789");
	memmove(buf + 2, buf, 5);
	EXPECT_STREQ(buf, "0101234789");
	memmove(buf, buf + 2, 5);
	EXPECT_STREQ(buf, "0123434789");
	memset(buf, 'x', 3);
	EXPECT_EQ(memcmp(buf, "xxx3", 4), 0);
	strncpy(buf, "ab", 5);
	EXPECT_EQ(buf[2] | buf[3] | buf[4], 0);
	EXPECT_STREQ(strerror(EBADF), "Bad file descriptor");
	EXPECT_STREQ(strerror(EFAULT), "Bad address");
	EXPECT_STREQ(strerror(9999), "Unknown error 9999");
}

TAP_TEST(number_parsing)
{
	char *end;

	EXPECT_EQ(atoi("  -123xyz"), -123);
	EXPECT_EQ(strtol("0x1F", &end, 0), 31);
	EXPECT_EQ(*end, '\0');
	EXPECT_EQ(strtol("017", NULL, 0), 15);
	EXPECT_EQ(strtol("z", &end, 36), 35);
	EXPECT_EQ(strtoul("4294967295", NULL, 10), 4294967295UL);
	errno = 0;
	EXPECT_EQ(strtol("99999999999999999999", NULL, 10), LONG_MAX);
	EXPECT_EQ(errno, ERANGE);
	EXPECT_EQ(strtol("abc", &end, 10), 0);
	EXPECT_STREQ(end, "abc");
}

TAP_TEST(getenv_reads_environ)
{
	char *fake[] = { "A=1", "PATHX=no", "PATH=/bin", "EMPTY=", NULL };
	char **saved = environ;

	environ = fake;
	EXPECT_STREQ(getenv("PATH"), "/bin");
	EXPECT_STREQ(getenv("EMPTY"), "");
	EXPECT_TRUE(getenv("PAT") == NULL);
	environ = saved;
}

static const struct tap_test tests[] = {
	TAP_ENTRY(snprintf_integers),
	TAP_ENTRY(snprintf_width_precision_flags),
	TAP_ENTRY(snprintf_pointers),
	TAP_ENTRY(snprintf_truncates_and_counts),
	TAP_ENTRY(printf_smoke),
	TAP_ENTRY(string_functions),
	TAP_ENTRY(number_parsing),
	TAP_ENTRY(getenv_reads_environ),
};
TAP_SUITE(stdio_suite, tests);
