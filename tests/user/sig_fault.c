/* sig_fault.c: CPU exceptions in user mode become signals (DESIGN §9) with
 * Linux's siginfo: divide by zero -> SIGFPE/FPE_INTDIV at the instruction, ud2 ->
 * SIGILL/ILL_ILLOPN, a NULL write -> SIGSEGV/SEGV_MAPERR with si_addr 0, a write to
 * read-only memory -> SEGV_ACCERR, int3 -> SIGTRAP, int $0x81 (no DPL-3 gate) ->
 * SIGSEGV. Each once with a handler that siglongjmps out, once as a default action
 * in a child; the process (and kernel) carry on. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "util.h"

static sigjmp_buf escape;
static siginfo_t got;
volatile uintptr_t fault_ip;	/* set by each fault's asm: the instruction */

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	got = *si;
	siglongjmp(escape, 1);
}

#ifdef __x86_64__
#define MARK	"lea 1f(%%rip), %%r11\n\tmov %%r11, fault_ip(%%rip)\n"
#define CLOBBER	"r11", "memory"
#else
#define MARK	"movl $1f, fault_ip\n"
#define CLOBBER	"memory"
#endif

static void do_div0(void)
{
	unsigned int zero = 0;

	__asm__ volatile (MARK "1: divl %0" : : "r"(zero), "a"(1), "d"(0) : CLOBBER);
}

static void do_ud2(void)
{
	__asm__ volatile (MARK "1: ud2" : : : CLOBBER);
}

static void do_null_write(void)
{
	__asm__ volatile (MARK "1: movl $1, (%0)" : : "r"(0L) : CLOBBER);
}

static void do_int3(void)
{
	__asm__ volatile (MARK "int3\n1:" : : : CLOBBER);
}

static void do_int81(void)
{
	__asm__ volatile (MARK "1: int $0x81" : : : CLOBBER);
}

static char *ro_page;

static void do_ro_write(void)
{
	__asm__ volatile (MARK "1: movl $1, (%0)" : : "r"(ro_page) : CLOBBER);
}

/* Run fn with a handler for sig; 1 if the handler ran (got has the siginfo). */
static int catch(int sig, void (*fn)(void))
{
	struct sigaction sa;
	volatile int caught = 0;

	memset(&sa, 0, sizeof(sa));
	memset(&got, 0, sizeof(got));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	sigaction(sig, &sa, NULL);
	if (sigsetjmp(escape, 1) == 0)
		fn();
	else
		caught = 1;
	signal(sig, SIG_DFL);
	return caught;
}

/* Run fn in a child with default actions; its raw wait status. */
static int die_by(void (*fn)(void))
{
	int st = -1;
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, &st, 0);
	return st;
}

#define EXPECT_KILLED_BY(fn, sig)					\
	do {								\
		int st_ = die_by(fn);					\
		EXPECT_TRUE(WIFSIGNALED(st_));				\
		EXPECT_EQ(WTERMSIG(st_), sig);				\
	} while (0)

TAP_TEST(divide_by_zero_gives_sigfpe_intdiv)
{
	EXPECT_EQ(catch(SIGFPE, do_div0), 1);
	EXPECT_EQ(got.si_signo, SIGFPE);
	EXPECT_EQ(got.si_code, FPE_INTDIV);
	EXPECT_EQ((uintptr_t)got.si_addr, fault_ip);
	EXPECT_KILLED_BY(do_div0, SIGFPE);
}

TAP_TEST(ud2_gives_sigill_illopn)
{
	EXPECT_EQ(catch(SIGILL, do_ud2), 1);
	EXPECT_EQ(got.si_signo, SIGILL);
	EXPECT_EQ(got.si_code, ILL_ILLOPN);
	EXPECT_EQ((uintptr_t)got.si_addr, fault_ip);
	EXPECT_KILLED_BY(do_ud2, SIGILL);
}

TAP_TEST(null_write_gives_sigsegv_maperr_at_0)
{
	EXPECT_EQ(catch(SIGSEGV, do_null_write), 1);
	EXPECT_EQ(got.si_signo, SIGSEGV);
	EXPECT_EQ(got.si_code, SEGV_MAPERR);
	EXPECT_EQ((uintptr_t)got.si_addr, 0);
	EXPECT_KILLED_BY(do_null_write, SIGSEGV);
}

TAP_TEST(read_only_write_gives_sigsegv_accerr)
{
	ro_page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_TRUE(ro_page != MAP_FAILED);
	EXPECT_EQ(catch(SIGSEGV, do_ro_write), 1);
	EXPECT_EQ(got.si_code, SEGV_ACCERR);
	EXPECT_PTR_EQ(got.si_addr, ro_page);
	munmap(ro_page, 4096);
}

TAP_TEST(int3_gives_sigtrap)
{
	EXPECT_EQ(catch(SIGTRAP, do_int3), 1);
	EXPECT_EQ(got.si_signo, SIGTRAP);
	EXPECT_EQ(got.si_code, SI_KERNEL);	/* Linux: int3 is not TRAP_BRKPT */
	EXPECT_KILLED_BY(do_int3, SIGTRAP);
}

TAP_TEST(int_0x81_gives_sigsegv)
{
	EXPECT_EQ(catch(SIGSEGV, do_int81), 1);
	EXPECT_EQ(got.si_signo, SIGSEGV);
	EXPECT_EQ(got.si_code, SI_KERNEL);	/* a #GP: no address */
	EXPECT_EQ((uintptr_t)got.si_addr, 0);
	EXPECT_KILLED_BY(do_int81, SIGSEGV);
}

TAP_TEST(faults_while_blocked_still_kill)
{
	sigset_t all;

	/* a blocked synchronous fault cannot be deferred: Linux kills */
	sigfillset(&all);
	if (fork() == 0) {
		sigprocmask(SIG_BLOCK, &all, NULL);
		do_ud2();
		_exit(0);
	} else {
		int st;

		wait(&st);
		EXPECT_TRUE(WIFSIGNALED(st));
		EXPECT_EQ(WTERMSIG(st), SIGILL);
	}
}

TAP_TEST(the_process_survives_many_faults)
{
	int i, n = 0;

	for (i = 0; i < 100; i++)
		n += catch(SIGSEGV, do_null_write);
	EXPECT_EQ(n, 100);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(divide_by_zero_gives_sigfpe_intdiv),
	TAP_ENTRY(ud2_gives_sigill_illopn),
	TAP_ENTRY(null_write_gives_sigsegv_maperr_at_0),
	TAP_ENTRY(read_only_write_gives_sigsegv_accerr),
	TAP_ENTRY(int3_gives_sigtrap),
	TAP_ENTRY(int_0x81_gives_sigsegv),
	TAP_ENTRY(faults_while_blocked_still_kill),
	TAP_ENTRY(the_process_survives_many_faults),
};

int main(void)
{
	return RUN_TESTS(tests);
}
