/* The inside of a FILE, shared by stdio.c (writing, flushing), stdio_read.c and
 * stdio_file.c (fopen, fclose, setvbuf, seeking). A stream has one buffer used
 * either for writing (wlen bytes waiting) or for reading (bytes rpos..rend not yet
 * handed out), never both at once. */
#ifndef _LIBC_STDIO_IMPL_H
#define _LIBC_STDIO_IMPL_H

#include <stdio.h>

enum { BUF_NONE, BUF_LINE, BUF_FULL };

#define F_EOF		1	/* a read returned 0 */
#define F_ERR		2	/* a read or write failed */
#define F_OWNBUF	4	/* buf was malloc'd by fopen/setvbuf */
#define F_STATIC	8	/* stdin/stdout/stderr: never freed */

struct __file {
	int fd;
	int mode;		/* BUF_NONE, BUF_LINE or BUF_FULL (writing) */
	int flags;
	int unget;		/* a byte pushed back by ungetc, or EOF */
	char *buf;
	size_t size;		/* of buf */
	size_t wlen;		/* writing: bytes waiting in buf */
	size_t rpos, rend;	/* reading: unread bytes are buf[rpos..rend) */
	struct __file *next;	/* every open stream, for fflush(NULL) */
};

extern struct __file *__stdio_head;

/* Drop buffered input, moving the fd back over it when it is seekable. */
void __stdio_drop_input(FILE *f);

#endif
