/* Host tests of the libc run-time: aux vector, vDSO lookup and vDSO time against
 * the real syscall, identity and memory wrappers, TLS calls, malloc under stress. */
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <vdso.h>
#include <asm/ldt.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include "hosttest.h"

static long long ns(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

TAP_TEST(getauxval_pagesz_is_4096)
{
	EXPECT_EQ(getauxval(AT_PAGESZ), 4096);
	errno = 0;
	EXPECT_EQ(getauxval(9999), 0);
	EXPECT_EQ(errno, ENOENT);
}

TAP_TEST(vdso_lookup_finds_clock_gettime_at_linux_2_6)
{
	EXPECT_NE(getauxval(AT_SYSINFO_EHDR), 0);
	EXPECT_TRUE(__vdso_sym("LINUX_2.6", "__vdso_clock_gettime") != NULL);
	EXPECT_TRUE(__vdso_sym(NULL, "__vdso_clock_gettime") != NULL);
	EXPECT_TRUE(__vdso_sym("LINUX_9.9", "__vdso_clock_gettime") == NULL);
	EXPECT_TRUE(__vdso_sym("LINUX_2.6", "__vdso_no_such_function") == NULL);
}

TAP_TEST(vdso_kernel_vsyscall_is_at_sysinfo)
{
#ifdef __i386__
	EXPECT_PTR_EQ(__vdso_sym("LINUX_2.5", "__kernel_vsyscall"),
		      (void *)getauxval(AT_SYSINFO));
#else
	EXPECT_EQ(getauxval(AT_SYSINFO), 0);	/* 64-bit processes have none */
#endif
}

/* The vDSO's reading must lie between two real syscalls' readings. */
static void check_clock_between_syscalls(clockid_t clk)
{
	struct timespec before, now, after;

	EXPECT_EQ(syscall(__NR_clock_gettime, clk, &before), 0);
	EXPECT_EQ(clock_gettime(clk, &now), 0);
	EXPECT_EQ(syscall(__NR_clock_gettime, clk, &after), 0);
	EXPECT_TRUE(ns(&before) <= ns(&now));
	EXPECT_TRUE(ns(&now) <= ns(&after));
}

TAP_TEST(vdso_clock_gettime_between_two_syscalls)
{
	check_clock_between_syscalls(CLOCK_REALTIME);
	check_clock_between_syscalls(CLOCK_MONOTONIC);
	check_clock_between_syscalls(CLOCK_BOOTTIME);
}

TAP_TEST(vdso_gettimeofday_and_time_between_two_syscalls)
{
	struct timeval before, now, after;
	time_t t0, t1, t2;

	EXPECT_EQ(syscall(__NR_gettimeofday, &before, NULL), 0);
	EXPECT_EQ(gettimeofday(&now, NULL), 0);
	EXPECT_EQ(syscall(__NR_gettimeofday, &after, NULL), 0);
	EXPECT_TRUE(before.tv_sec * 1000000LL + before.tv_usec <=
		    now.tv_sec * 1000000LL + now.tv_usec);
	EXPECT_TRUE(now.tv_sec * 1000000LL + now.tv_usec <=
		    after.tv_sec * 1000000LL + after.tv_usec);
	t0 = syscall(__NR_time, NULL);
	t1 = time(NULL);
	t2 = syscall(__NR_time, NULL);
	EXPECT_TRUE(t0 <= t1 && t1 <= t2);
}

TAP_TEST(clock_getres_and_bad_clock)
{
	struct timespec vdso_res, sys_res;

	EXPECT_EQ(clock_getres(CLOCK_MONOTONIC, &vdso_res), 0);
	EXPECT_EQ(syscall(__NR_clock_getres, CLOCK_MONOTONIC, &sys_res), 0);
	EXPECT_EQ(ns(&vdso_res), ns(&sys_res));
	errno = 0;
	EXPECT_EQ(clock_gettime(12345, &vdso_res), -1);
	EXPECT_EQ(errno, EINVAL);
}

TAP_TEST(nanosleep_sleeps_at_least_10ms)
{
	struct timespec t0, t1, req = { 0, 10 * 1000 * 1000 };

	clock_gettime(CLOCK_MONOTONIC, &t0);
	EXPECT_EQ(nanosleep(&req, NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	EXPECT_TRUE(ns(&t1) - ns(&t0) >= 10 * 1000 * 1000);
}

TAP_TEST(identity_calls_match_aux_vector)
{
	EXPECT_EQ(gettid(), getpid());		/* single-threaded */
	EXPECT_NE(getppid(), 0);
	EXPECT_EQ(getuid(), getauxval(AT_UID));
	EXPECT_EQ(geteuid(), getauxval(AT_EUID));
	EXPECT_EQ(getgid(), getauxval(AT_GID));
	EXPECT_EQ(getegid(), getauxval(AT_EGID));
	EXPECT_EQ(set_tid_address(NULL), getpid());
	EXPECT_EQ(sched_yield(), 0);
}

TAP_TEST(uname_getrandom_getcpu)
{
	struct utsname u;
	unsigned char buf[32] = { 0 };
	unsigned int cpu = ~0u, i, nonzero = 0;
	int r;

	EXPECT_EQ(uname(&u), 0);
	EXPECT_STREQ(u.sysname, "Linux");
	EXPECT_EQ(getrandom(buf, sizeof(buf), 0), sizeof(buf));
	for (i = 0; i < sizeof(buf); i++)
		nonzero += buf[i] != 0;
	EXPECT_TRUE(nonzero > 0);
	r = getcpu(&cpu, NULL);
	if (r == 0)
		EXPECT_TRUE(cpu < 4096);
	else
		EXPECT_EQ(errno, ENOSYS);
}

TAP_TEST(ioctl_readv_writev)
{
	static char a[] = "# writev: two ", b[] = "pieces\n";
	struct iovec iov[2] = { { a, strlen(a) }, { b, strlen(b) } };
	struct winsize ws;

	errno = 0;
	EXPECT_EQ(ioctl(-1, TIOCGWINSZ, &ws), -1);
	EXPECT_EQ(errno, EBADF);
	EXPECT_EQ(isatty(-1), 0);
	fflush(stdout);
	EXPECT_EQ(writev(1, iov, 2), strlen(a) + strlen(b));
	errno = 0;
	EXPECT_EQ(readv(-1, iov, 2), -1);
	EXPECT_EQ(errno, EBADF);
}

TAP_TEST(mmap_mprotect_munmap_and_sbrk)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *brk0;

	EXPECT_TRUE(p != MAP_FAILED);
	p[8191] = 1;
	EXPECT_EQ(mprotect(p, 4096, PROT_READ), 0);
	EXPECT_EQ(munmap(p, 8192), 0);
	errno = 0;
	EXPECT_TRUE(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 1)
		    == MAP_FAILED);
	EXPECT_EQ(errno, EINVAL);
	brk0 = sbrk(0);
	EXPECT_PTR_EQ(sbrk(4096), brk0);
	brk0[4095] = 1;
	EXPECT_PTR_EQ(sbrk(0), brk0 + 4096);
	EXPECT_PTR_EQ(sbrk(-4096), brk0 + 4096);
	EXPECT_PTR_EQ(sbrk(0), brk0);
}

TAP_TEST(tls_register_call)
{
	static int tls_block[4];
#ifdef __x86_64__
	unsigned long fs = 1;

	EXPECT_EQ(arch_prctl(ARCH_SET_FS, (unsigned long)tls_block), 0);
	EXPECT_EQ(arch_prctl(ARCH_GET_FS, (unsigned long)&fs), 0);
	EXPECT_EQ(fs, (unsigned long)tls_block);
	EXPECT_EQ(arch_prctl(ARCH_SET_FS, 0), 0);
#else
	struct user_desc d = {
		.entry_number = -1, .base_addr = (unsigned int)tls_block,
		.limit = 0xfffff, .seg_32bit = 1, .limit_in_pages = 1, .useable = 1,
	};

	EXPECT_EQ(set_thread_area(&d), 0);
	EXPECT_NE(d.entry_number, (unsigned int)-1);
#endif
}

/* Random sizes (some above the mmap threshold) in 64 slots, each filled with a
 * pattern checked before it is freed; at the end nothing may be left in use. */
TAP_TEST(malloc_free_stress)
{
	static unsigned char *slot[64];
	static size_t len[64];
	size_t start = __malloc_in_use(), i, bad = 0;
	unsigned int seed = 12345, k, n;

	for (n = 0; n < 4000; n++) {
		seed = seed * 1103515245 + 12345;
		k = (seed >> 8) % 64;
		if (slot[k]) {
			for (i = 0; i < len[k]; i++)
				bad += slot[k][i] != (unsigned char)(k + i);
			free(slot[k]);
		}
		len[k] = (seed >> 16) % 64 == 0 ? 200000 + k : (seed >> 12) % 3000;
		slot[k] = malloc(len[k]);
		if (!slot[k] || ((unsigned long)slot[k] & 15))
			bad++;
		else
			for (i = 0; i < len[k]; i++)
				slot[k][i] = (unsigned char)(k + i);
	}
	for (k = 0; k < 64; k++) {
		free(slot[k]);
		slot[k] = NULL;
	}
	EXPECT_EQ(bad, 0);
	EXPECT_EQ(__malloc_in_use(), start);
}

TAP_TEST(calloc_realloc_keep_contents)
{
	unsigned char *p = calloc(100, 10);
	size_t i, zero = 1;
	char *s;

	for (i = 0; p && i < 1000; i++)
		zero &= p[i] == 0;
	EXPECT_TRUE(p && zero);
	free(p);
	s = malloc(8);
	strcpy(s, "abcdefg");
	s = realloc(s, 100000);
	EXPECT_STREQ(s, "abcdefg");
	s = realloc(s, 300000);		/* to the mmap path */
	EXPECT_STREQ(s, "abcdefg");
	free(s);
	errno = 0;
	EXPECT_TRUE(malloc((size_t)-1 / 2 + 1) == NULL);
	EXPECT_EQ(errno, ENOMEM);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(getauxval_pagesz_is_4096),
	TAP_ENTRY(vdso_lookup_finds_clock_gettime_at_linux_2_6),
	TAP_ENTRY(vdso_kernel_vsyscall_is_at_sysinfo),
	TAP_ENTRY(vdso_clock_gettime_between_two_syscalls),
	TAP_ENTRY(vdso_gettimeofday_and_time_between_two_syscalls),
	TAP_ENTRY(clock_getres_and_bad_clock),
	TAP_ENTRY(nanosleep_sleeps_at_least_10ms),
	TAP_ENTRY(identity_calls_match_aux_vector),
	TAP_ENTRY(uname_getrandom_getcpu),
	TAP_ENTRY(ioctl_readv_writev),
	TAP_ENTRY(mmap_mprotect_munmap_and_sbrk),
	TAP_ENTRY(tls_register_call),
	TAP_ENTRY(malloc_free_stress),
	TAP_ENTRY(calloc_realloc_keep_contents),
};
TAP_SUITE(runtime_suite, tests);
