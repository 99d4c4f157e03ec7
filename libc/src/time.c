/* Time calls through the vDSO (DESIGN §8): start-up resolves __vdso_clock_gettime &
 * co. once; each call uses the vDSO function when found (no kernel entry at all),
 * the real syscall otherwise. The vDSO functions return -errno like the syscall. */
#include <errno.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>
#include <sys/time.h>
#include "internal.h"

static int (*vdso_clock_gettime)(clockid_t, struct timespec *);
static int (*vdso_clock_getres)(clockid_t, struct timespec *);
static int (*vdso_gettimeofday)(struct timeval *, struct timezone *);
static time_t (*vdso_time)(time_t *);
static long (*vdso_getcpu)(unsigned int *, unsigned int *, void *);

void __time_init(void)
{
	vdso_clock_gettime = __vdso_sym("LINUX_2.6", "__vdso_clock_gettime");
	vdso_clock_getres = __vdso_sym("LINUX_2.6", "__vdso_clock_getres");
	vdso_gettimeofday = __vdso_sym("LINUX_2.6", "__vdso_gettimeofday");
	vdso_time = __vdso_sym("LINUX_2.6", "__vdso_time");
	vdso_getcpu = __vdso_sym("LINUX_2.6", "__vdso_getcpu");
}

int clock_gettime(clockid_t clk, struct timespec *ts)
{
	if (vdso_clock_gettime)
		return __syscall_ret(vdso_clock_gettime(clk, ts));
	return __syscall_ret(__syscall2(__NR_clock_gettime, clk, (long)ts));
}

int clock_getres(clockid_t clk, struct timespec *res)
{
	if (vdso_clock_getres)
		return __syscall_ret(vdso_clock_getres(clk, res));
	return __syscall_ret(__syscall2(__NR_clock_getres, clk, (long)res));
}

int gettimeofday(struct timeval *tv, struct timezone *tz)
{
	if (vdso_gettimeofday)
		return __syscall_ret(vdso_gettimeofday(tv, tz));
	return __syscall_ret(__syscall2(__NR_gettimeofday, (long)tv, (long)tz));
}

time_t time(time_t *t)
{
	if (vdso_time)
		return vdso_time(t);	/* a bad t faults here, in user space */
	return __syscall_ret(__syscall1(__NR_time, (long)t));
}

int getcpu(unsigned int *cpu, unsigned int *node)
{
	if (vdso_getcpu)
		return __syscall_ret(vdso_getcpu(cpu, node, NULL));
	errno = ENOSYS;			/* getcpu is not in the syscall tables yet */
	return -1;
}

_syscall2(int, nanosleep, const struct timespec *, req, struct timespec *, rem)

unsigned int sleep(unsigned int seconds)
{
	struct timespec ts = { .tv_sec = seconds, .tv_nsec = 0 };

	if (nanosleep(&ts, &ts) < 0)
		return ts.tv_sec;
	return 0;
}

int usleep(unsigned int usec)
{
	struct timespec ts = { .tv_sec = usec / 1000000,
			       .tv_nsec = (long)(usec % 1000000) * 1000 };

	return nanosleep(&ts, NULL);
}
