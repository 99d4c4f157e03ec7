/* sleep.c: nanosleep and clock_getres. A sleep lasts at least what was asked
 * (CLOCK_MONOTONIC, read by syscall, measures it); a timespec with tv_nsec out of
 * 0..999999999 or a negative tv_sec is refused with -EINVAL before any sleeping. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include "util.h"

static long long now_ns(void)
{
	struct timespec ts;

	if (__syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, (long)&ts) != 0)
		return -1;
	return (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static long sys_nanosleep(long sec, long nsec)
{
	struct timespec req = { sec, nsec };

	return __syscall2(__NR_nanosleep, (long)&req, 0);
}

TAP_TEST(nanosleep_sleeps_at_least_the_time_asked)
{
	long long t0 = now_ns(), t1;

	expect_ret("nanosleep(20 ms)", sys_nanosleep(0, 20000000), 0);
	t1 = now_ns();
	if (t1 - t0 < 20000000) {
		char msg[100];

		snprintf(msg, sizeof(msg), "slept %lld ns, expected at least 20000000",
			 t1 - t0);
		tap_fail(__FILE__, __LINE__, msg);
	}
}

TAP_TEST(nanosleep_zero_returns_at_once)
{
	expect_ret("nanosleep(0)", sys_nanosleep(0, 0), 0);
}

TAP_TEST(nanosleep_nsec_of_a_second_gives_einval)
{
	expect_ret("nanosleep(0, 1000000000)", sys_nanosleep(0, 1000000000), -EINVAL);
}

TAP_TEST(nanosleep_negative_time_gives_einval)
{
	expect_ret("nanosleep(0, -1)", sys_nanosleep(0, -1), -EINVAL);
	expect_ret("nanosleep(-1, 0)", sys_nanosleep(-1, 0), -EINVAL);
}

TAP_TEST(clock_getres_monotonic_is_at_most_a_tick)
{
	struct timespec res = { -1, -1 };

	expect_ret("clock_getres", __syscall2(__NR_clock_getres, CLOCK_MONOTONIC,
					      (long)&res), 0);
	expect_ret("tv_sec", res.tv_sec, 0);
	EXPECT_TRUE(res.tv_nsec > 0 && res.tv_nsec <= 10000000);
}

TAP_TEST(clock_getres_invalid_clock_gives_einval)
{
	struct timespec res;

	expect_ret("clock_getres(16)", __syscall2(__NR_clock_getres, 16, (long)&res),
		   -EINVAL);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(nanosleep_sleeps_at_least_the_time_asked),
	TAP_ENTRY(nanosleep_zero_returns_at_once),
	TAP_ENTRY(nanosleep_nsec_of_a_second_gives_einval),
	TAP_ENTRY(nanosleep_negative_time_gives_einval),
	TAP_ENTRY(clock_getres_monotonic_is_at_most_a_tick),
	TAP_ENTRY(clock_getres_invalid_clock_gives_einval),
};

int main(void)
{
	return RUN_TESTS(tests);
}
