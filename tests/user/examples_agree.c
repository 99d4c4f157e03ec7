/* examples_agree.c: the slide examples (user/examples/) must all get the same
 * answer: getpid and write(1, ...) through _syscall3, syscall(), int $0x80, SYSCALL
 * or __kernel_vsyscall, and clock_gettime through the vDSO versus the syscall. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sys/auxv.h>
#include "util.h"
#include "../../user/examples/examples.h"

struct way {
	const char *name;
	long (*getpid)(void);
	long (*write)(int fd, const void *buf, unsigned long count);
};

static const struct way ways[] = {
	{ "_syscall3", ex_syscall3_getpid, ex_syscall3_write },
	{ "syscall()", ex_syscallfn_getpid, ex_syscallfn_write },
	{ "int $0x80", ex_int80_getpid, ex_int80_write },
#ifdef __x86_64__
	{ "syscall insn", ex_syscall_insn_getpid, ex_syscall_insn_write },
#else
	{ "__kernel_vsyscall", ex_vsyscall_getpid, ex_vsyscall_write },
#endif
};
#define NWAYS ((int)(sizeof(ways) / sizeof(ways[0])))

/* Without AT_SYSINFO the vsyscall example has nothing to call. */
static int way_available(const struct way *w)
{
	return w->name[0] != '_' || w->name[1] != '_' || getauxval(AT_SYSINFO);
}

TAP_TEST(every_example_getpid_agrees)
{
	long pid = getpid();
	int i;

	for (i = 0; i < NWAYS; i++)
		if (way_available(&ways[i]))
			expect_ret(ways[i].name, ways[i].getpid(), pid);
}

TAP_TEST(every_example_write_returns_count)
{
	static const char msg[] = "# hello\n";	/* static: int $0x80 needs < 4 GiB */
	int i;

	for (i = 0; i < NWAYS; i++)
		if (way_available(&ways[i]))
			expect_ret(ways[i].name, ways[i].write(1, msg, 8), 8);
}

static long long ns(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000 + t->tv_nsec;
}

TAP_TEST(vdso_example_time_between_syscalls)
{
	struct timespec a, v, b;

	if (!getauxval(AT_SYSINFO_EHDR)) {
		test_skip("no vDSO");
		return;
	}
	expect_ret("syscall clock_gettime",
		   __syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, (long)&a), 0);
	expect_ret("vDSO clock_gettime", ex_vdso_clock_gettime(CLOCK_MONOTONIC, &v), 0);
	expect_ret("syscall clock_gettime",
		   __syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, (long)&b), 0);
	EXPECT_TRUE(ns(&a) <= ns(&v));
	EXPECT_TRUE(ns(&v) <= ns(&b));
}

static const struct tap_test tests[] = {
	TAP_ENTRY(every_example_getpid_agrees),
	TAP_ENTRY(every_example_write_returns_count),
	TAP_ENTRY(vdso_example_time_between_syscalls),
};

int main(void)
{
	return RUN_TESTS(tests);
}
