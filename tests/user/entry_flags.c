/* entry_flags.c: DF, AC and NT set before a system call are still set after it, on
 * every path (Linux selftest syscall_nt). The kernel clears them for itself (SFMASK,
 * or by hand on SYSENTER) and must give the user's RFLAGS back. Each probe sets the
 * flags, makes getpid, reads RFLAGS, and clears the flags again before returning:
 * C code must never run with DF set. AC only faults on a misaligned access. */
#include <unistd.h>
#include <sys/auxv.h>
#include "util.h"

#define X86_EFLAGS_DF	0x00000400UL	/* SDM vol. 1, 3.4.3 */
#define X86_EFLAGS_NT	0x00004000UL
#define X86_EFLAGS_AC	0x00040000UL

#ifdef __x86_64__
/* unsigned long probe(unsigned long set, long nr): returns RFLAGS after the call. */
#define FLAGS64(name, insn)						\
	__asm__(".text\n" #name ":\n\t"					\
		"pushfq\n\t"						\
		"orq %rdi, (%rsp)\n\t"					\
		"movq %rsi, %rax\n\t"					\
		"popfq\n\t"						\
		insn "\n\t"						\
		"pushfq\n\t"						\
		"popq %rax\n\t"						\
		"notq %rdi\n\t"						\
		"pushq %rax\n\t"					\
		"andq %rdi, (%rsp)\n\t"					\
		"popfq\n\t"						\
		"ret\n")

FLAGS64(flags_syscall, "syscall");
FLAGS64(flags_int80, "int $0x80");
#define NR_GETPID_SYSCALL	__NR_getpid
#define NR_GETPID_INT80		NR32_getpid
#else
/* cdecl: set at 4(%esp), nr at 8(%esp) (one more word while RFLAGS is pushed). */
#define FLAGS32(name, insn)						\
	__asm__(".text\n" #name ":\n\t"					\
		"pushfl\n\t"						\
		"movl 8(%esp), %eax\n\t"				\
		"orl %eax, (%esp)\n\t"					\
		"movl 12(%esp), %eax\n\t"				\
		"popfl\n\t"						\
		insn "\n\t"						\
		"pushfl\n\t"						\
		"popl %eax\n\t"						\
		"movl 4(%esp), %ecx\n\t"				\
		"notl %ecx\n\t"						\
		"pushl %eax\n\t"					\
		"andl %ecx, (%esp)\n\t"					\
		"popfl\n\t"						\
		"ret\n")

FLAGS32(flags_int80, "int $0x80");
FLAGS32(flags_vsyscall, "call *vsyscall_entry");
#define NR_GETPID_INT80		__NR_getpid
#endif

typedef unsigned long flags_fn(unsigned long set, long nr);
flags_fn flags_syscall, flags_int80, flags_vsyscall;

static void expect_flags_kept(flags_fn *probe, long nr, unsigned long set)
{
	unsigned long after = probe(set, nr);

	if ((after & set) != set) {
		char msg[120];

		snprintf(msg, sizeof(msg), "rflags after: saw %#lx, expected %#lx set",
			 after, set);
		tap_fail(__FILE__, __LINE__, msg);
	}
}

#ifdef __x86_64__
TAP_TEST(syscall_preserves_df)
{
	expect_flags_kept(flags_syscall, NR_GETPID_SYSCALL, X86_EFLAGS_DF);
}

TAP_TEST(syscall_preserves_ac)
{
	expect_flags_kept(flags_syscall, NR_GETPID_SYSCALL, X86_EFLAGS_AC);
}

TAP_TEST(syscall_preserves_nt)
{
	expect_flags_kept(flags_syscall, NR_GETPID_SYSCALL, X86_EFLAGS_NT);
}

TAP_TEST(syscall_preserves_df_ac_nt_together)
{
	expect_flags_kept(flags_syscall, NR_GETPID_SYSCALL,
			  X86_EFLAGS_DF | X86_EFLAGS_AC | X86_EFLAGS_NT);
}
#else
static int have_vsyscall(void)
{
	vsyscall_entry = getauxval(AT_SYSINFO);
	if (!vsyscall_entry)
		test_skip("no AT_SYSINFO");
	return vsyscall_entry != 0;
}

TAP_TEST(vsyscall_preserves_df)
{
	if (have_vsyscall())
		expect_flags_kept(flags_vsyscall, __NR_getpid, X86_EFLAGS_DF);
}

TAP_TEST(vsyscall_preserves_ac)
{
	if (have_vsyscall())
		expect_flags_kept(flags_vsyscall, __NR_getpid, X86_EFLAGS_AC);
}

TAP_TEST(vsyscall_preserves_nt)
{
	if (have_vsyscall())
		expect_flags_kept(flags_vsyscall, __NR_getpid, X86_EFLAGS_NT);
}

TAP_TEST(vsyscall_preserves_df_ac_nt_together)
{
	if (have_vsyscall())
		expect_flags_kept(flags_vsyscall, __NR_getpid,
				  X86_EFLAGS_DF | X86_EFLAGS_AC | X86_EFLAGS_NT);
}
#endif

TAP_TEST(int80_preserves_df)
{
	expect_flags_kept(flags_int80, NR_GETPID_INT80, X86_EFLAGS_DF);
}

TAP_TEST(int80_preserves_ac)
{
	expect_flags_kept(flags_int80, NR_GETPID_INT80, X86_EFLAGS_AC);
}

TAP_TEST(int80_preserves_nt)
{
	expect_flags_kept(flags_int80, NR_GETPID_INT80, X86_EFLAGS_NT);
}

TAP_TEST(int80_preserves_df_ac_nt_together)
{
	expect_flags_kept(flags_int80, NR_GETPID_INT80,
			  X86_EFLAGS_DF | X86_EFLAGS_AC | X86_EFLAGS_NT);
}

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(syscall_preserves_df),
	TAP_ENTRY(syscall_preserves_ac),
	TAP_ENTRY(syscall_preserves_nt),
	TAP_ENTRY(syscall_preserves_df_ac_nt_together),
#else
	TAP_ENTRY(vsyscall_preserves_df),
	TAP_ENTRY(vsyscall_preserves_ac),
	TAP_ENTRY(vsyscall_preserves_nt),
	TAP_ENTRY(vsyscall_preserves_df_ac_nt_together),
#endif
	TAP_ENTRY(int80_preserves_df),
	TAP_ENTRY(int80_preserves_ac),
	TAP_ENTRY(int80_preserves_nt),
	TAP_ENTRY(int80_preserves_df_ac_nt_together),
};

int main(void)
{
	return RUN_TESTS(tests);
}
