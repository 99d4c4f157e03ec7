/* The stat family. x86-64: newfstatat (stat, lstat, fstatat) and fstat filling the
 * 144-byte struct stat; i386: stat64, lstat64, fstat64, fstatat64 filling struct
 * stat64 (96 bytes), the LFS calls with 64-bit sizes. The asserts pin the layouts
 * the kernel writes (Linux's arch/x86/include/uapi/asm/stat.h). */
#include <fcntl.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/stat.h>
#include "internal.h"

#ifdef __x86_64__
_Static_assert(sizeof(struct stat) == 144, "x86-64 struct stat");
_Static_assert(offsetof(struct stat, st_mode) == 24, "st_mode");
_Static_assert(offsetof(struct stat, st_size) == 48, "st_size");
_Static_assert(offsetof(struct stat, st_mtim) == 88, "st_mtime");

int stat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, 0);
}

int lstat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

_syscall2(int, fstat, int, fd, struct stat *, st)

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	return __syscall_ret(__syscall4(__NR_newfstatat, dirfd, (long)path,
					(long)st, flags));
}
#else
_Static_assert(sizeof(struct stat) == 96, "i386 struct stat64");
_Static_assert(offsetof(struct stat, st_mode) == 16, "st_mode");
_Static_assert(offsetof(struct stat, st_size) == 44, "st_size");
_Static_assert(offsetof(struct stat, st_mtim) == 72, "st_mtime");
_Static_assert(offsetof(struct stat, st_ino) == 88, "st_ino");

int stat(const char *path, struct stat *st)
{
	return __syscall_ret(__syscall2(__NR_stat64, (long)path, (long)st));
}

int lstat(const char *path, struct stat *st)
{
	return __syscall_ret(__syscall2(__NR_lstat64, (long)path, (long)st));
}

int fstat(int fd, struct stat *st)
{
	return __syscall_ret(__syscall2(__NR_fstat64, fd, (long)st));
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	return __syscall_ret(__syscall4(__NR_fstatat64, dirfd, (long)path,
					(long)st, flags));
}
#endif
