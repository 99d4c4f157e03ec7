/* auxv.c: the aux vector the kernel puts above envp (issue 3 §1, reference §2.5
 * and §4.3): the vDSO entries first, then the program's own headers, page size,
 * entry, random bytes, ids, hwcap, clock tick, execfn, platform, minsigstksz.
 * Boot with vdso=0 and pass expect_vdso=0 to check that the vDSO entries go. */
#include <elf.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include "util.h"

#ifdef __x86_64__
typedef Elf64_Ehdr Ehdr;
typedef Elf64_Phdr Phdr;
#define PLATFORM	"x86_64"
#else
typedef Elf32_Ehdr Ehdr;
typedef Elf32_Phdr Phdr;
#define PLATFORM	"i686"
#endif

extern const Ehdr __ehdr_start;	/* the linker's name for our own ELF header */
extern char _start[];

static unsigned long *auxv, *auxv_end;	/* the pairs, and just past AT_NULL */
static char **main_argv;

static int find(unsigned long type, unsigned long *val)
{
	unsigned long *a;

	for (a = auxv; a[0] != AT_NULL; a += 2)
		if (a[0] == type) {
			*val = a[1];
			return 1;
		}
	return 0;
}

/* The value of an entry that must be there; a failure if it is not. */
static unsigned long must_find(unsigned long type, const char *name)
{
	unsigned long v = 0;

	if (!find(type, &v)) {
		char msg[80];

		snprintf(msg, sizeof(msg), "%s: saw no entry, expected one", name);
		tap_fail(__FILE__, __LINE__, msg);
	}
	return v;
}
#define MUST_FIND(type) must_find(type, #type)

TAP_TEST(auxv_has_vdso_entries_unless_vdso_off)
{
	unsigned long v;
	int want = !env_is("expect_vdso", "0");

	expect_ret("AT_SYSINFO_EHDR present", find(AT_SYSINFO_EHDR, &v), want);
#ifdef __i386__
	expect_ret("AT_SYSINFO present", find(AT_SYSINFO, &v), want);
#endif
}

TAP_TEST(auxv_starts_with_vdso_entries)
{
	if (env_is("expect_vdso", "0")) {
		test_skip("expect_vdso=0");
		return;
	}
#ifdef __x86_64__
	expect_ret("auxv[0] type", auxv[0], AT_SYSINFO_EHDR);
#else
	expect_ret("auxv[0] type", auxv[0], AT_SYSINFO);
	expect_ret("auxv[1] type", auxv[2], AT_SYSINFO_EHDR);
#endif
}

TAP_TEST(auxv_phdr_matches_program_headers)
{
	const char *ehdr = (const char *)&__ehdr_start;

	expect_ret("AT_PHDR", MUST_FIND(AT_PHDR), (long)(ehdr + __ehdr_start.e_phoff));
	expect_ret("AT_PHENT", MUST_FIND(AT_PHENT), sizeof(Phdr));
	expect_ret("AT_PHNUM", MUST_FIND(AT_PHNUM), __ehdr_start.e_phnum);
}

TAP_TEST(auxv_pagesz_is_4096)
{
	expect_ret("AT_PAGESZ", MUST_FIND(AT_PAGESZ), 4096);
}

TAP_TEST(auxv_entry_is_elf_entry)
{
	expect_ret("AT_ENTRY", MUST_FIND(AT_ENTRY), __ehdr_start.e_entry);
	expect_ret("AT_ENTRY", MUST_FIND(AT_ENTRY), (long)_start);
}

TAP_TEST(auxv_random_points_at_16_bytes)
{
	static const unsigned char zero[16];
	const unsigned char *r = (const unsigned char *)MUST_FIND(AT_RANDOM);

	/* On the initial stack, above the vector itself: safe to read. */
	EXPECT_TRUE((unsigned long *)r >= auxv_end);
	if ((unsigned long *)r >= auxv_end)
		EXPECT_TRUE(memcmp(r, zero, 16) != 0);
}

TAP_TEST(auxv_ids_match_getuid)
{
	expect_ret("AT_UID", MUST_FIND(AT_UID), getuid());
	expect_ret("AT_EUID", MUST_FIND(AT_EUID), geteuid());
	expect_ret("AT_GID", MUST_FIND(AT_GID), getgid());
	expect_ret("AT_EGID", MUST_FIND(AT_EGID), getegid());
	if (on_trapdoor()) {
		expect_ret("AT_UID on Trapdoor", MUST_FIND(AT_UID), 0);
		expect_ret("AT_GID on Trapdoor", MUST_FIND(AT_GID), 0);
	}
}

TAP_TEST(auxv_secure_is_0)
{
	expect_ret("AT_SECURE", MUST_FIND(AT_SECURE), 0);
}

TAP_TEST(auxv_hwcap_is_cpuid_1_edx)
{
	unsigned int a = 1, b, c = 0, d;

	__asm__ volatile ("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	expect_ret("AT_HWCAP", MUST_FIND(AT_HWCAP), d);
}

TAP_TEST(auxv_clktck_is_100)
{
	expect_ret("AT_CLKTCK", MUST_FIND(AT_CLKTCK), 100);
}

TAP_TEST(auxv_execfn_is_argv0)
{
	const char *fn = (const char *)MUST_FIND(AT_EXECFN);

	EXPECT_TRUE(fn != NULL && (unsigned long *)fn >= auxv_end);
	if (fn && (unsigned long *)fn >= auxv_end)
		EXPECT_STREQ(fn, main_argv[0]);
}

TAP_TEST(auxv_platform_names_the_abi)
{
	const char *p = (const char *)MUST_FIND(AT_PLATFORM);

	EXPECT_TRUE(p != NULL && (unsigned long *)p >= auxv_end);
	if (p && (unsigned long *)p >= auxv_end)
		EXPECT_STREQ(p, PLATFORM);
}

TAP_TEST(auxv_minsigstksz_is_nonzero)
{
	EXPECT_NE(MUST_FIND(AT_MINSIGSTKSZ), 0);
}

TAP_TEST(auxv_types_appear_once)
{
	unsigned long *a, *b;

	for (a = auxv; a[0] != AT_NULL; a += 2)
		for (b = a + 2; b[0] != AT_NULL; b += 2)
			if (a[0] == b[0] && a[0] != AT_IGNORE)
				expect_ret("repeated type", b[0], 0);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(auxv_has_vdso_entries_unless_vdso_off),
	TAP_ENTRY(auxv_starts_with_vdso_entries),
	TAP_ENTRY(auxv_phdr_matches_program_headers),
	TAP_ENTRY(auxv_pagesz_is_4096),
	TAP_ENTRY(auxv_entry_is_elf_entry),
	TAP_ENTRY(auxv_random_points_at_16_bytes),
	TAP_ENTRY(auxv_ids_match_getuid),
	TAP_ENTRY(auxv_secure_is_0),
	TAP_ENTRY(auxv_hwcap_is_cpuid_1_edx),
	TAP_ENTRY(auxv_clktck_is_100),
	TAP_ENTRY(auxv_execfn_is_argv0),
	TAP_ENTRY(auxv_platform_names_the_abi),
	TAP_ENTRY(auxv_minsigstksz_is_nonzero),
	TAP_ENTRY(auxv_types_appear_once),
};

int main(int argc, char **argv, char **envp)
{
	(void)argc;
	main_argv = argv;
	while (*envp)
		envp++;
	auxv = (unsigned long *)(envp + 1);
	for (auxv_end = auxv; auxv_end[0] != AT_NULL; auxv_end += 2)
		;
	auxv_end += 2;
	return RUN_TESTS(tests);
}
