/* argext.c: arguments are converted to their declared C types at the boundary
 * (DESIGN §6, SYSCALL_DEFINEn): garbage in the high half of a 64-bit register
 * changes nothing for an int or a 32-bit i386 argument, and a 32-bit pointer
 * above 2 GiB is zero-extended, never sign-extended into kernel space. */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/random.h>
#include "util.h"

#define GARBAGE	0xdeadbeef00000000UL

/* Old i386 struct timespec: what clock_gettime (265) writes for int $0x80. */
struct timespec32 {
	int tv_sec, tv_nsec;
};

/* A page between 2 GiB and 4 GiB: its address has bit 31 set. */
static void *high_page(void)
{
	static void *page;

	if (!page) {
		page = mmap((void *)0xc0000000UL, PAGE_SIZE, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (page == MAP_FAILED || (unsigned long)page < 0x80000000UL ||
		    (unsigned long)page > 0xffffffffUL)
			page = NULL;
	}
	return page;
}

static void expect_clock_gettime32_into_high_page(const struct entry_path *p,
						  unsigned long high_bits)
{
	struct timespec32 *ts = high_page();

	if (!ts) {
		test_skip("no page between 2 and 4 GiB");
		return;
	}
	memset(ts, 0xff, sizeof(*ts));
	expect_ret(p->name, p->call(NR32_clock_gettime, high_bits | CLOCK_MONOTONIC,
				    high_bits | (unsigned long)ts, 0, 0, 0, 0), 0);
	EXPECT_TRUE(ts->tv_nsec >= 0 && ts->tv_nsec < 1000000000);
}

#ifdef __x86_64__
TAP_TEST(syscall_fd_high_bits_ignored)
{
	static const char msg[] = "# written to fd 0xffffffff00000001\n";

	expect_ret("write", sys64(__NR_write, 0xffffffff00000001L, (long)msg,
				  sizeof(msg) - 1, 0, 0, 0), sizeof(msg) - 1);
}

TAP_TEST(syscall_clockid_high_bits_ignored)
{
	struct timespec ts;

	expect_ret("clock_gettime", sys64(__NR_clock_gettime,
					  (long)(GARBAGE | CLOCK_MONOTONIC),
					  (long)&ts, 0, 0, 0, 0), 0);
}

TAP_TEST(syscall_unsigned_int_flags_high_bits_ignored)
{
	char buf[16];

	expect_ret("getrandom", sys64(__NR_getrandom, (long)buf, sizeof(buf),
				      (long)GARBAGE, 0, 0, 0), sizeof(buf));
}

TAP_TEST(int80_ignores_high_halves_of_arguments)
{
	static const char msg[] = "# int $0x80 with rbx=0xdeadbeef00000001\n";

	expect_ret("write", int80(NR32_write, (long)(GARBAGE | 1),
				  (long)(GARBAGE | (unsigned long)msg),
				  (long)(GARBAGE | (sizeof(msg) - 1)), 0, 0, 0),
		   sizeof(msg) - 1);
}

TAP_TEST(int80_pointer_above_2g_is_zero_extended)
{
	expect_clock_gettime32_into_high_page(&path_int80, GARBAGE);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(syscall_fd_high_bits_ignored),
	TAP_ENTRY(syscall_clockid_high_bits_ignored),
	TAP_ENTRY(syscall_unsigned_int_flags_high_bits_ignored),
	TAP_ENTRY(int80_ignores_high_halves_of_arguments),
	TAP_ENTRY(int80_pointer_above_2g_is_zero_extended),
};
#else
TAP_TEST(int80_pointer_above_2g_is_zero_extended)
{
	expect_clock_gettime32_into_high_page(&path_int80, 0);
}

TAP_TEST(vsyscall_pointer_above_2g_is_zero_extended)
{
	if (path_vsyscall.call(__NR_getpid, 0, 0, 0, 0, 0, 0) != getpid()) {
		test_skip("no AT_SYSINFO");
		return;
	}
	expect_clock_gettime32_into_high_page(&path_vsyscall, 0);
}

/* clockid_t is an int: 0xffffffff is -1 (a CPU-clock id no one has). */
TAP_TEST(int80_negative_clockid_gives_einval)
{
	struct timespec32 ts;

	expect_ret("clock_gettime", int80(NR32_clock_gettime, -1, (long)&ts, 0, 0, 0,
					  0), -EINVAL);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(int80_pointer_above_2g_is_zero_extended),
	TAP_ENTRY(vsyscall_pointer_above_2g_is_zero_extended),
	TAP_ENTRY(int80_negative_clockid_gives_einval),
};
#endif

int main(void)
{
	return RUN_TESTS(tests);
}
