/* efault.c: a bad user pointer gives -EFAULT, on every entry path, never a crash
 * (DESIGN §6, uaccess). Kinds: kernel (or, for i386 pointers, the never-mapped top
 * page), non-canonical, NULL, unmapped, read-only, and a struct straddling the end
 * of a mapping. Only the kernel touches these: a fault here would kill the test. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include "util.h"

/* The calls tried; each reads or writes a whole struct, or fails untouched. */
enum { CLOCK_GETTIME, GETTIMEOFDAY, UNAME, NANOSLEEP, WRITE, NCALLS };
static const char *const call_names[NCALLS] = {
	"clock_gettime", "gettimeofday", "uname", "nanosleep", "write",
};
#define ALL_CALLS	((1u << NCALLS) - 1)
/* gettimeofday(NULL, NULL) is legal; write may write the mapped part first. */
#define NOT_NULL	(ALL_CALLS & ~(1u << GETTIMEOFDAY))
#define NOT_PARTIAL	(ALL_CALLS & ~(1u << WRITE))
/* Read-only memory only fails the calls that write to it. */
#define WRITERS		(1u << CLOCK_GETTIME | 1u << GETTIMEOFDAY | 1u << UNAME)

static long make_call(const struct entry_path *p, int call, unsigned long ptr)
{
	int i386_nr = p->i386_table;

	switch (call) {
	case CLOCK_GETTIME:
		return p->call(i386_nr ? NR32_clock_gettime : __NR_clock_gettime,
			       CLOCK_MONOTONIC, ptr, 0, 0, 0, 0);
	case GETTIMEOFDAY:
		return p->call(i386_nr ? NR32_gettimeofday : __NR_gettimeofday, ptr, 0,
			       0, 0, 0, 0);
	case UNAME:
		return p->call(i386_nr ? NR32_uname : __NR_uname, ptr, 0, 0, 0, 0, 0);
	case NANOSLEEP:
		return p->call(i386_nr ? NR32_nanosleep : __NR_nanosleep, ptr, 0, 0, 0,
			       0, 0);
	default:
		return p->call(i386_nr ? NR32_write : __NR_write, 1, ptr, 1, 0, 0, 0);
	}
}

static void expect_efault(const struct entry_path *p, unsigned long ptr,
			  unsigned int calls)
{
	char what[80];
	int c;

	for (c = 0; c < NCALLS; c++) {
		if (!(calls & (1u << c)))
			continue;
		snprintf(what, sizeof(what), "%s %s(%#lx)", p->name, call_names[c],
			 ptr);
		expect_ret(what, make_call(p, c, ptr), -EFAULT);
	}
}

/* The last RW page before the hole low_pages leaves, and a read-only one. */
static char *rw_page, *ro_page;

static int setup_pages(void)
{
	if (!rw_page) {
		ro_page = low_pages(2);
		if (!ro_page || mprotect(ro_page, PAGE_SIZE, PROT_READ) != 0) {
			tap_fail(__FILE__, __LINE__, "could not map the test pages");
			ro_page = NULL;
			return 0;
		}
		rw_page = ro_page + PAGE_SIZE;
	}
	return 1;
}

static void null_pointer(const struct entry_path *p)
{
	expect_efault(p, 0, NOT_NULL);
}

static void unmapped_pointer(const struct entry_path *p)
{
	if (setup_pages())
		expect_efault(p, (unsigned long)(rw_page + PAGE_SIZE), ALL_CALLS);
}

static void straddling_pointer(const struct entry_path *p)
{
	if (setup_pages())
		expect_efault(p, (unsigned long)(rw_page + PAGE_SIZE - 4), NOT_PARTIAL);
}

static void readonly_pointer(const struct entry_path *p)
{
	if (setup_pages())
		expect_efault(p, (unsigned long)ro_page, WRITERS);
}

/* The top page of the 32-bit address space is never mapped (Linux: TASK_SIZE
 * of a compat task is 0xffffe000). */
static void top_page_pointer(const struct entry_path *p)
{
	expect_efault(p, 0xfffff000UL, ALL_CALLS);
}

#ifdef __x86_64__
TAP_TEST(syscall_kernel_pointer_gives_efault)
{
	expect_efault(&path_syscall, 0xffffffff80000000UL, ALL_CALLS);
}

TAP_TEST(syscall_noncanonical_pointer_gives_efault)
{
	expect_efault(&path_syscall, 0x0000800000000000UL, ALL_CALLS);
	expect_efault(&path_syscall, 0x8000000000000000UL, ALL_CALLS);
}

TAP_TEST(syscall_null_pointer_gives_efault)
{
	null_pointer(&path_syscall);
}

TAP_TEST(syscall_unmapped_pointer_gives_efault)
{
	unmapped_pointer(&path_syscall);
}

TAP_TEST(syscall_straddling_pointer_gives_efault)
{
	straddling_pointer(&path_syscall);
}

TAP_TEST(syscall_readonly_pointer_gives_efault)
{
	readonly_pointer(&path_syscall);
}
#else
static int have_vsyscall(void)
{
	if (path_vsyscall.call(__NR_getpid, 0, 0, 0, 0, 0, 0) == getpid())
		return 1;
	test_skip("no AT_SYSINFO");
	return 0;
}

TAP_TEST(vsyscall_top_page_pointer_gives_efault)
{
	if (have_vsyscall())
		top_page_pointer(&path_vsyscall);
}

TAP_TEST(vsyscall_null_pointer_gives_efault)
{
	if (have_vsyscall())
		null_pointer(&path_vsyscall);
}

TAP_TEST(vsyscall_unmapped_pointer_gives_efault)
{
	if (have_vsyscall())
		unmapped_pointer(&path_vsyscall);
}

TAP_TEST(vsyscall_straddling_pointer_gives_efault)
{
	if (have_vsyscall())
		straddling_pointer(&path_vsyscall);
}

TAP_TEST(vsyscall_readonly_pointer_gives_efault)
{
	if (have_vsyscall())
		readonly_pointer(&path_vsyscall);
}
#endif

TAP_TEST(int80_top_page_pointer_gives_efault)
{
	top_page_pointer(&path_int80);
}

TAP_TEST(int80_null_pointer_gives_efault)
{
	null_pointer(&path_int80);
}

TAP_TEST(int80_unmapped_pointer_gives_efault)
{
	unmapped_pointer(&path_int80);
}

TAP_TEST(int80_straddling_pointer_gives_efault)
{
	straddling_pointer(&path_int80);
}

TAP_TEST(int80_readonly_pointer_gives_efault)
{
	readonly_pointer(&path_int80);
}

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(syscall_kernel_pointer_gives_efault),
	TAP_ENTRY(syscall_noncanonical_pointer_gives_efault),
	TAP_ENTRY(syscall_null_pointer_gives_efault),
	TAP_ENTRY(syscall_unmapped_pointer_gives_efault),
	TAP_ENTRY(syscall_straddling_pointer_gives_efault),
	TAP_ENTRY(syscall_readonly_pointer_gives_efault),
#else
	TAP_ENTRY(vsyscall_top_page_pointer_gives_efault),
	TAP_ENTRY(vsyscall_null_pointer_gives_efault),
	TAP_ENTRY(vsyscall_unmapped_pointer_gives_efault),
	TAP_ENTRY(vsyscall_straddling_pointer_gives_efault),
	TAP_ENTRY(vsyscall_readonly_pointer_gives_efault),
#endif
	TAP_ENTRY(int80_top_page_pointer_gives_efault),
	TAP_ENTRY(int80_null_pointer_gives_efault),
	TAP_ENTRY(int80_unmapped_pointer_gives_efault),
	TAP_ENTRY(int80_straddling_pointer_gives_efault),
	TAP_ENTRY(int80_readonly_pointer_gives_efault),
};

int main(void)
{
	return RUN_TESTS(tests);
}
