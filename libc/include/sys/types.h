/* <sys/types.h>: the scalar types of the Linux ABI for x86-64 and i386. time_t and
 * suseconds_t are `long` (the old i386 ABI the compat entries expect); file offsets,
 * inode and device numbers are 64-bit on both (i386 uses the *64 calls, as a libc
 * built with _FILE_OFFSET_BITS=64 does). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __x86_64__
typedef long ssize_t;		/* the signed size_t, as gcc's %zd expects */
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blkcnt_t;
typedef long off_t;
#else
typedef int ssize_t;
typedef unsigned long long dev_t;
typedef unsigned long long ino_t;
typedef unsigned int nlink_t;
typedef long long blkcnt_t;
typedef long long off_t;
#endif
typedef long blksize_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef long time_t;
typedef long suseconds_t;
typedef long clock_t;
typedef int clockid_t;

#endif
