/* <sys/uio.h>: scatter/gather I/O. struct iovec is two words on either ABI (so the
 * i386 table routes readv/writev to compat entries that read 32-bit iovecs). */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

struct iovec {
	void *iov_base;
	size_t iov_len;
};

#define IOV_MAX	1024

ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);

#endif
