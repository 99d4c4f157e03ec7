/* fs_util.h: what the file-system tests (fs_*.c) share: Linux's constants and
 * struct stat for this ABI (x86-64 stat, i386 stat64), thin raw-syscall wrappers
 * returning -errno, and a private scratch directory to work in - under /tmp on
 * Trapdoor, a fresh one under /tmp on the host - removed again at the end. */
#ifndef TESTS_USER_FS_UTIL_H
#define TESTS_USER_FS_UTIL_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "util.h"

#ifndef O_CREAT
#define O_RDONLY	00
#define O_WRONLY	01
#define O_RDWR		02
#define O_CREAT		0100
#define O_EXCL		0200
#define O_TRUNC		01000
#define O_APPEND	02000
#define O_NONBLOCK	04000
#define O_DIRECTORY	0200000
#define O_CLOEXEC	02000000
#endif
#define O_ACCMODE_T	03
#define T_AT_FDCWD	(-100)
#define T_AT_REMOVEDIR	0x200
#define T_F_DUPFD	0
#define T_F_GETFD	1
#define T_F_SETFD	2
#define T_F_GETFL	3
#define T_F_SETFL	4
#define T_F_DUPFD_CLOEXEC 1030
#define T_S_IFMT	0170000
#define T_S_IFDIR	0040000
#define T_S_IFREG	0100000
#define T_S_IFCHR	0020000
#define T_S_IFIFO	0010000
#define T_POLLIN	0x001
#define T_POLLOUT	0x004
#define T_POLLHUP	0x010
#define T_POLLNVAL	0x020

/* The kernel's struct stat for this ABI, with the fields the tests read. */
#ifdef __x86_64__
struct t_stat {
	unsigned long st_dev, st_ino, st_nlink;
	unsigned int st_mode, st_uid, st_gid, pad0;
	unsigned long st_rdev;
	long st_size, st_blksize, st_blocks;
	unsigned long times[6];
	long unused[3];
};
#define NR_STAT		__NR_stat
#define NR_LSTAT	__NR_lstat
#define NR_FSTAT	__NR_fstat
#define NR_FSTATAT	__NR_newfstatat
#else
struct t_stat {			/* struct stat64 */
	unsigned long long st_dev;
	unsigned int pad0, st_ino32, st_mode, st_nlink, st_uid, st_gid;
	unsigned long long st_rdev;
	unsigned int pad3;
	long long st_size;
	unsigned int st_blksize;
	unsigned long long st_blocks;
	unsigned int times[6];
	unsigned long long st_ino;
} __attribute__((packed));
#define NR_STAT		__NR_stat64
#define NR_LSTAT	__NR_lstat64
#define NR_FSTAT	__NR_fstat64
#define NR_FSTATAT	__NR_fstatat64
#endif

struct t_pollfd { int fd; short events, revents; };

static inline long t_open(const char *p, long flags, long mode)
{
	return __syscall3(__NR_open, (long)p, flags, mode);
}
static inline long t_close(long fd) { return __syscall1(__NR_close, fd); }
static inline long t_read(long fd, void *b, long n)
{
	return __syscall3(__NR_read, fd, (long)b, n);
}
static inline long t_write(long fd, const void *b, long n)
{
	return __syscall3(__NR_write, fd, (long)b, n);
}
static inline long t_lseek(long fd, long off, long whence)
{
	return __syscall3(__NR_lseek, fd, off, whence);
}
/* pread64/pwrite64: i386 passes the 64-bit position in two registers. */
static inline long t_pread(long fd, void *b, long n, long long pos)
{
#ifdef __x86_64__
	return __syscall4(__NR_pread64, fd, (long)b, n, pos);
#else
	return __syscall5(__NR_pread64, fd, (long)b, n, (long)pos, (long)(pos >> 32));
#endif
}
static inline long t_pwrite(long fd, const void *b, long n, long long pos)
{
#ifdef __x86_64__
	return __syscall4(__NR_pwrite64, fd, (long)b, n, pos);
#else
	return __syscall5(__NR_pwrite64, fd, (long)b, n, (long)pos, (long)(pos >> 32));
#endif
}
static inline long t_stat(const char *p, struct t_stat *st)
{
	return __syscall2(NR_STAT, (long)p, (long)st);
}
static inline long t_fstat(long fd, struct t_stat *st)
{
	return __syscall2(NR_FSTAT, fd, (long)st);
}
static inline long t_mkdir(const char *p, long mode)
{
	return __syscall2(__NR_mkdir, (long)p, mode);
}
static inline long t_rmdir(const char *p) { return __syscall1(__NR_rmdir, (long)p); }
static inline long t_unlink(const char *p) { return __syscall1(__NR_unlink, (long)p); }
static inline long t_chdir(const char *p) { return __syscall1(__NR_chdir, (long)p); }

/* Make a file holding s; 0 or -errno. */
static inline long t_put_file(const char *path, const char *s)
{
	long fd = t_open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

	if (fd < 0)
		return fd;
	long n = t_write(fd, s, strlen(s));
	t_close(fd);
	return n < 0 ? n : 0;
}

/* The scratch directory: made and entered before the tests, removed after. */
static char fs_scratch[64];

static inline int fs_enter_scratch(const char *name)
{
	snprintf(fs_scratch, sizeof(fs_scratch), "/tmp/%s.%d", name, (int)getpid());
	if (t_mkdir(fs_scratch, 0755) < 0 || t_chdir(fs_scratch) < 0) {
		printf("# cannot make and enter %s\n", fs_scratch);
		return -1;
	}
	return 0;
}

static inline void fs_leave_scratch(void)
{
	t_chdir("/");
	if (t_rmdir(fs_scratch) < 0)
		printf("# %s not empty at the end: a test left files behind\n", fs_scratch);
}

#endif
