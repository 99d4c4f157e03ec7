/* sig_frame.c: the signal frame round trip (DESIGN §9). rt_sigreturn puts back
 * every general register and the flags after a handler that clobbers them; and a
 * frame built by hand cannot escalate: a kernel CS or a non-canonical RIP ends in
 * SIGSEGV, IOPL bits in the saved flags are dropped (checked in forked children). */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/ucontext.h>
#include <sys/wait.h>
#include "util.h"

#ifdef __x86_64__
#define NREGS 15	/* rax rbx rcx rdx rsi rdi rbp r8 r9 r10 r11 r12 r13 r14 r15 */
#else
#define NREGS 7		/* eax ebx ecx edx esi edi ebp */
#endif
unsigned long regs_in[NREGS], regs_out[NREGS], sp_in, sp_out, flags_out;

/* regs_probe(): load regs_in into every register, set CF, int3 (-> SIGTRAP),
 * store every register and the flags; callee-saved ones are put back. */
#ifdef __x86_64__
#define LD(i, r) "movq regs_in+" #i "*8(%rip), %" #r "\n\t"
#define ST(i, r) "movq %" #r ", regs_out+" #i "*8(%rip)\n\t"
__asm__(".text\n.globl regs_probe\nregs_probe:\n\t"
	"pushq %rbx\n\tpushq %rbp\n\tpushq %r12\n\tpushq %r13\n\t"
	"pushq %r14\n\tpushq %r15\n\t"
	"movq %rsp, sp_in(%rip)\n\t"
	LD(0, rax) LD(1, rbx) LD(2, rcx) LD(3, rdx) LD(4, rsi) LD(5, rdi)
	LD(6, rbp) LD(7, r8) LD(8, r9) LD(9, r10) LD(10, r11) LD(11, r12)
	LD(12, r13) LD(13, r14) LD(14, r15)
	"stc\n\tint3\n\t"
	ST(0, rax) ST(1, rbx) ST(2, rcx) ST(3, rdx) ST(4, rsi) ST(5, rdi)
	ST(6, rbp) ST(7, r8) ST(8, r9) ST(9, r10) ST(10, r11) ST(11, r12)
	ST(12, r13) ST(13, r14) ST(14, r15)
	"pushfq\n\tpopq flags_out(%rip)\n\t"
	"movq %rsp, sp_out(%rip)\n\t"
	"popq %r15\n\tpopq %r14\n\tpopq %r13\n\tpopq %r12\n\t"
	"popq %rbp\n\tpopq %rbx\n\tret\n");
#else
#define LD(i, r) "movl regs_in+" #i "*4, %" #r "\n\t"
#define ST(i, r) "movl %" #r ", regs_out+" #i "*4\n\t"
__asm__(".text\n.globl regs_probe\nregs_probe:\n\t"
	"pushl %ebx\n\tpushl %esi\n\tpushl %edi\n\tpushl %ebp\n\t"
	"movl %esp, sp_in\n\t"
	LD(0, eax) LD(1, ebx) LD(2, ecx) LD(3, edx) LD(4, esi) LD(5, edi)
	LD(6, ebp)
	"stc\n\tint3\n\t"
	ST(0, eax) ST(1, ebx) ST(2, ecx) ST(3, edx) ST(4, esi) ST(5, edi)
	ST(6, ebp)
	"pushfl\n\tpopl flags_out\n\t"
	"movl %esp, sp_out\n\t"
	"popl %ebp\n\tpopl %edi\n\tpopl %esi\n\tpopl %ebx\n\tret\n");
#endif
void regs_probe(void);

static volatile int trapped;

static void clobber(int sig, siginfo_t *si, void *ctx)
{
	(void)sig, (void)si, (void)ctx;
	trapped++;
#ifdef __x86_64__
	__asm__ volatile ("movq $-1, %%rax\n\tmovq %%rax, %%rbx\n\tmovq %%rax, %%rcx\n\t"
			  "movq %%rax, %%rdx\n\tmovq %%rax, %%rsi\n\tmovq %%rax, %%rdi\n\t"
			  "movq %%rax, %%r8\n\tmovq %%rax, %%r9\n\tmovq %%rax, %%r10\n\t"
			  "movq %%rax, %%r11\n\tmovq %%rax, %%r12\n\tmovq %%rax, %%r13\n\t"
			  "movq %%rax, %%r14\n\tmovq %%rax, %%r15\n\tclc"
			  : : : "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9",
			    "r10", "r11", "r12", "r13", "r14", "r15", "cc");
#else
	__asm__ volatile ("movl $-1, %%eax\n\tmovl %%eax, %%ebx\n\tmovl %%eax, %%ecx\n\t"
			  "movl %%eax, %%edx\n\tmovl %%eax, %%esi\n\tmovl %%eax, %%edi\n\t"
			  "clc" : : : "eax", "ebx", "ecx", "edx", "esi", "edi", "cc");
#endif
}

TAP_TEST(rt_sigreturn_restores_every_register)
{
	struct sigaction sa;
	int i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = clobber;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGTRAP, &sa, NULL);
	for (i = 0; i < NREGS; i++)
		regs_in[i] = (unsigned long)0x1111111111111111ULL * (i + 1) + i;
	trapped = 0;
	regs_probe();
	EXPECT_EQ(trapped, 1);
	for (i = 0; i < NREGS; i++)
		if (regs_out[i] != regs_in[i]) {
			char m[80];

			snprintf(m, sizeof(m), "register %d: saw %#lx, expected %#lx",
				 i, regs_out[i], regs_in[i]);
			tap_fail(__FILE__, __LINE__, m);
		}
	EXPECT_EQ(sp_out, sp_in);
	EXPECT_EQ(flags_out & 1, 1);		/* CF survived the handler's clc */
	signal(SIGTRAP, SIG_DFL);
}

/* Where a forged frame "returns" when the kernel accepts it: report IOPL. */
void report_iopl(void);
void report_iopl(void)
{
	unsigned long fl;

	__asm__ volatile ("pushf\n\tpop %0" : "=r"(fl));
	_exit(100 + (int)((fl >> 12) & 3));
}

static char child_stack[8192] __attribute__((aligned(16)));

/*
 * Build a ucontext by hand and call rt_sigreturn on it, as if a handler returned.
 * x86-64: the kernel finds the frame at rsp - 8, its ucontext at rsp. i386: the
 * frame (pretcode, sig, pinfo, puc, siginfo) starts at esp - 4, the ucontext at
 * esp + 140.
 */
static _Noreturn void forge_sigreturn(unsigned int cs, unsigned long ip,
				      unsigned long flags)
{
	static struct {
		char head[140];
		ucontext_t uc;
	} f __attribute__((aligned(16)));
	unsigned long sp = (unsigned long)child_stack + sizeof(child_stack) -
			   sizeof(long);	/* as after a call */
	struct sigcontext *sc = &f.uc.uc_mcontext;

	memset(&f, 0, sizeof(f));
#ifdef __x86_64__
	sc->rip = ip;
	sc->rsp = sp;
	sc->eflags = flags;
	sc->cs = cs;
	sc->ss = 0x2b;
	f.uc.uc_flags = UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS;
	__asm__ volatile ("movq %0, %%rsp\n\tmovl $15, %%eax\n\tsyscall"
			  : : "r"(&f.uc) : "memory");
#else
	unsigned short ds, fs, gs;

	__asm__ volatile ("movw %%ds, %0\n\tmovw %%fs, %1\n\tmovw %%gs, %2"
			  : "=r"(ds), "=r"(fs), "=r"(gs));
	sp -= 8;				/* i386: esp % 16 == 12 at entry */
	sc->eip = ip;
	sc->esp = sp;
	sc->eflags = flags;
	sc->cs = cs;
	sc->ss = sc->ds = sc->es = ds;
	sc->fs = fs;
	sc->gs = gs;
	__asm__ volatile ("movl %0, %%esp\n\tmovl $173, %%eax\n\tint $0x80"
			  : : "r"(f.head) : "memory");
#endif
	__builtin_unreachable();
}

static int forged_status(unsigned int cs, unsigned long ip, unsigned long flags)
{
	int st = -1;
	pid_t pid = fork();

	if (pid == 0)
		forge_sigreturn(cs, ip, flags);
	waitpid(pid, &st, 0);
	return st;
}

#ifdef __x86_64__
#define USER_CS	0x33
#else
#define USER_CS	0x23
#endif

TAP_TEST(forged_frame_with_user_cs_works)
{
	int st = forged_status(USER_CS, (unsigned long)report_iopl, 0x202);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 100);
}

TAP_TEST(forged_frame_with_kernel_cs_gives_sigsegv)
{
	int st = forged_status(0x10, (unsigned long)report_iopl, 0x202);

	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGSEGV);
}

TAP_TEST(forged_frame_cannot_raise_iopl)
{
	int st = forged_status(USER_CS, (unsigned long)report_iopl, 0x3202);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 100);	/* IOPL stayed 0 */
}

TAP_TEST(forged_frame_with_noncanonical_rip_gives_sigsegv)
{
#ifdef __x86_64__
	int st = forged_status(USER_CS, 0x8000000000001000UL, 0x202);

	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGSEGV);
#else
	test_skip("no non-canonical addresses in 32-bit code");
#endif
}

static const struct tap_test tests[] = {
	TAP_ENTRY(rt_sigreturn_restores_every_register),
	TAP_ENTRY(forged_frame_with_user_cs_works),
	TAP_ENTRY(forged_frame_with_kernel_cs_gives_sigsegv),
	TAP_ENTRY(forged_frame_cannot_raise_iopl),
	TAP_ENTRY(forged_frame_with_noncanonical_rip_gives_sigsegv),
};

int main(void)
{
	return RUN_TESTS(tests);
}
