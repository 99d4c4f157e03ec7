/* memory.c: brk, mmap, munmap and mprotect as Linux defines them for anonymous
 * memory: new memory is zeroed, unmapped or read-only memory makes a syscall that
 * writes there fail with -EFAULT, the top user page can never be mapped, bad
 * arguments give -EINVAL. Raw calls: results are -errno, errno is untouched. */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include "util.h"

#ifdef __x86_64__
#define TOP_PAGE	0x7ffffffff000UL	/* 2^47 - 4096: never mapped */
#define MMAP_NR		__NR_mmap
#else
#define TOP_PAGE	0xfffff000UL		/* 4 GiB - 4096 */
#define MMAP_NR		__NR_mmap2		/* offset in pages; 0 here */
#endif

extern char _end[];	/* end of our bss, where the break starts */

static long raw_mmap(unsigned long addr, unsigned long len, int prot, int flags)
{
	return __syscall6(MMAP_NR, addr, len, prot, flags, -1, 0);
}

static long raw_brk(unsigned long addr)
{
	return __syscall1(__NR_brk, addr);
}

static int all_zero(const char *p, unsigned long n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

/* A raw result in -4095..-1 is -errno; anything else is an address. */
static int is_err(long r)
{
	return (unsigned long)r >= (unsigned long)-4095;
}

/* 1 if mmap gave a page-aligned address, else a failure naming the error. */
static int mapped(long r)
{
	if (!is_err(r) && r % PAGE_SIZE == 0)
		return 1;
	expect_ret("mmap (an address expected)", r, 0);
	return 0;
}

static unsigned long page_up(unsigned long a)
{
	return (a + PAGE_SIZE - 1) & ~(unsigned long)(PAGE_SIZE - 1);
}

TAP_TEST(brk_0_returns_current_break)
{
	unsigned long b = raw_brk(0);

	EXPECT_TRUE(b >= (unsigned long)_end);
	expect_ret("brk(0) again", raw_brk(0), b);
}

TAP_TEST(brk_grow_gives_zeroed_writable_memory)
{
	unsigned long b = raw_brk(0), want = b + 3 * PAGE_SIZE + 100;
	char *p = (char *)b;

	expect_ret("brk(grow)", raw_brk(want), want);
	if (tap_failed_now)
		return;
	EXPECT_TRUE(all_zero(p, want - b));
	memset(p, 0xaa, want - b);
	EXPECT_TRUE(p[want - b - 1] == (char)0xaa);
	expect_ret("brk(shrink)", raw_brk(b), b);
}

TAP_TEST(brk_shrink_returns_new_break)
{
	unsigned long b = raw_brk(0);

	expect_ret("brk(grow)", raw_brk(b + 2 * PAGE_SIZE), b + 2 * PAGE_SIZE);
	expect_ret("brk(shrink)", raw_brk(b + PAGE_SIZE), b + PAGE_SIZE);
	expect_ret("brk(0)", raw_brk(0), b + PAGE_SIZE);
	expect_ret("brk(back)", raw_brk(b), b);
}

/* Whole pages given back and taken again come back zeroed. */
TAP_TEST(brk_regrow_after_shrink_is_zeroed)
{
	unsigned long b = raw_brk(0), start = page_up(b), want = start + 2 * PAGE_SIZE;

	expect_ret("brk(grow)", raw_brk(want), want);
	if (tap_failed_now)
		return;
	memset((char *)start, 0x55, want - start);
	expect_ret("brk(shrink)", raw_brk(b), b);
	expect_ret("brk(regrow)", raw_brk(want), want);
	if (!tap_failed_now)
		EXPECT_TRUE(all_zero((char *)start, want - start));
	expect_ret("brk(back)", raw_brk(b), b);
}

/* Linux's brk never fails with -errno: it returns the unchanged break. */
TAP_TEST(brk_below_data_returns_old_break)
{
	unsigned long b = raw_brk(0);

	expect_ret("brk(4096)", raw_brk(PAGE_SIZE), b);
}

TAP_TEST(mmap_anonymous_is_zeroed_and_writable)
{
	long r = raw_mmap(0, 3 * PAGE_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS);
	char *p = (char *)r;

	if (!mapped(r))
		return;
	EXPECT_TRUE(all_zero(p, 3 * PAGE_SIZE));
	memset(p, 0x11, 3 * PAGE_SIZE);
	EXPECT_TRUE(p[3 * PAGE_SIZE - 1] == 0x11);
	expect_ret("munmap", __syscall2(__NR_munmap, r, 3 * PAGE_SIZE), 0);
}

static long clock_into(void *p)
{
	return __syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, (long)p);
}

TAP_TEST(munmap_then_clock_gettime_gives_efault)
{
	long r = raw_mmap(0, PAGE_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS);

	if (!mapped(r))
		return;
	expect_ret("clock_gettime before munmap", clock_into((void *)r), 0);
	expect_ret("munmap", __syscall2(__NR_munmap, r, PAGE_SIZE), 0);
	expect_ret("clock_gettime after munmap", clock_into((void *)r), -EFAULT);
}

TAP_TEST(mprotect_read_only_then_clock_gettime_gives_efault)
{
	long r = raw_mmap(0, PAGE_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS);
	volatile char *p = (char *)r;

	if (!mapped(r))
		return;
	p[0] = 42;
	expect_ret("mprotect(PROT_READ)", __syscall3(__NR_mprotect, r, PAGE_SIZE,
						     PROT_READ), 0);
	expect_ret("clock_gettime into read-only", clock_into((void *)r), -EFAULT);
	expect_ret("still readable", p[0], 42);
	__syscall2(__NR_munmap, r, PAGE_SIZE);
}

TAP_TEST(mprotect_back_to_read_write_works)
{
	long r = raw_mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS);

	if (!mapped(r))
		return;
	expect_ret("clock_gettime into read-only", clock_into((void *)r), -EFAULT);
	expect_ret("mprotect(RW)", __syscall3(__NR_mprotect, r, PAGE_SIZE,
					      PROT_READ | PROT_WRITE), 0);
	expect_ret("clock_gettime into RW", clock_into((void *)r), 0);
	if (!tap_failed_now)	/* the kernel says RW now: a write must work */
		((volatile char *)r)[PAGE_SIZE - 1] = 1;
	__syscall2(__NR_munmap, r, PAGE_SIZE);
}

TAP_TEST(mmap_fixed_at_top_page_fails)
{
	long r = raw_mmap(TOP_PAGE, PAGE_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED);

	if (is_err(r))
		return;
	expect_ret("mmap(top page, MAP_FIXED)", r, -ENOMEM);
}

TAP_TEST(mmap_bad_flags_give_einval)
{
	expect_ret("mmap(no PRIVATE or SHARED)",
		   raw_mmap(0, PAGE_SIZE, PROT_READ, MAP_ANONYMOUS), -EINVAL);
	expect_ret("mmap(PRIVATE|SHARED)",
		   raw_mmap(0, PAGE_SIZE, PROT_READ,
			    MAP_ANONYMOUS | MAP_PRIVATE | MAP_SHARED), -EINVAL);
	expect_ret("mmap(len 0)", raw_mmap(0, 0, PROT_READ,
					   MAP_ANONYMOUS | MAP_PRIVATE), -EINVAL);
}

TAP_TEST(munmap_unaligned_gives_einval)
{
	long r = raw_mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS);

	if (!mapped(r))
		return;
	expect_ret("munmap(addr + 1)", __syscall2(__NR_munmap, r + 1, PAGE_SIZE),
		   -EINVAL);
	expect_ret("munmap", __syscall2(__NR_munmap, r, PAGE_SIZE), 0);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(brk_0_returns_current_break),
	TAP_ENTRY(brk_grow_gives_zeroed_writable_memory),
	TAP_ENTRY(brk_shrink_returns_new_break),
	TAP_ENTRY(brk_regrow_after_shrink_is_zeroed),
	TAP_ENTRY(brk_below_data_returns_old_break),
	TAP_ENTRY(mmap_anonymous_is_zeroed_and_writable),
	TAP_ENTRY(munmap_then_clock_gettime_gives_efault),
	TAP_ENTRY(mprotect_read_only_then_clock_gettime_gives_efault),
	TAP_ENTRY(mprotect_back_to_read_write_works),
	TAP_ENTRY(mmap_fixed_at_top_page_fails),
	TAP_ENTRY(mmap_bad_flags_give_einval),
	TAP_ENTRY(munmap_unaligned_gives_einval),
};

int main(void)
{
	return RUN_TESTS(tests);
}
