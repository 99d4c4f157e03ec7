/* vdso.c: the vDSO (DESIGN §8). Its clocks agree with the syscalls (a vDSO reading
 * lies between two syscall readings; the coarse clocks within a tick); invalid
 * clocks give -EINVAL from both; gettimeofday and time agree with clock_gettime.
 * 32-bit: AT_SYSINFO is __kernel_vsyscall, which uses the instruction we expect. */
#include <elf.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <vdso.h>
#include <sys/auxv.h>
#include <sys/time.h>
#include "util.h"

#define NSEC_PER_SEC	1000000000LL
#define COARSE_SLACK_NS	20000000LL	/* two ticks at HZ=100 */

typedef int clock_gettime_fn(clockid_t, struct timespec *);
typedef int gettimeofday_fn(struct timeval *, struct timezone *);
typedef time_t time_fn(time_t *);

static void *vdso_fn(const char *name)
{
	void *f = __vdso_sym("LINUX_2.6", name);

	if (!f)
		test_skip(getauxval(AT_SYSINFO_EHDR) ? "symbol missing" : "no vDSO");
	return f;
}

static long long ns(const struct timespec *t)
{
	return (long long)t->tv_sec * NSEC_PER_SEC + t->tv_nsec;
}

static long sys_clock_gettime(clockid_t clk, struct timespec *ts)
{
	return __syscall2(__NR_clock_gettime, clk, (long)ts);
}

/* syscall, vDSO, syscall: the middle reading must lie between the others. */
static void expect_between(clockid_t clk, const char *name)
{
	clock_gettime_fn *vdso = vdso_fn("__vdso_clock_gettime");
	struct timespec a, v, b;
	char what[64];
	int i;

	for (i = 0; vdso && i < 100 && !tap_failed_now; i++) {
		expect_ret("syscall", sys_clock_gettime(clk, &a), 0);
		snprintf(what, sizeof(what), "vDSO clock_gettime(%s)", name);
		expect_ret(what, vdso(clk, &v), 0);
		expect_ret("syscall", sys_clock_gettime(clk, &b), 0);
		EXPECT_TRUE(ns(&a) <= ns(&v) && ns(&v) <= ns(&b));
		EXPECT_TRUE(v.tv_nsec >= 0 && v.tv_nsec < NSEC_PER_SEC);
	}
}

TAP_TEST(vdso_realtime_between_syscalls)
{
	expect_between(CLOCK_REALTIME, "CLOCK_REALTIME");
}

TAP_TEST(vdso_monotonic_between_syscalls)
{
	expect_between(CLOCK_MONOTONIC, "CLOCK_MONOTONIC");
}

TAP_TEST(vdso_boottime_between_syscalls)
{
	expect_between(CLOCK_BOOTTIME, "CLOCK_BOOTTIME");
}

/* A coarse clock lags its fine clock by less than a tick, never leads it. */
static void expect_coarse(clockid_t coarse, clockid_t fine)
{
	clock_gettime_fn *vdso = vdso_fn("__vdso_clock_gettime");
	struct timespec a, v, b;

	if (!vdso)
		return;
	expect_ret("syscall", sys_clock_gettime(fine, &a), 0);
	expect_ret("vDSO coarse", vdso(coarse, &v), 0);
	expect_ret("syscall", sys_clock_gettime(fine, &b), 0);
	EXPECT_TRUE(ns(&a) - COARSE_SLACK_NS <= ns(&v));
	EXPECT_TRUE(ns(&v) <= ns(&b));
	expect_ret("syscall coarse", sys_clock_gettime(coarse, &b), 0);
	EXPECT_TRUE(ns(&v) <= ns(&b));
}

TAP_TEST(vdso_realtime_coarse_within_a_tick)
{
	expect_coarse(CLOCK_REALTIME_COARSE, CLOCK_REALTIME);
}

TAP_TEST(vdso_monotonic_coarse_within_a_tick)
{
	expect_coarse(CLOCK_MONOTONIC_COARSE, CLOCK_MONOTONIC);
}

static const clockid_t bad_clocks[] = { -1, 16, INT_MAX, INT_MIN };

TAP_TEST(vdso_invalid_clocks_give_einval)
{
	clock_gettime_fn *vdso = vdso_fn("__vdso_clock_gettime");
	struct timespec ts;
	char what[64];
	unsigned int i;

	for (i = 0; vdso && i < sizeof(bad_clocks) / sizeof(bad_clocks[0]); i++) {
		snprintf(what, sizeof(what), "vDSO clock_gettime(%d)", bad_clocks[i]);
		expect_ret(what, vdso(bad_clocks[i], &ts), -EINVAL);
	}
}

TAP_TEST(syscall_invalid_clocks_give_einval)
{
	struct timespec ts;
	char what[64];
	unsigned int i;

	for (i = 0; i < sizeof(bad_clocks) / sizeof(bad_clocks[0]); i++) {
		snprintf(what, sizeof(what), "clock_gettime(%d)", bad_clocks[i]);
		expect_ret(what, sys_clock_gettime(bad_clocks[i], &ts), -EINVAL);
	}
}

TAP_TEST(vdso_clock_getres_matches_syscall)
{
	clock_gettime_fn *vdso = vdso_fn("__vdso_clock_getres");
	static const clockid_t clocks[] = {
		CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_COARSE,
	};
	struct timespec v, s;
	unsigned int i;

	for (i = 0; vdso && i < sizeof(clocks) / sizeof(clocks[0]); i++) {
		expect_ret("vDSO clock_getres", vdso(clocks[i], &v), 0);
		expect_ret("clock_getres", __syscall2(__NR_clock_getres, clocks[i],
						      (long)&s), 0);
		expect_ret("resolution", ns(&v), ns(&s));
	}
}

static long long us(const struct timeval *tv)
{
	return (long long)tv->tv_sec * 1000000 + tv->tv_usec;
}

TAP_TEST(vdso_gettimeofday_agrees_with_realtime)
{
	gettimeofday_fn *vdso = vdso_fn("__vdso_gettimeofday");
	struct timespec a, b;
	struct timeval tv;

	if (!vdso)
		return;
	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME, &a), 0);
	expect_ret("vDSO gettimeofday", vdso(&tv, NULL), 0);
	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME, &b), 0);
	EXPECT_TRUE(ns(&a) / 1000 <= us(&tv) && us(&tv) <= ns(&b) / 1000);
}

TAP_TEST(syscall_gettimeofday_agrees_with_realtime)
{
	struct timespec a, b;
	struct timeval tv;

	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME, &a), 0);
	expect_ret("gettimeofday", __syscall2(__NR_gettimeofday, (long)&tv, 0), 0);
	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME, &b), 0);
	EXPECT_TRUE(ns(&a) / 1000 <= us(&tv) && us(&tv) <= ns(&b) / 1000);
}

/* time() may count whole seconds of the coarse clock (Linux does), so it can lag
 * CLOCK_REALTIME by a tick: compare it with the coarse clock before and the fine
 * one after. */
TAP_TEST(vdso_time_agrees_with_realtime)
{
	time_fn *vdso = vdso_fn("__vdso_time");
	struct timespec a, b;
	time_t t, t2 = 0;

	if (!vdso)
		return;
	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME_COARSE, &a), 0);
	t = vdso(&t2);
	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME, &b), 0);
	EXPECT_TRUE(a.tv_sec <= t && t <= b.tv_sec);
	expect_ret("*t", t2, t);
}

TAP_TEST(syscall_time_agrees_with_realtime)
{
	struct timespec a, b;
	time_t t, t2 = 0;

	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME_COARSE, &a), 0);
	t = __syscall1(__NR_time, (long)&t2);
	expect_ret("syscall", sys_clock_gettime(CLOCK_REALTIME, &b), 0);
	EXPECT_TRUE(a.tv_sec <= t && t <= b.tv_sec);
	expect_ret("*t", t2, t);
}

#ifdef __i386__
/* The y2038-safe pair: __vdso_clock_gettime64 and clock_gettime64 (403). */
struct timespec64 {
	long long tv_sec, tv_nsec;
};

TAP_TEST(vdso_clock_gettime64_between_syscalls)
{
	int (*vdso)(clockid_t, struct timespec64 *) = vdso_fn("__vdso_clock_gettime64");
	struct timespec64 a, v, b;

	if (!vdso)
		return;
	expect_ret("clock_gettime64", __syscall2(__NR_clock_gettime64,
						 CLOCK_MONOTONIC, (long)&a), 0);
	expect_ret("vDSO clock_gettime64", vdso(CLOCK_MONOTONIC, &v), 0);
	expect_ret("clock_gettime64", __syscall2(__NR_clock_gettime64,
						 CLOCK_MONOTONIC, (long)&b), 0);
	EXPECT_TRUE(a.tv_sec * NSEC_PER_SEC + a.tv_nsec <=
		    v.tv_sec * NSEC_PER_SEC + v.tv_nsec);
	EXPECT_TRUE(v.tv_sec * NSEC_PER_SEC + v.tv_nsec <=
		    b.tv_sec * NSEC_PER_SEC + b.tv_nsec);
}

TAP_TEST(at_sysinfo_is_kernel_vsyscall)
{
	void *k = __vdso_sym("LINUX_2.5", "__kernel_vsyscall");

	if (!getauxval(AT_SYSINFO_EHDR)) {
		test_skip("no vDSO");
		return;
	}
	EXPECT_PTR_EQ((void *)getauxval(AT_SYSINFO), k);
}

/* The two bytes before __kernel_vsyscall's int $0x80 (cd 80): sysenter (0f 34),
 * syscall (0f 05), or neither when the fast path is patched out. */
static const char *vsyscall_instruction(const unsigned char *k)
{
	int i;

	for (i = 2; i < 32; i++)
		if (k[i] == 0xcd && k[i + 1] == 0x80) {
			if (k[i - 2] == 0x0f && k[i - 1] == 0x34)
				return "sysenter";
			if (k[i - 2] == 0x0f && k[i - 1] == 0x05)
				return "syscall";
			return "int80";
		}
	return "no int $0x80";
}

TAP_TEST(kernel_vsyscall_uses_expected_instruction)
{
	const unsigned char *k = (const unsigned char *)getauxval(AT_SYSINFO);
	const char *want;
	char vendor[13];

	cpu_vendor(vendor);
	if (env_is("expect_vsyscall", "int80"))
		want = "int80";
	else if (strcmp(vendor, "GenuineIntel") == 0)
		want = "sysenter";
	else if (strcmp(vendor, "AuthenticAMD") == 0)
		want = "syscall";
	else
		want = NULL;
	if (!k || !want) {
		test_skip(k ? "CPU vendor neither Intel nor AMD" : "no AT_SYSINFO");
		return;
	}
	EXPECT_STREQ(vsyscall_instruction(k), want);
}
#endif

static const struct tap_test tests[] = {
	TAP_ENTRY(vdso_realtime_between_syscalls),
	TAP_ENTRY(vdso_monotonic_between_syscalls),
	TAP_ENTRY(vdso_boottime_between_syscalls),
	TAP_ENTRY(vdso_realtime_coarse_within_a_tick),
	TAP_ENTRY(vdso_monotonic_coarse_within_a_tick),
	TAP_ENTRY(vdso_invalid_clocks_give_einval),
	TAP_ENTRY(syscall_invalid_clocks_give_einval),
	TAP_ENTRY(vdso_clock_getres_matches_syscall),
	TAP_ENTRY(vdso_gettimeofday_agrees_with_realtime),
	TAP_ENTRY(syscall_gettimeofday_agrees_with_realtime),
	TAP_ENTRY(vdso_time_agrees_with_realtime),
	TAP_ENTRY(syscall_time_agrees_with_realtime),
#ifdef __i386__
	TAP_ENTRY(vdso_clock_gettime64_between_syscalls),
	TAP_ENTRY(at_sysinfo_is_kernel_vsyscall),
	TAP_ENTRY(kernel_vsyscall_uses_expected_instruction),
#endif
};

int main(void)
{
	return RUN_TESTS(tests);
}
