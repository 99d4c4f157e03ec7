/*
 * time_tests.c - the vDSO's time functions and getcpu on the host (DESIGN §8): the
 * fallback gives the kernel's answer, the TSC path gives base + delta, the seqcount
 * never lets a torn update through, and clock_gettime stays short.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "hosttest.h"

/* The ABI's own timespec: 32-bit fields in the i386 image's __vdso_clock_gettime. */
struct vts { long tv_sec; long tv_nsec; };

static int (*v_gettime)(int, struct vts *);
static int (*v_gettimeofday)(struct timeval *, struct timezone *);
static long (*v_time)(long *);
static int (*v_getres)(int, struct vts *);
static long (*v_getcpu)(unsigned *, unsigned *, void *);
static uint32_t tsc_mult, tsc_shift = 24;
#define ALL_CLOCKS	0xffffU
#define FAR_FUTURE	(1ULL << 62)	/* cycle_last after now: delta counts as 0 */

static int64_t vts_ns(const struct vts *v)
{
	return (int64_t)v->tv_sec * 1000000000 + v->tv_nsec;
}

static int64_t host_ns(int clk)
{
	struct timespec ts;

	syscall(SYS_clock_gettime, clk, &ts);	/* the kernel itself, not its vDSO */
	return ts_ns(&ts);
}

static void publish(int mode, uint32_t valid, uint64_t cycle_last)
{
	vvar_begin();
	vvar_set_mode(vdso.vvar, mode, valid);
	vvar_set_tsc(vdso.vvar, cycle_last, tsc_mult, tsc_shift);
	vvar_set_res(vdso.vvar, 1, 10000000);
	vvar_end();
}

static void set_base(int clk, uint64_t sec, uint64_t nsec)
{
	vvar_begin();
	vvar_set_base(vdso.vvar, clk, sec, nsec);
	vvar_end();
}

static const char *fallback_when_clock_mode_none(void)
{
	static const int clocks[] = { CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME,
				      CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE };
	unsigned i;

	vvar_begin();
	vvar_clear(vdso.vvar);		/* all bases 0: only the syscall gets it right */
	vvar_end();
	publish(vvar_mode_none, ALL_CLOCKS, 0);
	for (i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
		int64_t before = host_ns(clocks[i]), after;
		struct vts v;
		int r = v_gettime(clocks[i], &v);

		after = host_ns(clocks[i]);
		if (r || vts_ns(&v) < before || vts_ns(&v) > after)
			return fail("clock %d: got %d, %ld.%09ld, kernel said %lld..%lld",
				    clocks[i], r, v.tv_sec, v.tv_nsec,
				    (long long)before, (long long)after);
	}
	return NULL;
}

static const char *invalid_clock_gives_einval(void)
{
	static const int clocks[] = { -1, 16, 100, INT_MIN, INT_MAX };
	struct vts v;
	unsigned i;
	int mode, r;

	for (mode = 0; mode < 2; mode++) {
		publish(mode ? vvar_mode_tsc : vvar_mode_none, ALL_CLOCKS, rdtsc());
		for (i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
			if ((r = v_gettime(clocks[i], &v)) != -EINVAL)
				return fail("clock_gettime(%d) = %d, want %d",
					    clocks[i], r, -EINVAL);
			if ((r = v_getres(clocks[i], &v)) != -EINVAL)
				return fail("clock_getres(%d) = %d, want %d",
					    clocks[i], r, -EINVAL);
		}
	}
	return NULL;
}

static const char *unpublished_clock_uses_syscall(void)
{
	struct vts v;
	int r;

	set_base(CLOCK_REALTIME, 0, 0);
	publish(vvar_mode_tsc, ALL_CLOCKS & ~(1U << CLOCK_REALTIME) &
		~(1U << CLOCK_PROCESS_CPUTIME_ID), rdtsc());
	if ((r = v_gettime(CLOCK_PROCESS_CPUTIME_ID, &v)) || vts_ns(&v) <= 0)
		return fail("CPUTIME: %d, %ld.%09ld", r, v.tv_sec, v.tv_nsec);
	r = v_gettime(CLOCK_REALTIME, &v);
	if (r || v.tv_sec < 1000000000)		/* after 2001: the real clock */
		return fail("REALTIME not in clock_valid: %d, %ld s", r, v.tv_sec);
	return NULL;
}

static const char *tsc_path_is_base_plus_delta(void)
{
	struct vts v;
	int64_t d;

	set_base(CLOCK_MONOTONIC, 1000, 999999000);
	publish(vvar_mode_tsc, ALL_CLOCKS, rdtsc());
	if (v_gettime(CLOCK_MONOTONIC, &v))
		return fail("returned non-zero");
	d = vts_ns(&v) - (1000LL * 1000000000 + 999999000);
	if (v.tv_nsec >= 1000000000 || d < 0 || d > 50000000)
		return fail("%ld.%09ld is not base 1000.999999000 + a little",
			    v.tv_sec, v.tv_nsec);
	return NULL;
}

static const char *tsc_path_tracks_kernel_clock(void)
{
	int64_t base = host_ns(CLOCK_MONOTONIC), diff;
	uint64_t tsc = rdtsc();
	struct vts v;

	set_base(CLOCK_MONOTONIC, base / 1000000000, base % 1000000000);
	publish(vvar_mode_tsc, ALL_CLOCKS, tsc);
	usleep(20000);
	v_gettime(CLOCK_MONOTONIC, &v);
	diff = vts_ns(&v) - host_ns(CLOCK_MONOTONIC);
	if (vts_ns(&v) - base < 19000000 || diff > 1000000 || diff < -1000000)
		return fail("vDSO %lld ns after the base, %lld ns off the kernel",
			    (long long)(vts_ns(&v) - base), (long long)diff);
	return NULL;
}

static const char *tsc_behind_cycle_last_counts_zero(void)
{
	struct vts v;

	set_base(CLOCK_BOOTTIME, 42, 7);
	publish(vvar_mode_tsc, ALL_CLOCKS, rdtsc() + (1ULL << 40));
	if (v_gettime(CLOCK_BOOTTIME, &v) || v.tv_sec != 42 || v.tv_nsec != 7)
		return fail("got %ld.%09ld, want 42.000000007", v.tv_sec, v.tv_nsec);
	return NULL;
}

static const char *coarse_clocks_are_basetime(void)
{
	struct vts r, m;

	set_base(CLOCK_REALTIME_COARSE, 123, 456789);
	set_base(CLOCK_MONOTONIC_COARSE, 77, 999999999);
	publish(vvar_mode_tsc, ALL_CLOCKS, rdtsc());
	v_gettime(CLOCK_REALTIME_COARSE, &r);
	v_gettime(CLOCK_MONOTONIC_COARSE, &m);
	if (r.tv_sec != 123 || r.tv_nsec != 456789 || m.tv_sec != 77 ||
	    m.tv_nsec != 999999999)
		return fail("got %ld.%09ld and %ld.%09ld", r.tv_sec, r.tv_nsec,
			    m.tv_sec, m.tv_nsec);
	return NULL;
}

static const char *gettimeofday_reads_realtime_and_tz(void)
{
	struct timeval tv;
	struct timezone tz = { 0, 0 }, tz2 = { 0, 0 };
	int r;

	set_base(CLOCK_REALTIME, 5000, 123456789);
	vvar_begin();
	vvar_set_tz(vdso.vvar, -60, 1);
	vvar_end();
	publish(vvar_mode_tsc, ALL_CLOCKS, FAR_FUTURE);
	r = v_gettimeofday(&tv, &tz);
	if (r || tv.tv_sec != 5000 || tv.tv_usec != 123456)
		return fail("%d, %ld.%06ld, want 5000.123456", r, (long)tv.tv_sec,
			    (long)tv.tv_usec);
	if (tz.tz_minuteswest != -60 || tz.tz_dsttime != 1)
		return fail("tz %d/%d, want -60/1", tz.tz_minuteswest, tz.tz_dsttime);
	if (v_gettimeofday(NULL, &tz2) || tz2.tz_minuteswest != -60)
		return fail("NULL tv: tz not filled");
	if (v_gettimeofday(NULL, NULL))
		return fail("NULL, NULL did not return 0");
	return NULL;
}

static const char *gettimeofday_falls_back(void)
{
	struct timeval tv;
	int64_t before, after;

	publish(vvar_mode_none, ALL_CLOCKS, 0);
	before = host_ns(CLOCK_REALTIME) / 1000;
	if (v_gettimeofday(&tv, NULL))
		return fail("returned non-zero");
	after = host_ns(CLOCK_REALTIME) / 1000;
	if ((int64_t)tv.tv_sec * 1000000 + tv.tv_usec < before ||
	    (int64_t)tv.tv_sec * 1000000 + tv.tv_usec > after)
		return fail("%ld.%06ld not within the kernel's readings",
			    (long)tv.tv_sec, (long)tv.tv_usec);
	return NULL;
}

static const char *time_reads_coarse_seconds(void)
{
	long t = 0, r;

	set_base(CLOCK_REALTIME_COARSE, 7777, 5);
	publish(vvar_mode_tsc, ALL_CLOCKS, FAR_FUTURE);
	if ((r = v_time(NULL)) != 7777 || v_time(&t) != 7777 || t != 7777)
		return fail("time() %ld, *t %ld, want 7777", r, t);
	set_base(CLOCK_REALTIME, 8888, 0);	/* no COARSE: REALTIME's seconds */
	publish(vvar_mode_tsc, ALL_CLOCKS & ~(1U << CLOCK_REALTIME_COARSE), FAR_FUTURE);
	if ((r = v_time(NULL)) != 8888)
		return fail("without REALTIME_COARSE: %ld, want 8888", r);
	publish(vvar_mode_none, ALL_CLOCKS, 0);
	r = v_time(&t);
	if (r < time(NULL) - 1 || r > time(NULL) || t != r)
		return fail("fallback: %ld / %ld, kernel says %ld", r, t, (long)time(NULL));
	return NULL;
}

static const char *clock_getres_reports_resolutions(void)
{
	struct vts v, mono, coarse;
	struct timespec host;

	publish(vvar_mode_tsc, ALL_CLOCKS, rdtsc());
	if (v_getres(CLOCK_MONOTONIC, &mono) || v_getres(CLOCK_MONOTONIC_COARSE, &coarse) ||
	    v_getres(CLOCK_REALTIME, NULL))
		return fail("non-zero return");
	if (mono.tv_sec || mono.tv_nsec != 1 || coarse.tv_sec || coarse.tv_nsec != 10000000)
		return fail("hres %ld.%09ld, coarse %ld.%09ld", mono.tv_sec, mono.tv_nsec,
			    coarse.tv_sec, coarse.tv_nsec);
	publish(vvar_mode_none, ALL_CLOCKS, 0);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC_COARSE, &host);
	if (v_getres(CLOCK_MONOTONIC_COARSE, &v) || v.tv_nsec != host.tv_nsec)
		return fail("fallback: %ld ns, kernel %ld ns", v.tv_nsec, (long)host.tv_nsec);
	return NULL;
}

static const char *getcpu_matches_kernel(void)
{
	cpu_set_t old, one;
	unsigned cpu = ~0U, node = ~0U, kcpu = 0, knode = 0;
	long r;

	sched_getaffinity(0, sizeof(old), &old);
	syscall(SYS_getcpu, &kcpu, &knode, NULL);
	CPU_ZERO(&one);
	CPU_SET(kcpu, &one);
	sched_setaffinity(0, sizeof(one), &one);	/* stay on kcpu */
	r = v_getcpu(&cpu, &node, NULL);
	syscall(SYS_getcpu, &kcpu, &knode, NULL);
	sched_setaffinity(0, sizeof(old), &old);
	if (r || cpu != kcpu || node != knode)
		return fail("%ld: cpu %u node %u, kernel says %u/%u", r, cpu, node,
			    kcpu, knode);
	if (v_getcpu(NULL, NULL, NULL))
		return fail("NULL pointers: non-zero");
	return NULL;
}

/* A tick that takes its time between the two halves of an update. */
static volatile int writer_done;
static void *seq_writer(void *arg)
{
	uint64_t k;
	volatile int spin;

	(void)arg;
	for (k = 1; k <= 200000; k++) {
		vvar_write_begin(vdso.vvar);
		vvar_set_base(vdso.vvar, CLOCK_MONOTONIC_COARSE, k, 0);
		for (spin = 0; spin < 20; spin++)
			;
		vvar_set_base(vdso.vvar, CLOCK_MONOTONIC_COARSE, k, k);
		vvar_write_end(vdso.vvar);
	}
	writer_done = 1;
	return NULL;
}

static const char *seqcount_never_tears(void)
{
	pthread_t t;
	long reads = 0, torn = 0;
	struct vts v;

	set_base(CLOCK_MONOTONIC_COARSE, 0, 0);
	publish(vvar_mode_tsc, ALL_CLOCKS, rdtsc());
	vvar_begin();				/* leaves the page writable... */
	vvar_write_end(vdso.vvar);		/* ...with seq even again */
	writer_done = 0;
	pthread_create(&t, NULL, seq_writer, NULL);
	while (!writer_done) {
		v_gettime(CLOCK_MONOTONIC_COARSE, &v);
		torn += v.tv_sec != v.tv_nsec;
		reads++;
	}
	pthread_join(t, NULL);
	vvar_write_begin(vdso.vvar);
	vvar_end();
	return torn ? fail("%ld of %ld reads saw a half-written update", torn, reads)
		    : NULL;
}

static const char *clock_gettime_hot_path_is_short(void)
{
	long budget = sizeof(long) == 8 ? 60 : 95;	/* Linux 6.1: 60 / 97 */
	struct vts v;
	long n;

	set_base(CLOCK_MONOTONIC, 0, 0);
	publish(vvar_mode_tsc, ALL_CLOCKS, rdtsc());
	n = count_image_insns((void *)v_gettime, CLOCK_MONOTONIC, &v);
	printf("# clock_gettime(CLOCK_MONOTONIC): %ld instructions in the vDSO + the call\n",
	       n);
	if (n < 0 || n + 1 > budget)
		return fail("%ld instructions + the call, budget %ld", n, budget);
	return NULL;
}

static const char *time_functions_found(void)
{
	v_gettime = vdso_lookup("LINUX_2.6", "__vdso_clock_gettime");
	v_gettimeofday = vdso_lookup("LINUX_2.6", "__vdso_gettimeofday");
	v_time = vdso_lookup("LINUX_2.6", "__vdso_time");
	v_getres = vdso_lookup("LINUX_2.6", "__vdso_clock_getres");
	v_getcpu = vdso_lookup("LINUX_2.6", "__vdso_getcpu");
	if (!v_gettime || !v_gettimeofday || !v_time || !v_getres || !v_getcpu)
		return fail("a __vdso_ function is missing from LINUX_2.6");
	return NULL;
}

/* mult/shift for this host's TSC, measured against CLOCK_MONOTONIC_RAW. */
static const char *tsc_calibrates(void)
{
	int64_t t0 = host_ns(CLOCK_MONOTONIC_RAW), t1;
	uint64_t c0 = rdtsc(), c1;

	usleep(50000);
	t1 = host_ns(CLOCK_MONOTONIC_RAW);
	c1 = rdtsc();
	if (c1 <= c0)
		return fail("the TSC does not advance");
	tsc_mult = (uint32_t)(((uint64_t)(t1 - t0) << tsc_shift) / (c1 - c0));
	printf("# TSC %.0f MHz: mult %u, shift %u\n",
	       (double)(c1 - c0) * 1000.0 / (double)(t1 - t0), tsc_mult, tsc_shift);
	return NULL;
}

const struct hosttest time_tests[] = {
	{ "time_functions_found", time_functions_found },
	{ "tsc_calibrates", tsc_calibrates },
	{ "fallback_when_clock_mode_none", fallback_when_clock_mode_none },
	{ "invalid_clock_gives_einval", invalid_clock_gives_einval },
	{ "unpublished_clock_uses_syscall", unpublished_clock_uses_syscall },
	{ "tsc_path_is_base_plus_delta", tsc_path_is_base_plus_delta },
	{ "tsc_path_tracks_kernel_clock", tsc_path_tracks_kernel_clock },
	{ "tsc_behind_cycle_last_counts_zero", tsc_behind_cycle_last_counts_zero },
	{ "coarse_clocks_are_basetime", coarse_clocks_are_basetime },
	{ "gettimeofday_reads_realtime_and_tz", gettimeofday_reads_realtime_and_tz },
	{ "gettimeofday_falls_back", gettimeofday_falls_back },
	{ "time_reads_coarse_seconds", time_reads_coarse_seconds },
	{ "clock_getres_reports_resolutions", clock_getres_reports_resolutions },
	{ "getcpu_matches_kernel", getcpu_matches_kernel },
	{ "seqcount_never_tears", seqcount_never_tears },
	{ "clock_gettime_hot_path_is_short", clock_gettime_hot_path_is_short },
	{ NULL, NULL }
};
