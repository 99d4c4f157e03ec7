/*
 * kernel/ktest.c - run the in-kernel tests collected in the .ktests section and
 * write one TAP-style verdict per test to the test channel:
 *	ok - kmalloc_no_leak
 *	not ok - nmi_runs_on_ist: nmi_last_sp in IST2: saw 0 (0x0), expected 1 (0x1)
 * and finally "# ktest done: N passed, M failed".
 */
#include <ktest.h>
#include <printk.h>
#include <string.h>
#include <asm/platform.h>

extern const struct ktest __ktests_start[], __ktests_end[];
static char fail_msg[256];

void test_channel_printf(const char *fmt, ...)
{
	char buf[320];
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	debugcon_write(buf, MIN(n, (int)sizeof(buf) - 1));
}

void ktest_fail(const char *file, int line, const char *what, long long saw,
		long long expected)
{
	snprintf(fail_msg, sizeof(fail_msg), "%s: saw %lld (0x%llx), expected %lld (0x%llx) at %s:%d",
		 what, saw, (unsigned long long)saw, expected, (unsigned long long)expected,
		 file, line);
}

int run_ktests(const char *which)
{
	int passed = 0, failed = 0;

	for (const struct ktest *t = __ktests_start; t < __ktests_end; t++) {
		bool named = which && *which && !strcmp(which, t->name);
		if (!named && (t->crashes || (which && *which)))
			continue;
		fail_msg[0] = 0;
		pr_info("ktest: running %s\n", t->name);
		int r = t->fn();
		if (r == 0) {
			passed++;
			test_channel_printf("ok - ktest.%s\n", t->name);
		} else {
			failed++;
			test_channel_printf("not ok - ktest.%s: %s\n", t->name,
					    fail_msg[0] ? fail_msg : "returned an error");
			pr_err("ktest: %s FAILED: %s\n", t->name, fail_msg);
		}
	}
	test_channel_printf("# ktest done: %d passed, %d failed\n", passed, failed);
	pr_info("ktest: %d passed, %d failed\n", passed, failed);
	return failed;
}
