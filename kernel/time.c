/*
 * kernel/time.c - timekeeping and the time system calls. One clock, the TSC,
 * calibrated at boot: ns = base + ((tsc - cycle_last) * mult) >> shift. The timer
 * tick moves the bases forward and publishes them in the vDSO's data page under a
 * sequence counter; the system calls read the very same data with the very same
 * formula, so the vDSO and the kernel can never disagree.
 */
#include <time.h>
#include <sched.h>
#include <syscalls.h>
#include <uaccess.h>
#include <errno.h>
#include <signal.h>
#include <wait.h>
#include <asm/processor.h>
#include <asm/vdso.h>

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7
#define CLOCK_TAI		11
#define HRES_CLOCKS	((1U << CLOCK_REALTIME) | (1U << CLOCK_MONOTONIC) | \
			 (1U << CLOCK_MONOTONIC_RAW) | (1U << CLOCK_BOOTTIME) | (1U << CLOCK_TAI))
#define COARSE_CLOCKS	((1U << CLOCK_REALTIME_COARSE) | (1U << CLOCK_MONOTONIC_COARSE))
#define TSC_SHIFT	24

extern u64 tsc_khz;
u64 rtc_read_seconds(void);

/* Before the vDSO's page exists, the kernel keeps its clock here. */
static struct vdso_data early_data;
static struct vdso_data *tk = &early_data;

static void set_base(struct vdso_data *d, int clock, u64 ns)
{
	d->basetime[clock].sec = ns / NSEC_PER_SEC;
	d->basetime[clock].nsec = ns % NSEC_PER_SEC;
}

static u64 base_ns(const struct vdso_data *d, int clock)
{
	return d->basetime[clock].sec * NSEC_PER_SEC + d->basetime[clock].nsec;
}

/* Read clock `clock` consistently: retry while the tick is rewriting the data. */
static u64 read_clock_ns(int clock)
{
	const volatile struct vdso_data *d = tk;
	u32 seq;
	u64 ns;

	do {
		while ((seq = d->seq) & 1)
			asm volatile("pause");
		barrier();
		ns = base_ns((const struct vdso_data *)d, clock);
		if ((1U << clock) & HRES_CLOCKS)
			ns += ((rdtsc() - d->cycle_last) * d->mult) >> d->shift;
		barrier();
	} while (seq != d->seq);
	return ns;
}

u64 ktime_get_ns(void)
{
	return tk->mult ? read_clock_ns(CLOCK_MONOTONIC) : 0;
}

/* Move every base to `now` (called with interrupts off). */
static void timekeeping_advance(struct vdso_data *d)
{
	u64 now = rdtsc();
	u64 delta_ns = ((now - d->cycle_last) * d->mult) >> d->shift;

	WRITE_ONCE(d->seq, d->seq + 1);		/* odd: readers wait */
	barrier();
	for (int c = 0; c < VDSO_MAX_CLOCKS; c++)
		if ((1U << c) & HRES_CLOCKS)
			set_base(d, c, base_ns(d, c) + delta_ns);
	d->cycle_last = now;
	d->basetime[CLOCK_REALTIME_COARSE] = d->basetime[CLOCK_REALTIME];
	d->basetime[CLOCK_MONOTONIC_COARSE] = d->basetime[CLOCK_MONOTONIC];
	barrier();
	WRITE_ONCE(d->seq, d->seq + 1);		/* even: consistent again */
}

void timekeeping_init(void)
{
	struct vdso_data *d = tk;

	d->mult = (u32)((1000000ULL << TSC_SHIFT) / (tsc_khz ? tsc_khz : 1000000));
	d->shift = TSC_SHIFT;
	d->hrtimer_res = 1;
	d->coarse_res = NSEC_PER_SEC / HZ;
	d->clock_valid = HRES_CLOCKS | COARSE_CLOCKS;
	d->cycle_last = rdtsc();
	set_base(d, CLOCK_REALTIME, rtc_read_seconds() * NSEC_PER_SEC);
	set_base(d, CLOCK_TAI, base_ns(d, CLOCK_REALTIME));
	d->clock_mode = VDSO_CLOCKMODE_TSC;
}

/* Move the clock into the page the vDSO maps (once vdso_init() made it). */
void timekeeping_use_vdso_page(struct vdso_data *page)
{
	u64 flags = irq_save();

	*page = *tk;
	tk = page;
	irq_restore(flags);
}

void timekeeping_tick(void)
{
	if (tk->mult)
		timekeeping_advance(tk);
}

/* ---- the system calls ---- */

struct __kernel_timespec { s64 tv_sec; long long tv_nsec; };
struct old_timespec32 { s32 tv_sec; s32 tv_nsec; };
struct old_timeval { long tv_sec; long tv_usec; };
struct old_timeval32 { s32 tv_sec; s32 tv_usec; };
struct timezone { int tz_minuteswest, tz_dsttime; };

static long clock_ns(int clock, u64 *ns)
{
	if (clock < 0 || clock >= VDSO_MAX_CLOCKS || !((1U << clock) & tk->clock_valid))
		return -EINVAL;
	*ns = read_clock_ns(clock);
	return 0;
}

static long clock_res(int clock)
{
	if (clock < 0 || clock >= VDSO_MAX_CLOCKS || !((1U << clock) & tk->clock_valid))
		return -EINVAL;
	return (1U << clock) & COARSE_CLOCKS ? tk->coarse_res : tk->hrtimer_res;
}

/* Store ns as a timespec of either ABI: 64-bit fields, or i386's 32-bit ones. */
static long put_timespec(u64 ns, void __user *tp, bool compat)
{
	struct __kernel_timespec ts = { ns / NSEC_PER_SEC, ns % NSEC_PER_SEC };
	struct old_timespec32 ts32 = { ts.tv_sec, ts.tv_nsec };

	if (compat)
		return copy_to_user(tp, &ts32, sizeof(ts32)) ? -EFAULT : 0;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

static long do_clock_gettime(int which, void __user *tp, bool compat)
{
	u64 ns;
	long err = clock_ns(which, &ns);

	return err ? err : put_timespec(ns, tp, compat);
}

static long do_clock_getres(int which, void __user *tp, bool compat)
{
	long res = clock_res(which);

	if (res < 0 || !tp)
		return res < 0 ? res : 0;
	return put_timespec(res, tp, compat);
}

static long do_gettimeofday(void __user *tv, struct timezone __user *tz, bool compat)
{
	u64 ns = read_clock_ns(CLOCK_REALTIME);
	struct old_timeval t = { ns / NSEC_PER_SEC, ns % NSEC_PER_SEC / 1000 };
	struct old_timeval32 t32 = { t.tv_sec, t.tv_usec };
	struct timezone z = { tk->tz_minuteswest, tk->tz_dsttime };

	if (tv && copy_to_user(tv, compat ? (void *)&t32 : (void *)&t,
			       compat ? sizeof(t32) : sizeof(t)))
		return -EFAULT;
	if (tz && copy_to_user(tz, &z, sizeof(z)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(clock_gettime, int, which, struct __kernel_timespec __user *, tp)
{
	return do_clock_gettime(which, tp, false);
}

COMPAT_SYSCALL_DEFINE2(clock_gettime, int, which, struct old_timespec32 __user *, tp)
{
	return do_clock_gettime(which, tp, true);
}

SYSCALL_DEFINE2(clock_getres, int, which, struct __kernel_timespec __user *, tp)
{
	return do_clock_getres(which, tp, false);
}

COMPAT_SYSCALL_DEFINE2(clock_getres, int, which, struct old_timespec32 __user *, tp)
{
	return do_clock_getres(which, tp, true);
}

SYSCALL_DEFINE2(gettimeofday, struct old_timeval __user *, tv, struct timezone __user *, tz)
{
	return do_gettimeofday(tv, tz, false);
}

COMPAT_SYSCALL_DEFINE2(gettimeofday, struct old_timeval32 __user *, tv,
		       struct timezone __user *, tz)
{
	return do_gettimeofday(tv, tz, true);
}

SYSCALL_DEFINE1(time, long __user *, tloc)
{
	long t = read_clock_ns(CLOCK_REALTIME) / NSEC_PER_SEC;

	if (tloc && put_user(t, tloc))
		return -EFAULT;
	return t;
}

COMPAT_SYSCALL_DEFINE1(time, s32 __user *, tloc)
{
	s32 t = read_clock_ns(CLOCK_REALTIME) / NSEC_PER_SEC;

	if (tloc && put_user(t, tloc))
		return -EFAULT;
	return t;
}

/* Sleep; a signal ends it early with the time left in *left (and -EINTR once a
 * handler has run; without one the call restarts, as Linux's restart_block does). */
static long sleep_ns(s64 sec, s64 nsec, u64 *left)
{
	*left = 0;
	if (sec < 0 || nsec < 0 || nsec >= (s64)NSEC_PER_SEC)
		return -EINVAL;
	u64 ns = sec * NSEC_PER_SEC + nsec;
	if (!ns)
		return 0;
	/* Wake on timer ticks, but judge by the clock user space reads: the tick
	 * and the calibrated TSC never agree to the nanosecond. */
	u64 deadline = read_clock_ns(CLOCK_MONOTONIC) + ns, now;
	while ((now = read_clock_ns(CLOCK_MONOTONIC)) < deadline) {
		if (signal_pending(current)) {
			*left = deadline - now;
			return -ERESTARTNOHAND;
		}
		sleep_until(jiffies + 1);
	}
	return 0;
}

SYSCALL_DEFINE2(nanosleep, struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	struct __kernel_timespec ts;
	u64 left;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	long err = sleep_ns(ts.tv_sec, ts.tv_nsec, &left);
	if (err == -ERESTARTNOHAND && rmtp && put_timespec(left, rmtp, false))
		return -EFAULT;
	return err;
}

COMPAT_SYSCALL_DEFINE2(nanosleep, struct old_timespec32 __user *, rqtp,
		       struct old_timespec32 __user *, rmtp)
{
	struct old_timespec32 ts;
	u64 left;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	long err = sleep_ns(ts.tv_sec, ts.tv_nsec, &left);
	if (err == -ERESTARTNOHAND && rmtp && put_timespec(left, rmtp, true))
		return -EFAULT;
	return err;
}
