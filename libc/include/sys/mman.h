/* <sys/mman.h>: mmap, munmap, mprotect with Linux's x86 flag values. On i386 mmap()
 * uses mmap2 (offset in pages), the call 32-bit Linux libcs use. */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>
#include <linux/mman.h>



#define MAP_FAILED	((void *)-1)

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);

#endif
