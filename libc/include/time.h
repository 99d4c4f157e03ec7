/* <time.h>: clocks and sleeping. struct timespec is {time_t, long}: 16 bytes on
 * x86-64, 8 on i386 (the old 32-bit layout the i386 table's compat entries and the
 * 32-bit vDSO's __vdso_clock_gettime use). clock_gettime, clock_getres and time go
 * through the vDSO when the kernel maps one (src/time.c). */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID	3
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7

int clock_gettime(clockid_t clk, struct timespec *ts);
int clock_getres(clockid_t clk, struct timespec *res);
int nanosleep(const struct timespec *req, struct timespec *rem);
time_t time(time_t *t);

#endif
