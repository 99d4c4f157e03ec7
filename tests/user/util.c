/* util.c: the entry-path helpers, the skip-aware runner and the small probes every
 * ring-3 test program links with (see util.h). The entry helpers are plain asm
 * functions so that the compiler never has to give up ebp/rbp for an operand. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include "util.h"

#ifdef __x86_64__
/*
 * int80(nr, a1..a6) from 64-bit code: SysV passes rdi rsi rdx rcx r8 r9, 8(%rsp);
 * the i386 ABI wants eax, ebx ecx edx esi edi ebp. The result is eax, sign-extended.
 */
__asm__(".text\n"
	".globl int80\n"
	"int80:\n\t"
	"pushq	%rbx\n\t"
	"pushq	%rbp\n\t"
	"movq	24(%rsp), %rbp\n\t"	/* a6: past 2 pushes and the return */
	"movq	%rdi, %rax\n\t"
	"movq	%rsi, %rbx\n\t"
	"xchgq	%rcx, %rdx\n\t"		/* ecx = a2, edx = a3 */
	"movq	%r8, %rsi\n\t"
	"movq	%r9, %rdi\n\t"
	"int	$0x80\n\t"
	"movslq	%eax, %rax\n\t"
	"popq	%rbp\n\t"
	"popq	%rbx\n\t"
	"ret\n");

long sys64(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	return __syscall6(nr, a1, a2, a3, a4, a5, a6);
}

const struct entry_path path_syscall = { "syscall", sys64, 0, 0 };
const struct entry_path path_int80 = { "int80", int80, 1, 1 };
#else
/*
 * int80 and vsys32 (cdecl: nr and a1..a6 on the stack): load the six argument
 * registers, enter, restore the callee-saved ones.
 */
#define ENTRY32(name, insn)						\
	__asm__(".text\n"						\
		".globl " #name "\n"					\
		#name ":\n\t"						\
		"pushl	%ebx\n\t"					\
		"pushl	%esi\n\t"					\
		"pushl	%edi\n\t"					\
		"pushl	%ebp\n\t"					\
		"movl	20(%esp), %eax\n\t"	/* nr */		\
		"movl	24(%esp), %ebx\n\t"				\
		"movl	28(%esp), %ecx\n\t"				\
		"movl	32(%esp), %edx\n\t"				\
		"movl	36(%esp), %esi\n\t"				\
		"movl	40(%esp), %edi\n\t"				\
		"movl	44(%esp), %ebp\n\t"				\
		insn "\n\t"						\
		"popl	%ebp\n\t"					\
		"popl	%edi\n\t"					\
		"popl	%esi\n\t"					\
		"popl	%ebx\n\t"					\
		"ret\n")

ENTRY32(int80, "int $0x80");
ENTRY32(vsys32_call, "call *vsyscall_entry");

unsigned long vsyscall_entry;
long vsys32_call(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

long vsys32(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	if (!vsyscall_entry)
		vsyscall_entry = getauxval(AT_SYSINFO);
	if (!vsyscall_entry)
		return -ENOSYS;
	return vsys32_call(nr, a1, a2, a3, a4, a5, a6);
}

const struct entry_path path_int80 = { "int80", int80, 1, 0 };
const struct entry_path path_vsyscall = { "vsyscall", vsys32, 1, 0 };
#endif

/* A fixed spot below 4 GiB that a static program leaves free on Linux (its brk
 * is randomised within 1 GiB above 4 MiB) and on Trapdoor. */
#define LOW_AREA	0x70000000UL
#define LOW_AREA_PAGES	4

void *low_pages(int npages)
{
	static char *area;
	int flags = MAP_PRIVATE | MAP_ANONYMOUS;
	void *hint = NULL;

	if (npages > LOW_AREA_PAGES)
		return NULL;
#ifdef __x86_64__
	hint = (void *)LOW_AREA;
	flags |= MAP_FIXED;
#endif
	if (!area) {
		void *p = mmap(hint, (LOW_AREA_PAGES + 1) * PAGE_SIZE,
			       PROT_READ | PROT_WRITE, flags, -1, 0);

		if (p == MAP_FAILED)
			return NULL;
		area = p;
		munmap(area + LOW_AREA_PAGES * PAGE_SIZE, PAGE_SIZE);
	}
	return area + (LOW_AREA_PAGES - npages) * PAGE_SIZE;
}

int on_trapdoor(void)
{
	static int known, yes;
	struct utsname u;

	if (!known) {
		known = 1;
		yes = uname(&u) == 0 && strstr(u.release, "trapdoor") != NULL;
	}
	return yes;
}

int env_is(const char *name, const char *value)
{
	const char *v = getenv(name);

	return v && strcmp(v, value) == 0;
}

void cpu_vendor(char out[13])
{
	unsigned int a = 0, b, c, d;

	__asm__ volatile ("cpuid" : "+a"(a), "=b"(b), "=c"(c), "=d"(d));
	memcpy(out, &b, 4);
	memcpy(out + 4, &d, 4);
	memcpy(out + 8, &c, 4);
	out[12] = '\0';
}

static const char *skip_reason;

void test_skip(const char *reason)
{
	skip_reason = reason;
}

int run_tests(const struct tap_test *tests, int n)
{
	int i, failed = 0;

	printf("1..%d\n", n);
	for (i = 0; i < n; i++) {
		tap_failed_now = 0;
		tap_why[0] = '\0';
		skip_reason = NULL;
		fflush(stdout);
		tests[i].fn();
		if (tap_failed_now) {
			failed++;
			printf("not ok - %s: %s\n", tests[i].name, tap_why);
		} else if (skip_reason) {
			printf("ok - %s # SKIP %s\n", tests[i].name, skip_reason);
		} else {
			printf("ok - %s\n", tests[i].name);
		}
		fflush(stdout);
	}
	printf("# tests=%d failed=%d\n", n, failed);
	fflush(stdout);
	return failed ? 1 : 0;
}

static const char *errno_name(long r)
{
	static const struct { int e; const char *name; } names[] = {
		{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { EINTR, "EINTR" },
		{ EBADF, "EBADF" }, { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" },
		{ EFAULT, "EFAULT" }, { EINVAL, "EINVAL" }, { ENOTTY, "ENOTTY" },
		{ ENOSYS, "ENOSYS" },
	};
	unsigned int i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (r == -names[i].e)
			return names[i].name;
	return NULL;
}

void expect_ret_at(const char *file, int line, const char *what, long saw,
		   long expected)
{
	const char *s = errno_name(saw), *e = errno_name(expected);
	char msg[200];

	if (saw == expected)
		return;
	snprintf(msg, sizeof(msg), "%s: saw %ld (%#lx)%s%s, expected %ld (%#lx)%s%s",
		 what, saw, saw, s ? " -" : "", s ? s : "", expected, expected,
		 e ? " -" : "", e ? e : "");
	tap_fail(file, line, msg);
}
