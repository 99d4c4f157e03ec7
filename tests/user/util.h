/* util.h: what the ring-3 tests share: the kernel entry paths as plain functions
 * (SYSCALL, int $0x80 from 64-bit code, int $0x80 and __kernel_vsyscall from 32-bit
 * code), a runner that adds TAP's `# SKIP` to tap.h, and "am I on Trapdoor?".
 * Entry helpers return the raw kernel result (-errno), never touch errno. */
#ifndef TESTS_USER_UTIL_H
#define TESTS_USER_UTIL_H

#include <limits.h>
#include <stddef.h>
#include "tap.h"

/* The i386 table's numbers, for int $0x80 from 64-bit code (Linux's
 * syscall_32.tbl; the 64-bit build only has unistd_64.h). */
#define NR32_exit		1
#define NR32_write		4
#define NR32_time		13
#define NR32_getpid		20
#define NR32_gettimeofday	78
#define NR32_uname		122
#define NR32_nanosleep		162
#define NR32_clock_gettime	265
#define NR32_getrandom		355

/* One way into the kernel: a function taking the number and six arguments. */
typedef long (*entry_fn)(long nr, long a1, long a2, long a3, long a4, long a5,
			 long a6);

struct entry_path {
	const char *name;	/* "syscall", "int80", "vsyscall" */
	entry_fn call;
	int i386_table;		/* numbers and structs are the i386 ones */
	int low_pointers;	/* pointers are truncated to 32 bits */
};

#ifdef __x86_64__
long sys64(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
#endif
/* int $0x80: eax = nr, ebx ecx edx esi edi ebp = args; from either ABI. */
long int80(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
#ifdef __i386__
/* call *AT_SYSINFO, or -ENOSYS without calling anything if there is none. */
long vsys32(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
extern unsigned long vsyscall_entry;	/* AT_SYSINFO, 0 if absent */
#endif

#ifdef __x86_64__
extern const struct entry_path path_syscall, path_int80;
#else
extern const struct entry_path path_int80, path_vsyscall;
#endif

/* Memory every path can name: below 4 GiB even in a 64-bit process (int $0x80
 * truncates pointers). npages readable/writable pages, then one unmapped page.
 * Returns NULL if the kernel refused; the area is the same for every call. */
void *low_pages(int npages);

/* 1 if uname's release says Trapdoor. Trapdoor-only facts are asserted only then. */
int on_trapdoor(void);
/* 1 if the environment (the kernel command line's a=b words) has NAME=VALUE. */
int env_is(const char *name, const char *value);

/* CPUID vendor string ("GenuineIntel", "AuthenticAMD", ...). */
void cpu_vendor(char out[13]);

/* Mark the running test skipped (it still must not fail). */
void test_skip(const char *reason);
/* tap_run with skips: `ok - name # SKIP reason`. Returns the exit status. */
int run_tests(const struct tap_test *tests, int n);

/* Fail unless saw == expected; what names the call in the message. */
#define expect_ret(what, saw, expected) \
	expect_ret_at(__FILE__, __LINE__, what, saw, expected)
void expect_ret_at(const char *file, int line, const char *what, long saw,
		   long expected);

#define RUN_TESTS(table) run_tests(table, TAP_COUNT(table))

#endif
