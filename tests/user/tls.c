/* tls.c: the thread-pointer calls. 64-bit: arch_prctl sets and reads the FS and GS
 * bases (kernel or non-canonical addresses refused with -EPERM). 32-bit:
 * set_thread_area hands out a GDT TLS slot (12..14 on a 64-bit kernel) that %gs
 * can load. Either way the base survives later system calls. */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <asm/ldt.h>
#include <sys/prctl.h>
#include "util.h"

/* What the segment will point at: read back through %fs/%gs. */
static unsigned long block[2] = {
	(unsigned long)0x1122334455667788ULL, (unsigned long)0x99aabbccddeeff00ULL,
};

static void sleep_1ms(void)
{
	struct timespec ts = { 0, 1000000 };

	__syscall2(__NR_nanosleep, (long)&ts, 0);
}

#ifdef __x86_64__
static long arch_prctl_raw(int code, unsigned long addr)
{
	return sys64(__NR_arch_prctl, code, addr, 0, 0, 0, 0);
}

static unsigned long read_fs(long off)
{
	unsigned long v;

	__asm__ volatile ("movq %%fs:(%1), %0" : "=r"(v) : "r"(off));
	return v;
}

static unsigned long read_gs(long off)
{
	unsigned long v;

	__asm__ volatile ("movq %%gs:(%1), %0" : "=r"(v) : "r"(off));
	return v;
}

TAP_TEST(arch_prctl_set_fs_then_fs_0_reads_it)
{
	expect_ret("ARCH_SET_FS", arch_prctl_raw(ARCH_SET_FS, (unsigned long)block), 0);
	if (!tap_failed_now) {
		expect_ret("%fs:0", read_fs(0), block[0]);
		expect_ret("%fs:8", read_fs(8), block[1]);
	}
	arch_prctl_raw(ARCH_SET_FS, 0);
}

TAP_TEST(arch_prctl_get_fs_returns_what_was_set)
{
	unsigned long fs = 0;

	expect_ret("ARCH_SET_FS", arch_prctl_raw(ARCH_SET_FS, (unsigned long)block), 0);
	expect_ret("ARCH_GET_FS", arch_prctl_raw(ARCH_GET_FS, (unsigned long)&fs), 0);
	expect_ret("fs base", fs, (long)block);
	arch_prctl_raw(ARCH_SET_FS, 0);
}

TAP_TEST(arch_prctl_set_gs_then_gs_0_reads_it)
{
	unsigned long gs = 0;

	expect_ret("ARCH_SET_GS", arch_prctl_raw(ARCH_SET_GS, (unsigned long)block), 0);
	expect_ret("ARCH_GET_GS", arch_prctl_raw(ARCH_GET_GS, (unsigned long)&gs), 0);
	expect_ret("gs base", gs, (long)block);
	if (!tap_failed_now)
		expect_ret("%gs:8", read_gs(8), block[1]);
	arch_prctl_raw(ARCH_SET_GS, 0);
}

TAP_TEST(fs_base_survives_syscalls_and_sleep)
{
	expect_ret("ARCH_SET_FS", arch_prctl_raw(ARCH_SET_FS, (unsigned long)block), 0);
	if (tap_failed_now)
		return;
	sys64(__NR_getpid, 0, 0, 0, 0, 0, 0);
	int80(NR32_getpid, 0, 0, 0, 0, 0, 0);
	sleep_1ms();
	expect_ret("%fs:0", read_fs(0), block[0]);
	arch_prctl_raw(ARCH_SET_FS, 0);
}

TAP_TEST(arch_prctl_kernel_address_gives_eperm)
{
	static const unsigned long bad[] = {
		0xffffffff80000000UL, 0x0000800000000000UL, 0x8000000000000000UL,
	};
	char what[64];
	unsigned int i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(what, sizeof(what), "ARCH_SET_FS(%#lx)", bad[i]);
		expect_ret(what, arch_prctl_raw(ARCH_SET_FS, bad[i]), -EPERM);
		snprintf(what, sizeof(what), "ARCH_SET_GS(%#lx)", bad[i]);
		expect_ret(what, arch_prctl_raw(ARCH_SET_GS, bad[i]), -EPERM);
	}
}

TAP_TEST(arch_prctl_unknown_code_gives_einval)
{
	expect_ret("arch_prctl(0x1fff)", arch_prctl_raw(0x1fff, 0), -EINVAL);
}

TAP_TEST(arch_prctl_get_fs_bad_pointer_gives_efault)
{
	expect_ret("ARCH_GET_FS(kernel pointer)",
		   arch_prctl_raw(ARCH_GET_FS, 0xffffffff80000000UL), -EFAULT);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(arch_prctl_set_fs_then_fs_0_reads_it),
	TAP_ENTRY(arch_prctl_get_fs_returns_what_was_set),
	TAP_ENTRY(arch_prctl_set_gs_then_gs_0_reads_it),
	TAP_ENTRY(fs_base_survives_syscalls_and_sleep),
	TAP_ENTRY(arch_prctl_kernel_address_gives_eperm),
	TAP_ENTRY(arch_prctl_unknown_code_gives_einval),
	TAP_ENTRY(arch_prctl_get_fs_bad_pointer_gives_efault),
};
#else
#define GDT_ENTRY_TLS_MIN	12	/* Linux x86-64: the three TLS slots */
#define GDT_ENTRY_TLS_MAX	14

/* A flat 4 GiB data segment based at block; entry -1 asks for a free slot. */
static long make_tls(struct user_desc *u)
{
	memset(u, 0, sizeof(*u));
	u->entry_number = -1;
	u->base_addr = (unsigned long)block;
	u->limit = 0xfffff;
	u->seg_32bit = 1;
	u->limit_in_pages = 1;
	u->useable = 1;
	return __syscall1(__NR_set_thread_area, (long)u);
}

/* Load %gs with the slot, read gs:off, put the old %gs back. */
static unsigned long read_through_gs(unsigned int entry, long off)
{
	unsigned short sel = entry << 3 | 3, old;
	unsigned long v;

	__asm__ volatile ("mov %%gs, %0" : "=r"(old));
	__asm__ volatile ("mov %1, %%gs\n\t"
			  "movl %%gs:(%2), %0"
			  : "=r"(v) : "r"(sel), "r"(off) : "memory");
	__asm__ volatile ("mov %0, %%gs" : : "r"(old));
	return v;
}

TAP_TEST(set_thread_area_picks_a_tls_slot)
{
	struct user_desc u;

	expect_ret("set_thread_area", make_tls(&u), 0);
	EXPECT_TRUE(u.entry_number >= GDT_ENTRY_TLS_MIN &&
		    u.entry_number <= GDT_ENTRY_TLS_MAX);
}

TAP_TEST(set_thread_area_segment_reads_through_gs)
{
	struct user_desc u;

	expect_ret("set_thread_area", make_tls(&u), 0);
	if (tap_failed_now || u.entry_number < GDT_ENTRY_TLS_MIN ||
	    u.entry_number > GDT_ENTRY_TLS_MAX)
		return;
	expect_ret("%gs:0", read_through_gs(u.entry_number, 0), block[0]);
	expect_ret("%gs:4", read_through_gs(u.entry_number, 4), block[1]);
}

TAP_TEST(gs_survives_syscalls_and_sleep)
{
	unsigned short sel, old, after;
	struct user_desc u;
	unsigned long v;

	expect_ret("set_thread_area", make_tls(&u), 0);
	if (tap_failed_now || u.entry_number < GDT_ENTRY_TLS_MIN ||
	    u.entry_number > GDT_ENTRY_TLS_MAX)
		return;
	sel = u.entry_number << 3 | 3;
	__asm__ volatile ("mov %%gs, %0\n\tmov %1, %%gs" : "=&r"(old) : "r"(sel));
	int80(__NR_getpid, 0, 0, 0, 0, 0, 0);
	vsys32(__NR_getpid, 0, 0, 0, 0, 0, 0);
	sleep_1ms();
	__asm__ volatile ("mov %%gs, %0\n\tmovl %%gs:0, %1\n\tmov %2, %%gs"
			  : "=&r"(after), "=&r"(v) : "r"(old) : "memory");
	expect_ret("%gs", after, sel);
	expect_ret("%gs:0", v, block[0]);
}

TAP_TEST(set_thread_area_non_tls_entry_gives_einval)
{
	struct user_desc u;

	make_tls(&u);
	u.entry_number = 5;
	expect_ret("set_thread_area(entry 5)",
		   __syscall1(__NR_set_thread_area, (long)&u), -EINVAL);
}

TAP_TEST(set_thread_area_null_gives_efault)
{
	expect_ret("set_thread_area(NULL)", __syscall1(__NR_set_thread_area, 0),
		   -EFAULT);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(set_thread_area_picks_a_tls_slot),
	TAP_ENTRY(set_thread_area_segment_reads_through_gs),
	TAP_ENTRY(gs_survives_syscalls_and_sleep),
	TAP_ENTRY(set_thread_area_non_tls_entry_gives_einval),
	TAP_ENTRY(set_thread_area_null_gives_efault),
};
#endif

int main(void)
{
	return RUN_TESTS(tests);
}
