/* numbering.c: how each path reads the system-call number (DESIGN §6): only the
 * low 32 bits of rax, as an int, compared unsigned against the table size; -1,
 * numbers past the end and x32 numbers (bit 30) give -ENOSYS on every path. */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "util.h"

#define X32_SYSCALL_BIT	0x40000000L	/* Linux's __X32_SYSCALL_BIT */

/* Numbers no table has; the getpid one gets the x32 bit added per path. */
static const long bad_numbers[] = { -1, 1000, INT_MAX, INT_MIN };

static void expect_enosys_for_bad_numbers(const struct entry_path *p, long getpid_nr)
{
	char what[64];
	unsigned int i;

	for (i = 0; i < sizeof(bad_numbers) / sizeof(bad_numbers[0]); i++) {
		snprintf(what, sizeof(what), "%s nr %ld", p->name, bad_numbers[i]);
		expect_ret(what, p->call(bad_numbers[i], 0, 0, 0, 0, 0, 0), -ENOSYS);
	}
	snprintf(what, sizeof(what), "%s nr %#lx (x32 getpid)", p->name,
		 X32_SYSCALL_BIT | getpid_nr);
	expect_ret(what, p->call(X32_SYSCALL_BIT | getpid_nr, 0, 0, 0, 0, 0, 0),
		   -ENOSYS);
}

#ifdef __x86_64__
/* Garbage in bits 32-63 of rax, from selftest syscall_numbering's list. */
static const unsigned long high_halves[] = {
	1, 0xffffffff, X32_SYSCALL_BIT, 0x7fffffff, 0x80000000,
};

static void expect_high_bits_ignored(const struct entry_path *p, long getpid_nr)
{
	char what[64];
	unsigned int i;

	for (i = 0; i < sizeof(high_halves) / sizeof(high_halves[0]); i++) {
		long nr = (long)(high_halves[i] << 32 | getpid_nr);

		snprintf(what, sizeof(what), "%s rax %#lx", p->name, nr);
		expect_ret(what, p->call(nr, 0, 0, 0, 0, 0, 0), getpid());
	}
}

TAP_TEST(syscall_ignores_high_bits_of_rax)
{
	expect_high_bits_ignored(&path_syscall, __NR_getpid);
}

TAP_TEST(int80_ignores_high_bits_of_rax)
{
	expect_high_bits_ignored(&path_int80, NR32_getpid);
}

TAP_TEST(syscall_bad_numbers_give_enosys)
{
	expect_enosys_for_bad_numbers(&path_syscall, __NR_getpid);
}

TAP_TEST(int80_bad_numbers_give_enosys)
{
	expect_enosys_for_bad_numbers(&path_int80, NR32_getpid);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(syscall_ignores_high_bits_of_rax),
	TAP_ENTRY(int80_ignores_high_bits_of_rax),
	TAP_ENTRY(syscall_bad_numbers_give_enosys),
	TAP_ENTRY(int80_bad_numbers_give_enosys),
};
#else
TAP_TEST(int80_bad_numbers_give_enosys)
{
	expect_enosys_for_bad_numbers(&path_int80, __NR_getpid);
}

TAP_TEST(vsyscall_bad_numbers_give_enosys)
{
	if (path_vsyscall.call(__NR_getpid, 0, 0, 0, 0, 0, 0) != getpid()) {
		test_skip("no AT_SYSINFO");
		return;
	}
	expect_enosys_for_bad_numbers(&path_vsyscall, __NR_getpid);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(int80_bad_numbers_give_enosys),
	TAP_ENTRY(vsyscall_bad_numbers_give_enosys),
};
#endif

int main(void)
{
	return RUN_TESTS(tests);
}
