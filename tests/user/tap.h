/* tap.h: a header-only TAP helper for ring-3 test programs. A test is a function
 * named by the behaviour it checks; a program lists them in a table and hands it to
 * tap_run(), which prints `ok - name` or `not ok - name: saw X, expected Y` per test
 * and a final `# tests=N failed=M`, and returns the exit status (0 all passed, 1 not).
 * Needs only printf/snprintf, so it works with Trapdoor's libc and the host's. */
#ifndef TAP_H
#define TAP_H

#include <stdio.h>
#include <string.h>

struct tap_test {
	const char *name;
	void (*fn)(void);
};

/* State of the test being run: the first failure's message wins. Weak, so that a
 * test program split over several files shares one copy. */
__attribute__((weak)) int tap_failed_now;
__attribute__((weak)) char tap_why[256];

#define TAP_TEST(name) static void name(void)
#define TAP_ENTRY(name) { #name, name }
#define TAP_COUNT(table) ((int)(sizeof(table) / sizeof((table)[0])))

static inline void tap_fail(const char *file, int line, const char *what)
{
	printf("# %s:%d: %s\n", file, line, what);
	if (!tap_failed_now)
		snprintf(tap_why, sizeof(tap_why), "%s", what);
	tap_failed_now = 1;
}

/* Integer comparison, values shown in decimal and hex. */
#define EXPECT_EQ(saw, expected)					\
	do {								\
		long long tap_s_ = (long long)(saw);			\
		long long tap_e_ = (long long)(expected);		\
		if (tap_s_ != tap_e_) {					\
			char tap_m_[200];				\
			snprintf(tap_m_, sizeof(tap_m_),		\
				 "%s: saw %lld (0x%llx), expected %lld (0x%llx)", \
				 #saw, tap_s_, (unsigned long long)tap_s_, \
				 tap_e_, (unsigned long long)tap_e_);	\
			tap_fail(__FILE__, __LINE__, tap_m_);		\
		}							\
	} while (0)

#define EXPECT_NE(saw, unexpected)					\
	do {								\
		long long tap_s_ = (long long)(saw);			\
		if (tap_s_ == (long long)(unexpected)) {		\
			char tap_m_[200];				\
			snprintf(tap_m_, sizeof(tap_m_),		\
				 "%s: saw %lld (0x%llx), expected anything else", \
				 #saw, tap_s_, (unsigned long long)tap_s_); \
			tap_fail(__FILE__, __LINE__, tap_m_);		\
		}							\
	} while (0)

#define EXPECT_TRUE(cond)						\
	do {								\
		if (!(cond))						\
			tap_fail(__FILE__, __LINE__,			\
				 "saw false, expected " #cond);		\
	} while (0)

#define EXPECT_PTR_EQ(saw, expected)					\
	do {								\
		const void *tap_s_ = (saw), *tap_e_ = (expected);	\
		if (tap_s_ != tap_e_) {					\
			char tap_m_[200];				\
			snprintf(tap_m_, sizeof(tap_m_),		\
				 "%s: saw %p, expected %p", #saw,	\
				 tap_s_, tap_e_);			\
			tap_fail(__FILE__, __LINE__, tap_m_);		\
		}							\
	} while (0)

#define EXPECT_STREQ(saw, expected)					\
	do {								\
		const char *tap_s_ = (saw), *tap_e_ = (expected);	\
		if (!tap_s_ || strcmp(tap_s_, tap_e_) != 0) {		\
			char tap_m_[200];				\
			snprintf(tap_m_, sizeof(tap_m_),		\
				 "%s: saw \"%s\", expected \"%s\"", #saw, \
				 tap_s_ ? tap_s_ : "(null)", tap_e_);	\
			tap_fail(__FILE__, __LINE__, tap_m_);		\
		}							\
	} while (0)

static inline int tap_run(const struct tap_test *tests, int n)
{
	int i, failed = 0;

	printf("1..%d\n", n);
	for (i = 0; i < n; i++) {
		tap_failed_now = 0;
		tap_why[0] = '\0';
		fflush(stdout);
		tests[i].fn();
		if (tap_failed_now) {
			failed++;
			printf("not ok - %s: %s\n", tests[i].name, tap_why);
		} else {
			printf("ok - %s\n", tests[i].name);
		}
		fflush(stdout);
	}
	printf("# tests=%d failed=%d\n", n, failed);
	fflush(stdout);
	return failed ? 1 : 0;
}

#endif
