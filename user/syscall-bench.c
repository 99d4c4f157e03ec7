/*
 * user/syscall-bench.c - what a system call costs, in guest instructions.
 * Under `qemu -icount shift=0,sleep=off` (make bench) the TSC advances exactly
 * once per instruction, so rdtsc around one call counts its path length: user
 * stub, entry, dispatch, handler, exit. For each case we print the minimum over
 * many single calls (no timer interrupt inside) and the average over a loop:
 *	case=getppid_syscall min=87 avg=87.4
 * Built for both ABIs: the 64-bit binary measures SYSCALL, int $0x80 from 64-bit
 * code and the vDSO; the 32-bit one int $0x80, __kernel_vsyscall and its vDSO.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <vdso.h>
#include <sys/auxv.h>

#define SINGLE	2000
#define LOOP	20000

static inline unsigned long long tsc(void)
{
	unsigned int lo, hi;

	/* lfence: rdtsc must not run ahead of the instructions before it */
	asm volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) :: "memory");
	return ((unsigned long long)hi << 32) | lo;
}

typedef void (*op_fn)(void);

/* Time fn once per try; the empty op gives the cost of the measurement itself. */
static unsigned long long min_single(op_fn fn)
{
	unsigned long long best = ~0ULL;

	for (int i = 0; i < SINGLE; i++) {
		unsigned long long t0 = tsc();
		fn();
		unsigned long long d = tsc() - t0;
		if (d < best)
			best = d;
	}
	return best;
}

static unsigned long long loop_total(op_fn fn)
{
	unsigned long long t0 = tsc();

	for (int i = 0; i < LOOP; i++)
		fn();
	return tsc() - t0;
}

static void op_empty(void) { }
static void op_nop10(void) { asm volatile(".rept 10; nop; .endr"); }

#ifdef __x86_64__
static void op_getppid_syscall(void)
{
	long r;
	asm volatile("syscall" : "=a"(r) : "a"(110L) : "rcx", "r11", "memory");
}
static void op_getppid_int80(void)
{
	long r;
	asm volatile("int $0x80" : "=a"(r) : "a"(64L) : "memory");
}
static void op_invalid_syscall(void)
{
	long r;
	asm volatile("syscall" : "=a"(r) : "a"(1000L) : "rcx", "r11", "memory");
}
static void op_clock_gettime_syscall(void)
{
	struct timespec ts;
	long r;
	asm volatile("syscall" : "=a"(r) : "a"(228L), "D"(1L), "S"(&ts) : "rcx", "r11", "memory");
}
#else
static void *vsyscall;
static void op_getppid_int80(void)
{
	long r;
	asm volatile("int $0x80" : "=a"(r) : "a"(64L) : "memory");
}
static void op_getppid_vsyscall(void)
{
	long r;
	asm volatile("call *%1" : "=a"(r) : "m"(vsyscall), "a"(64L) : "memory");
}
static void op_invalid_int80(void)
{
	long r;
	asm volatile("int $0x80" : "=a"(r) : "a"(1000L) : "memory");
}
static void op_clock_gettime_int80(void)
{
	struct { long s, ns; } ts;
	long r;
	asm volatile("int $0x80" : "=a"(r) : "a"(265L), "b"(1L), "c"(&ts) : "memory");
}
#endif

static int (*vdso_clock_gettime)(long, struct timespec *);
static void op_clock_gettime_vdso(void)
{
	struct timespec ts;
	vdso_clock_gettime(1, &ts);
}

static void run(const char *name, op_fn fn)
{
	unsigned long long base = min_single(op_empty);
	unsigned long long single = min_single(fn) - base;
	unsigned long long total = loop_total(fn) - loop_total(op_empty);
	unsigned long long tenths = total * 10 / LOOP;

	printf("case=%s min=%llu avg=%llu.%llu\n", name, single, tenths / 10, tenths % 10);
}

int main(void)
{
	vdso_clock_gettime = __vdso_sym("LINUX_2.6", "__vdso_clock_gettime");
	printf("# syscall-bench, %d-bit, vDSO %s\n", (int)sizeof(long) * 8,
	       vdso_clock_gettime ? "present" : "absent");
	run("nop10", op_nop10);
#ifdef __x86_64__
	run("getppid_syscall", op_getppid_syscall);
	run("getppid_int80", op_getppid_int80);
	run("invalid_syscall", op_invalid_syscall);
	run("clock_gettime_syscall", op_clock_gettime_syscall);
#else
	vsyscall = (void *)getauxval(AT_SYSINFO);
	run("getppid_int80", op_getppid_int80);
	if (vsyscall)
		run("getppid_vsyscall", op_getppid_vsyscall);
	run("invalid_int80", op_invalid_int80);
	run("clock_gettime_int80", op_clock_gettime_int80);
#endif
	if (vdso_clock_gettime)
		run("clock_gettime_vdso", op_clock_gettime_vdso);
	return 0;
}
