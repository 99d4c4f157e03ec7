/* <sys/types.h>: the scalar types of the Linux ABI, one definition for both x86-64 and
 * i386. time_t and suseconds_t are `long`: 64-bit natively, 32-bit on i386, which is
 * the old i386 ABI the compat entries (compat_sys_clock_gettime, ...) expect. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __x86_64__
typedef long ssize_t;		/* the signed size_t, as gcc's %zd expects */
#else
typedef int ssize_t;
#endif
typedef long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef long time_t;
typedef long suseconds_t;
typedef int clockid_t;

#endif
