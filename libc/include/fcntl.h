/* <fcntl.h>: open flags, fcntl commands and the *at() conventions, Linux's x86
 * values (asm-generic/fcntl.h). i386 builds pass O_LARGEFILE, as an LFS libc does,
 * so the kernel never refuses a file over 2 GiB. */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>
#include <linux/fcntl.h>




int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);

#endif
