/*
 * vclock_gettime.c - clock_gettime, gettimeofday, time and clock_getres without
 * entering the kernel (DESIGN §8, the vDSO slide). Built twice: into the 64-bit and
 * into the 32-bit image. Reads the vvar page under its sequence counter; anything it
 * cannot serve goes to the real system call, so errors are always the kernel's.
 */
#include "vdso_arch.h"

/* Linux's clock ids (include/uapi/linux/time.h). */
#define CLOCK_REALTIME		0
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6

/* Served from basetime as is, no TSC (asm/vdso.h). */
#define VDSO_COARSE_CLOCKS	((1U << CLOCK_REALTIME_COARSE) | \
				 (1U << CLOCK_MONOTONIC_COARSE))

#define NSEC_PER_SEC		1000000000U
#define NSEC_PER_USEC		1000U

/* The ABI's own types: `long` is 64-bit on x86-64 and 32-bit on i386, like time_t. */
struct vdso_timespec { long tv_sec; long tv_nsec; };
struct vdso_timespec64 { s64 tv_sec; s64 tv_nsec; };	/* i386 __kernel_timespec */
struct vdso_timeval { long tv_sec; long tv_usec; };
struct vdso_timezone { int tz_minuteswest; int tz_dsttime; };

/*
 * nsec + ((delta * mult) >> shift): the cycles-to-ns conversion, shift < 32
 * (asm/vdso.h). x86-64 needs three instructions. On i386 gcc shuffles the 64-bit
 * halves through the stack, so spell out the eight it takes.
 */
static __vdso_inline u64 vdso_cycles_to_ns(u64 delta, u32 mult, u32 shift, u32 nsec)
{
#ifdef __x86_64__
	return ((delta * mult) >> shift) + nsec;
#else
	u32 lo, hi, t;

	asm("imull %[mult], %[t]\n\t"		/* t = high(delta) * mult */
	    "mull %[mult]\n\t"			/* edx:eax = low(delta) * mult */
	    "addl %[t], %%edx\n\t"		/* edx:eax = delta * mult (mod 2^64) */
	    "shrdl %%cl, %%edx, %%eax\n\t"	/* low half >>= shift, fed by edx */
	    "shrl %%cl, %%edx\n\t"		/* high half >>= shift */
	    "addl %[nsec], %%eax\n\t"		/* + nsec, */
	    "adcl $0, %%edx"			/* carrying into the high half */
	    : "=a"(lo), "=&d"(hi), [t] "=&r"(t)
	    : "0"((u32)delta), "2"((u32)(delta >> 32)), [mult] "rm"(mult),
	      "c"(shift), [nsec] "rm"(nsec)
	    : "cc");
	return ((u64)hi << 32) | lo;
#endif
}

/*
 * ns is below 1e9 plus the time since the last tick: take out whole seconds by
 * subtraction (one round or two at most; i386 would need libgcc for a division)
 * and return how many. The empty asm stops gcc from making it a division again.
 * Returning the count lets i386 callers add it to a 32-bit tv_sec.
 */
static __vdso_inline u32 vdso_carry_seconds(u64 *ns)
{
	u32 carry = 0;

	while (unlikely(*ns >= NSEC_PER_SEC)) {
		asm("" : "+rm"(carry));
		*ns -= NSEC_PER_SEC;
		carry++;
	}
	return carry;
}

/* COARSE clocks: the tick's value as is. */
static __vdso_inline bool vdso_read_coarse(const struct vdso_data *vd,
					   const struct vdso_timestamp *base,
					   u64 *secp, u64 *nsp)
{
	u32 seq;

	do {
		seq = vdso_read_begin(vd);
		if (unlikely(vd->clock_mode == VDSO_CLOCKMODE_NONE))
			return false;
		*secp = base->sec;
		*nsp = (u32)base->nsec;
	} while (vdso_read_retry(vd, seq));
	return true;
}

/* The other clocks: the tick's value plus the TSC cycles since the tick. */
static __vdso_inline bool vdso_read_hres(const struct vdso_data *vd,
					 const struct vdso_timestamp *base,
					 u64 *secp, u64 *nsp)
{
	u64 sec, ns, delta;
	u32 seq;

	do {
		seq = vdso_read_begin(vd);
		/* TSC mode implies "not VDSO_CLOCKMODE_NONE". */
		if (unlikely(vd->clock_mode != VDSO_CLOCKMODE_TSC))
			return false;
		delta = rdtsc_ordered() - vd->cycle_last;
		/* A TSC behind cycle_last (another CPU's, not synced) counts as 0. */
		if (unlikely((s64)delta < 0))
			delta = 0;
		/* base->nsec < 1e9: its high half is 0 */
		ns = vdso_cycles_to_ns(delta, vd->mult, vd->shift, (u32)base->nsec);
		sec = base->sec;
	} while (vdso_read_retry(vd, seq));
	*secp = sec;
	*nsp = ns;
	return true;
}

/*
 * Read clock `clk` (the formula is in asm/vdso.h); *nsp may exceed a second, see
 * vdso_carry_seconds(). Returns false when the vDSO must not answer: an id out of
 * range or not published in clock_valid (read once: the kernel sets it at boot), no
 * usable counter. The caller then makes the system call, which gives the right
 * error.
 */
static __vdso_inline bool vdso_read_clock(const struct vdso_data *vd, int clk,
					  u64 *secp, u64 *nsp)
{
	u32 msk;

	if (unlikely((u32)clk >= VDSO_MAX_CLOCKS))	/* negative ids too */
		return false;
	msk = 1U << clk;
	if (unlikely(!(READ_ONCE(vd->clock_valid) & msk)))
		return false;
	if (msk & VDSO_COARSE_CLOCKS)
		return vdso_read_coarse(vd, &vd->basetime[clk], secp, nsp);
	return vdso_read_hres(vd, &vd->basetime[clk], secp, nsp);
}

/* The resolution of `clk`, or false when the kernel must answer. */
static __vdso_inline bool vdso_clock_res(const struct vdso_data *vd, int clk, u32 *res)
{
	u32 msk;

	if (unlikely((u32)clk >= VDSO_MAX_CLOCKS))
		return false;
	msk = 1U << clk;
	if (unlikely(!(vd->clock_valid & msk) ||
		     vd->clock_mode == VDSO_CLOCKMODE_NONE))
		return false;
	*res = (msk & VDSO_COARSE_CLOCKS) ? vd->coarse_res : vd->hrtimer_res;
	return true;
}

/* On i386 this is the old clock_gettime: 32-bit tv_sec (Linux's vdso32 does the same). */
int __vdso_clock_gettime(int clk, struct vdso_timespec *ts)
{
	u64 sec, ns;

	if (unlikely(!vdso_read_clock(vdso_vvar(), clk, &sec, &ns)))
		return vdso_syscall2(__NR_vdso_clock_gettime, clk, (long)ts);
	ts->tv_sec = (long)sec + vdso_carry_seconds(&ns);
	ts->tv_nsec = (long)ns;
	return 0;
}

int __vdso_gettimeofday(struct vdso_timeval *tv, struct vdso_timezone *tz)
{
	const struct vdso_data *vd = vdso_vvar();
	u64 sec, ns;

	if (likely(tv)) {
		if (unlikely(!vdso_read_clock(vd, CLOCK_REALTIME, &sec, &ns)))
			return vdso_syscall2(__NR_vdso_gettimeofday, (long)tv, (long)tz);
		tv->tv_sec = (long)sec + vdso_carry_seconds(&ns);
		tv->tv_usec = (u32)ns / NSEC_PER_USEC;	/* u32: a multiply, no libgcc */
	}
	if (unlikely(tz)) {
		tz->tz_minuteswest = READ_ONCE(vd->tz_minuteswest);
		tz->tz_dsttime = READ_ONCE(vd->tz_dsttime);
	}
	return 0;
}

/* time(2) only needs the seconds of the last tick: the COARSE clock if published. */
long __vdso_time(long *t)
{
	const struct vdso_data *vd = vdso_vvar();
	int clk = (READ_ONCE(vd->clock_valid) & (1U << CLOCK_REALTIME_COARSE)) ?
		  CLOCK_REALTIME_COARSE : CLOCK_REALTIME;
	u64 sec, ns;
	long now;

	if (unlikely(!vdso_read_clock(vd, clk, &sec, &ns)))
		return vdso_syscall1(__NR_vdso_time, (long)t);
	now = (long)sec + vdso_carry_seconds(&ns);
	if (t)
		*t = now;
	return now;
}

int __vdso_clock_getres(int clk, struct vdso_timespec *res)
{
	u32 ns;

	if (unlikely(!vdso_clock_res(vdso_vvar(), clk, &ns)))
		return vdso_syscall2(__NR_vdso_clock_getres, clk, (long)res);
	if (res) {
		res->tv_sec = 0;
		res->tv_nsec = ns;
	}
	return 0;
}

#ifdef __x86_64__
/* The plain names, weak so a program's own definitions win (Linux does the same). */
int clock_gettime(int, struct vdso_timespec *)
	__attribute__((weak, alias("__vdso_clock_gettime")));
int gettimeofday(struct vdso_timeval *, struct vdso_timezone *)
	__attribute__((weak, alias("__vdso_gettimeofday")));
long time(long *) __attribute__((weak, alias("__vdso_time")));
int clock_getres(int, struct vdso_timespec *)
	__attribute__((weak, alias("__vdso_clock_getres")));
#else
/* i386 with a 64-bit time_t (clock_gettime64, number 403). */
int __vdso_clock_gettime64(int clk, struct vdso_timespec64 *ts)
{
	u64 sec, ns;

	if (unlikely(!vdso_read_clock(vdso_vvar(), clk, &sec, &ns)))
		return vdso_syscall2(__NR_vdso_clock_gettime64, clk, (long)ts);
	ts->tv_sec = sec + vdso_carry_seconds(&ns);
	ts->tv_nsec = (u32)ns;
	return 0;
}
#endif
