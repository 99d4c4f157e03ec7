/* fuzz.c: nothing a program does with system calls can crash the kernel
 * (DESIGN §1.4). A child makes thousands of calls with random numbers and
 * arguments - garbage pointers, huge sizes, -1, pointers into its own memory -
 * on every entry path; it may die of what it does to itself, but the kernel must
 * answer each call and the parent must find the system intact afterwards.
 * Calls that would only block, multiply or end the child are left out. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/wait.h>
#include "util.h"

#define MAX_NR		460

/* Reproducible by default; `fuzz_seed=N fuzz_calls=N` on the kernel command line
 * (or in the environment on Linux) for a longer campaign. */
static unsigned long long seed = 0x7472617064;
static long calls = 20000;

static unsigned long rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

/* Numbers (both tables) whose effect is only to block, fork, exec or exit. */
static int excluded(long nr, int i386_table)
{
	static const short x64[] = { 7, 34, 35, 56, 57, 58, 59, 60, 61, 62, 130, 169,
				     200, 231, 234, 247, 270, 271, 281 };
	static const short x86[] = { 1, 2, 7, 11, 29, 37, 88, 114, 120, 162, 168, 179,
				     190, 238, 252, 270, 308, 309 };
	const short *list = i386_table ? x86 : x64;
	int n = i386_table ? (int)(sizeof(x86) / sizeof(x86[0])) : (int)(sizeof(x64) / sizeof(x64[0]));

	for (int i = 0; i < n; i++)
		if (list[i] == nr)
			return 1;
	return 0;
}

static long arg(char *scratch)
{
	switch (rnd() % 6) {
	case 0: return rnd() % 16;				/* small: fds, flags */
	case 1: return -1;
	case 2: return (long)rnd();				/* anything */
	case 3: return (long)(scratch + rnd() % 4096);		/* our own memory */
	case 4: return (long)0xffffffff80000000UL + (long)(rnd() % 4096);	/* kernel */
	default: return (long)(rnd() & 0xffffffffUL);		/* a 32-bit value */
	}
}

static void fuzz(const struct entry_path *p)
{
	static char scratch[8192];

	for (int fd = 0; fd < 64; fd++)
		close(fd);			/* nothing to block on, nothing to clobber */
	chdir("/tmp");
	for (long i = 0; i < calls; i++) {
		long nr = rnd() % MAX_NR;
		if (excluded(nr, p->i386_table))
			continue;
		for (unsigned j = 0; j < sizeof(scratch); j += 8)
			*(unsigned long *)(scratch + j) = rnd();
		p->call(nr, arg(scratch), arg(scratch), arg(scratch), arg(scratch),
			arg(scratch), arg(scratch));
	}
	_exit(0);
}

/* Run fuzz(p) in a child; it gets 20 s. 0 when the child ended at all. */
static int fuzz_in_child(const struct entry_path *p, int *status)
{
	pid_t pid = fork();

	if (pid == 0)
		fuzz(p);
	for (int t = 0; t < 2000; t++) {
		struct timespec ts = { 0, 10 * 1000 * 1000 };
		if (waitpid(pid, status, WNOHANG) == pid)
			return 0;
		nanosleep(&ts, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, status, 0);
	return -1;
}

static void check_path(const struct entry_path *p)
{
	int status;

	EXPECT_EQ(fuzz_in_child(p, &status), 0);
	/* and the system still works: a few ordinary calls */
	EXPECT_TRUE(getpid() > 0);
	EXPECT_EQ(write(1, "", 0), 0);
	pid_t c = fork();
	if (c == 0)
		_exit(7);
	EXPECT_EQ(waitpid(c, &status, 0), c);
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7);
}

#ifdef __x86_64__
TAP_TEST(random_syscalls_via_syscall_leave_the_kernel_standing)
{
	check_path(&path_syscall);
}
#else
TAP_TEST(random_syscalls_via_vsyscall_leave_the_kernel_standing)
{
	if (!getauxval(AT_SYSINFO)) {
		test_skip("no AT_SYSINFO");
		return;
	}
	check_path(&path_vsyscall);
}
#endif

TAP_TEST(random_syscalls_via_int80_leave_the_kernel_standing)
{
	check_path(&path_int80);
}

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(random_syscalls_via_syscall_leave_the_kernel_standing),
#else
	TAP_ENTRY(random_syscalls_via_vsyscall_leave_the_kernel_standing),
#endif
	TAP_ENTRY(random_syscalls_via_int80_leave_the_kernel_standing),
};

int main(void)
{
	const char *s = getenv("fuzz_seed"), *c = getenv("fuzz_calls");

	if (s)
		seed = strtoull(s, NULL, 0) | 1;
	if (c)
		calls = strtol(c, NULL, 0);
	printf("# fuzz: seed %llu, %ld calls per path\n", seed, calls);
	return RUN_TESTS(tests);
}
