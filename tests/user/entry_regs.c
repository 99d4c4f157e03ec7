/* entry_regs.c: what each entry path hands back in the registers (DESIGN §6).
 * SYSCALL keeps all but rax, rcx (= the return address) and r11 (= RFLAGS);
 * int $0x80 keeps all but rax, r8-r15 included, from 64-bit code too; from 32-bit
 * code int $0x80 and __kernel_vsyscall keep all but eax. Each probe is an asm
 * function that loads every register from `in`, enters, and stores them to `out`. */
#include <unistd.h>
#include <sys/auxv.h>
#include "util.h"

#ifdef __x86_64__
enum { RAX, RBX, RCX, RDX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14, R15,
	FLAGS_AFTER, FLAGS_BEFORE, NREGS };
static const char *const reg_names[NREGS] = {
	"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15", "rflags after", "rflags before",
};

/*
 * probe(in, out): callee-saved registers and `out` go on the stack, RFLAGS is
 * recorded, every GPR is loaded from in[] (rdi last: it holds `in`), INSN runs,
 * and every GPR is stored to out[]. NAME_ret labels the instruction after INSN.
 */
#define PROBE64(name, insn)						\
	__asm__(".text\n" #name ":\n\t"					\
		"pushq %rbx\n\tpushq %rbp\n\tpushq %r12\n\t"		\
		"pushq %r13\n\tpushq %r14\n\tpushq %r15\n\t"		\
		"pushq %rsi\n\t"		/* out */		\
		"pushfq\n\tpopq 128(%rsi)\n\t"	/* FLAGS_BEFORE */	\
		"movq 0(%rdi), %rax\n\tmovq 8(%rdi), %rbx\n\t"		\
		"movq 16(%rdi), %rcx\n\tmovq 24(%rdi), %rdx\n\t"	\
		"movq 32(%rdi), %rsi\n\tmovq 48(%rdi), %rbp\n\t"	\
		"movq 56(%rdi), %r8\n\tmovq 64(%rdi), %r9\n\t"		\
		"movq 72(%rdi), %r10\n\tmovq 80(%rdi), %r11\n\t"	\
		"movq 88(%rdi), %r12\n\tmovq 96(%rdi), %r13\n\t"	\
		"movq 104(%rdi), %r14\n\tmovq 112(%rdi), %r15\n\t"	\
		"movq 40(%rdi), %rdi\n\t"				\
		insn "\n"						\
		#name "_ret:\n\t"					\
		"pushq %rax\n\t"					\
		"movq 8(%rsp), %rax\n\t"	/* out */		\
		"movq %rbx, 8(%rax)\n\tmovq %rcx, 16(%rax)\n\t"		\
		"movq %rdx, 24(%rax)\n\tmovq %rsi, 32(%rax)\n\t"	\
		"movq %rdi, 40(%rax)\n\tmovq %rbp, 48(%rax)\n\t"	\
		"movq %r8, 56(%rax)\n\tmovq %r9, 64(%rax)\n\t"		\
		"movq %r10, 72(%rax)\n\tmovq %r11, 80(%rax)\n\t"	\
		"movq %r12, 88(%rax)\n\tmovq %r13, 96(%rax)\n\t"	\
		"movq %r14, 104(%rax)\n\tmovq %r15, 112(%rax)\n\t"	\
		"popq 0(%rax)\n\t"		/* the result */	\
		"pushfq\n\tpopq 120(%rax)\n\t"	/* FLAGS_AFTER */	\
		"popq %rsi\n\t"						\
		"popq %r15\n\tpopq %r14\n\tpopq %r13\n\t"		\
		"popq %r12\n\tpopq %rbp\n\tpopq %rbx\n\t"		\
		"ret\n")

PROBE64(probe_syscall, "syscall");
PROBE64(probe_int80, "int $0x80");
#else
enum { EAX, EBX, ECX, EDX, ESI, EDI, EBP, FLAGS_AFTER, FLAGS_BEFORE, NREGS };
static const char *const reg_names[NREGS] = {
	"eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "eflags after",
	"eflags before",
};

/* probe(in, out), cdecl: in at 20(%esp) and out at 24(%esp) after four pushes. */
#define PROBE32(name, insn)						\
	__asm__(".text\n" #name ":\n\t"					\
		"pushl %ebx\n\tpushl %esi\n\tpushl %edi\n\tpushl %ebp\n\t" \
		"movl 24(%esp), %ecx\n\t"	/* out */		\
		"pushfl\n\tpopl 32(%ecx)\n\t"	/* FLAGS_BEFORE */	\
		"movl 20(%esp), %eax\n\t"	/* in */		\
		"movl 4(%eax), %ebx\n\tmovl 8(%eax), %ecx\n\t"		\
		"movl 12(%eax), %edx\n\tmovl 16(%eax), %esi\n\t"	\
		"movl 20(%eax), %edi\n\tmovl 24(%eax), %ebp\n\t"	\
		"movl 0(%eax), %eax\n\t"				\
		insn "\n\t"						\
		"pushl %eax\n\t"					\
		"movl 28(%esp), %eax\n\t"	/* out, past the push */ \
		"movl %ebx, 4(%eax)\n\tmovl %ecx, 8(%eax)\n\t"		\
		"movl %edx, 12(%eax)\n\tmovl %esi, 16(%eax)\n\t"	\
		"movl %edi, 20(%eax)\n\tmovl %ebp, 24(%eax)\n\t"	\
		"popl 0(%eax)\n\t"		/* the result */	\
		"pushfl\n\tpopl 28(%eax)\n\t"	/* FLAGS_AFTER */	\
		"popl %ebp\n\tpopl %edi\n\tpopl %esi\n\tpopl %ebx\n\t"	\
		"ret\n")

PROBE32(probe_int80, "int $0x80");
PROBE32(probe_vsyscall, "call *vsyscall_entry");
#endif

typedef void probe_fn(const unsigned long *in, unsigned long *out);
probe_fn probe_syscall, probe_int80, probe_vsyscall;
extern const char probe_syscall_ret[];

static unsigned long in[NREGS], out[NREGS];

/* Fill every register with a distinct pattern (high halves too), eax = nr. */
static void run_probe(probe_fn *probe, long nr)
{
	int i;

	for (i = 0; i < NREGS; i++) {
		in[i] = (unsigned long)0x5ad0c0de00 + i;
		if (sizeof(long) == 8)
			in[i] |= (unsigned long)(0xa5a50000UL + i) << 16 << 16;
		out[i] = 0;
	}
	in[0] = nr;
	probe(in, out);
}

/* Every register in [first, last] except `skip` (a register the path clobbers). */
static void expect_kept(int first, int last, int skip1, int skip2)
{
	char what[48];
	int i;

	for (i = first; i <= last; i++) {
		if (i == skip1 || i == skip2)
			continue;
		snprintf(what, sizeof(what), "%s", reg_names[i]);
		expect_ret(what, out[i], in[i]);
	}
}

#ifdef __x86_64__
TAP_TEST(syscall_returns_result_in_rax)
{
	run_probe(probe_syscall, __NR_getpid);
	expect_ret("rax", out[RAX], getpid());
}

TAP_TEST(syscall_preserves_rbx_rdx_rsi_rdi_rbp)
{
	run_probe(probe_syscall, __NR_getpid);
	expect_kept(RBX, RBP, RCX, -1);
}

TAP_TEST(syscall_preserves_r8_r15)
{
	run_probe(probe_syscall, __NR_getpid);
	expect_kept(R8, R15, R11, -1);
}

TAP_TEST(syscall_sets_rcx_to_return_address)
{
	run_probe(probe_syscall, __NR_getpid);
	expect_ret("rcx", out[RCX], (long)probe_syscall_ret);
}

TAP_TEST(syscall_sets_r11_to_rflags)
{
	run_probe(probe_syscall, __NR_getpid);
	expect_ret("r11", out[R11], out[FLAGS_BEFORE]);
}

TAP_TEST(syscall_preserves_rflags)
{
	run_probe(probe_syscall, __NR_getpid);
	expect_ret("rflags", out[FLAGS_AFTER], out[FLAGS_BEFORE]);
}

TAP_TEST(int80_returns_result_in_rax)
{
	run_probe(probe_int80, NR32_getpid);
	expect_ret("rax", out[RAX], getpid());
}

TAP_TEST(int80_preserves_rbx_rcx_rdx_rsi_rdi_rbp)
{
	run_probe(probe_int80, NR32_getpid);
	expect_kept(RBX, RBP, -1, -1);
}

TAP_TEST(int80_preserves_r8_r15)
{
	run_probe(probe_int80, NR32_getpid);
	expect_kept(R8, R15, -1, -1);
}

TAP_TEST(int80_preserves_rflags)
{
	run_probe(probe_int80, NR32_getpid);
	expect_ret("rflags", out[FLAGS_AFTER], out[FLAGS_BEFORE]);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(syscall_returns_result_in_rax),
	TAP_ENTRY(syscall_preserves_rbx_rdx_rsi_rdi_rbp),
	TAP_ENTRY(syscall_preserves_r8_r15),
	TAP_ENTRY(syscall_sets_rcx_to_return_address),
	TAP_ENTRY(syscall_sets_r11_to_rflags),
	TAP_ENTRY(syscall_preserves_rflags),
	TAP_ENTRY(int80_returns_result_in_rax),
	TAP_ENTRY(int80_preserves_rbx_rcx_rdx_rsi_rdi_rbp),
	TAP_ENTRY(int80_preserves_r8_r15),
	TAP_ENTRY(int80_preserves_rflags),
};
#else
TAP_TEST(int80_returns_result_in_eax)
{
	run_probe(probe_int80, __NR_getpid);
	expect_ret("eax", out[EAX], getpid());
}

TAP_TEST(int80_preserves_all_but_eax)
{
	run_probe(probe_int80, __NR_getpid);
	expect_kept(EBX, EBP, -1, -1);
}

TAP_TEST(int80_preserves_eflags)
{
	run_probe(probe_int80, __NR_getpid);
	expect_ret("eflags", out[FLAGS_AFTER], out[FLAGS_BEFORE]);
}

/* No AT_SYSINFO (vdso=0): nothing to call. */
static int have_vsyscall(void)
{
	vsyscall_entry = getauxval(AT_SYSINFO);
	if (!vsyscall_entry)
		test_skip("no AT_SYSINFO");
	return vsyscall_entry != 0;
}

TAP_TEST(vsyscall_returns_result_in_eax)
{
	if (!have_vsyscall())
		return;
	run_probe(probe_vsyscall, __NR_getpid);
	expect_ret("eax", out[EAX], getpid());
}

TAP_TEST(vsyscall_preserves_all_but_eax)
{
	if (!have_vsyscall())
		return;
	run_probe(probe_vsyscall, __NR_getpid);
	expect_kept(EBX, EBP, -1, -1);
}

TAP_TEST(vsyscall_preserves_eflags)
{
	if (!have_vsyscall())
		return;
	run_probe(probe_vsyscall, __NR_getpid);
	expect_ret("eflags", out[FLAGS_AFTER], out[FLAGS_BEFORE]);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(int80_returns_result_in_eax),
	TAP_ENTRY(int80_preserves_all_but_eax),
	TAP_ENTRY(int80_preserves_eflags),
	TAP_ENTRY(vsyscall_returns_result_in_eax),
	TAP_ENTRY(vsyscall_preserves_all_but_eax),
	TAP_ENTRY(vsyscall_preserves_eflags),
};
#endif

int main(void)
{
	return RUN_TESTS(tests);
}
