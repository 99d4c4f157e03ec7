/* <dirent.h>: directory streams on getdents64. A DIR is an fd and a buffer of
 * Linux's struct linux_dirent64 records; readdir returns them in place (struct
 * dirent has the same layout: d_ino, d_off, d_reclen, d_type, d_name). */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

struct dirent {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

typedef struct __dir DIR;

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int closedir(DIR *d);
void rewinddir(DIR *d);
int dirfd(DIR *d);
/* The raw call: fills buf with records, returns bytes (0 at the end) or -1. */
ssize_t getdents64(int fd, void *buf, size_t count);

#endif
