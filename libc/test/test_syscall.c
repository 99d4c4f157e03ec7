/* Host tests of the raw system-call layer: the lecture's _syscallN macros, the
 * generic syscall(), the POSIX wrappers, and __syscall_return's errno mapping.
 * Built at -O0 as well as -O2 (see libc.mk): the inline asm must work under both. */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include "hosttest.h"

/* The lecture's way: a macro defines the whole wrapper. A new name needs a number,
 * so give my_write write's number. */
#define __NR_my_write __NR_write
static _syscall3(ssize_t, my_write, int, fd, const void *, buf, size_t, count)

#define __NR_my_getpid __NR_getpid
static _syscall0(pid_t, my_getpid)

#ifdef __x86_64__
#define __NR_my_mmap __NR_mmap
#define MMAP_OFFSET_UNIT 1		/* mmap: offset in bytes */
#else
#define __NR_my_mmap __NR_mmap2
#define MMAP_OFFSET_UNIT 4096		/* mmap2: offset in pages */
#endif
static _syscall6(void *, my_mmap, void *, addr, size_t, len, int, prot, int, flags,
		 int, fd, long, off)

static long syscall_return_of(long res)
{
	__syscall_return(long, res);
}

TAP_TEST(write_via_macro_syscall_and_wrapper_agree)
{
	static const char a[] = "# written by _syscall3(write)\n";
	static const char b[] = "# written by syscall(__NR_write)\n";
	static const char c[] = "# written by write()\n";

	fflush(stdout);
	EXPECT_EQ(my_write(1, a, strlen(a)), strlen(a));
	EXPECT_EQ(syscall(__NR_write, 1, b, strlen(b)), strlen(b));
	EXPECT_EQ(write(1, c, strlen(c)), strlen(c));
}

TAP_TEST(getpid_via_macro_syscall_and_wrapper_agree)
{
	pid_t pid = getpid();

	EXPECT_NE(pid, 0);
	EXPECT_EQ(my_getpid(), pid);
	EXPECT_EQ(syscall(__NR_getpid), pid);
}

TAP_TEST(write_bad_fd_gives_ebadf)
{
	errno = 0;
	EXPECT_EQ(write(-1, "x", 1), -1);
	EXPECT_EQ(errno, EBADF);
	errno = 0;
	EXPECT_EQ(my_write(12345, "x", 1), -1);
	EXPECT_EQ(errno, EBADF);
	errno = 0;
	EXPECT_EQ(syscall(__NR_write, -1, "x", 1), -1);
	EXPECT_EQ(errno, EBADF);
}

TAP_TEST(bad_pointer_gives_efault)
{
	errno = 0;
	EXPECT_EQ(uname((struct utsname *)8), -1);
	EXPECT_EQ(errno, EFAULT);
	errno = 0;
	EXPECT_EQ(syscall(__NR_clock_gettime, CLOCK_MONOTONIC, 8), -1);
	EXPECT_EQ(errno, EFAULT);
}

TAP_TEST(unknown_syscall_number_gives_enosys)
{
	errno = 0;
	EXPECT_EQ(syscall(4000), -1);
	EXPECT_EQ(errno, ENOSYS);
}

TAP_TEST(syscall_return_maps_only_minus_4095_to_minus_1)
{
	errno = 0;
	EXPECT_EQ(syscall_return_of(-1), -1);
	EXPECT_EQ(errno, 1);
	EXPECT_EQ(syscall_return_of(-4095), -1);
	EXPECT_EQ(errno, 4095);
	errno = 0;
	EXPECT_EQ(syscall_return_of(-4096), -4096);	/* e.g. a high address */
	EXPECT_EQ(syscall_return_of(0), 0);
	EXPECT_EQ(syscall_return_of(42), 42);
	EXPECT_EQ(errno, 0);
}

TAP_TEST(syscall6_passes_six_arguments)
{
	char *p = my_mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	EXPECT_TRUE(p != MAP_FAILED);
	if (p != MAP_FAILED) {
		p[0] = 'x';
		p[4095] = 'y';
		EXPECT_EQ(p[0] + p[4095], 'x' + 'y');
		EXPECT_EQ(munmap(p, 4096), 0);
	}
#ifdef __x86_64__
	/* Only the 6th argument (r9) is wrong: a byte offset not page aligned. */
	errno = 0;
	EXPECT_EQ((long)my_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
				-1, 100 * MMAP_OFFSET_UNIT), -1);
	EXPECT_EQ(errno, EINVAL);
#endif
}

TAP_TEST(raw_syscall_keeps_callee_registers)
{
	/* Locals live across the calls; at -O0 they sit in the ebp/rbp frame, so a
	 * syscall that clobbered the frame pointer would corrupt them. */
	volatile long canary1 = 0x1234567, canary2 = 0x7654321;
	long i;

	for (i = 0; i < 50; i++)
		my_getpid();
	my_mmap(NULL, 0, 0, 0, -1, 0);	/* EINVAL, but through __syscall6 */
	EXPECT_EQ(canary1, 0x1234567);
	EXPECT_EQ(canary2, 0x7654321);
}

#ifdef __i386__
extern void *__sysinfo;

/* The lecture's instruction itself, bypassing __sysinfo. */
static long int80_getpid(void)
{
	long ret;

	__asm__ volatile ("int $0x80" : "=a"(ret) : "a"(__NR_getpid) : "memory");
	return ret;
}

TAP_TEST(i386_enters_through_at_sysinfo)
{
	EXPECT_NE(getauxval(AT_SYSINFO), 0);
	EXPECT_PTR_EQ(__sysinfo, (void *)getauxval(AT_SYSINFO));
	EXPECT_EQ(int80_getpid(), getpid());
}
#endif

static const struct tap_test tests[] = {
	TAP_ENTRY(write_via_macro_syscall_and_wrapper_agree),
	TAP_ENTRY(getpid_via_macro_syscall_and_wrapper_agree),
	TAP_ENTRY(write_bad_fd_gives_ebadf),
	TAP_ENTRY(bad_pointer_gives_efault),
	TAP_ENTRY(unknown_syscall_number_gives_enosys),
	TAP_ENTRY(syscall_return_maps_only_minus_4095_to_minus_1),
	TAP_ENTRY(syscall6_passes_six_arguments),
	TAP_ENTRY(raw_syscall_keeps_callee_registers),
#ifdef __i386__
	TAP_ENTRY(i386_enters_through_at_sysinfo),
#endif
};
TAP_SUITE(syscall_suite, tests);
