/*
 * ktest.h - in-kernel tests (`ktest` on the command line runs them all, `ktest=NAME`
 * one). A test is a function returning 0 on success; KEXPECT_* print what was seen
 * and what was expected when they fail. Verdicts go to the test channel (QEMU's
 * debugcon), never to the console, so log output cannot pass for a result.
 * KTEST_CRASH marks a test that must end the kernel (the #DF proof): it runs only
 * when named, in a boot of its own, and the harness checks how the kernel died.
 */
#ifndef _KTEST_H
#define _KTEST_H

#include <compiler.h>
#include <types.h>

struct ktest {
	const char *name;
	int (*fn)(void);
	bool crashes;
};

#define __KTEST(tname, crash)						\
	static int ktest_##tname(void);					\
	static const struct ktest __ktest_##tname			\
		__section(".ktests") __used __aligned(8) =		\
		{ #tname, ktest_##tname, crash };			\
	static int ktest_##tname(void)

#define KTEST(name)		__KTEST(name, false)
#define KTEST_CRASH(name)	__KTEST(name, true)

void ktest_fail(const char *file, int line, const char *what, long long saw,
		long long expected);

#define KEXPECT_EQ(saw, expected) do {					\
	long long __s = (long long)(saw), __e = (long long)(expected);	\
	if (__s != __e) {						\
		ktest_fail(__FILE__, __LINE__, #saw, __s, __e);		\
		return -1;						\
	}								\
} while (0)

#define KEXPECT_TRUE(cond)	KEXPECT_EQ(!!(cond), 1)

/* Runs the selected tests; returns the number that failed. */
int run_ktests(const char *which);
/* Writes one line to the test channel. */
void test_channel_printf(const char *fmt, ...) __printf(1, 2);

#endif
