/* <sys/time.h>: gettimeofday() and struct timeval {time_t, suseconds_t} (Linux's
 * layout for each ABI; i386's is the 32-bit one compat_sys_gettimeofday reads). */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

int gettimeofday(struct timeval *tv, struct timezone *tz);

#endif
