/*
 * kernel/tests/test_syscall.c - the system-call machinery seen from inside: the
 * MSRs hold what syscall_init() wrote, the generated tables put each handler at
 * Linux's number, SYSCALL_DEFINEn's wrappers cast every register to the declared
 * type, and the SYSRET rules refuse every unsafe return (crafted pt_regs).
 */
#include <ktest.h>
#include <syscalls.h>
#include <errno.h>
#include <asm/msr.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/page.h>

bool syscall_return_allowed(const struct pt_regs *regs);
void entry_SYSCALL_64(void);
long __x64_sys_getpid(const struct pt_regs *);
long __x64_sys_ni_syscall(const struct pt_regs *);
long __ia32_sys_getpid(const struct pt_regs *);
long __ia32_compat_sys_time(const struct pt_regs *);

KTEST(syscall_msrs_are_programmed)
{
	KEXPECT_EQ(rdmsr(MSR_STAR) >> 32, (0x23ULL << 16) | 0x10);
	KEXPECT_EQ(rdmsr(MSR_LSTAR), (unsigned long)entry_SYSCALL_64);
	u64 mask = rdmsr(MSR_SYSCALL_MASK);
	KEXPECT_EQ(mask & (X86_EFLAGS_IF | X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_AC |
			   X86_EFLAGS_NT),
		   X86_EFLAGS_IF | X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_AC | X86_EFLAGS_NT);
	KEXPECT_EQ(rdmsr(MSR_EFER) & EFER_SCE, EFER_SCE);
	return 0;
}

KTEST(syscall_tables_use_linux_numbers)
{
	KEXPECT_TRUE(sys_call_table[39] == __x64_sys_getpid);	/* getpid: 39 */
	KEXPECT_TRUE(sys_call_table[155] == __x64_sys_ni_syscall);	/* pivot_root: not here */
	KEXPECT_TRUE(ia32_sys_call_table[20] == __ia32_sys_getpid);	/* i386 getpid: 20 */
	KEXPECT_TRUE(ia32_sys_call_table[13] == __ia32_compat_sys_time);
	for (unsigned i = 0; i < nr_syscalls_64; i++)
		KEXPECT_TRUE(sys_call_table[i] != NULL);
	for (unsigned i = 0; i < nr_syscalls_32; i++)
		KEXPECT_TRUE(ia32_sys_call_table[i] != NULL);
	return 0;
}

KTEST(syscall_metadata_names_the_arguments)
{
	const struct syscall_metadata *m = syscall_metadata_of(sys_call_table[1]);

	KEXPECT_TRUE(m != NULL);
	KEXPECT_EQ(__builtin_strcmp(m->name, "_write"), 0);
	KEXPECT_EQ(m->nargs, 3);
	KEXPECT_EQ(__builtin_strcmp(m->args[0], "fd"), 0);
	KEXPECT_EQ(__builtin_strcmp(m->types[1], "const char *"), 0);	/* __user is empty */
	return 0;
}

/* A syscall body that reports what its wrapper handed it. */
static long seen_int, seen_long;
static unsigned long seen_ptr;
SYSCALL_DEFINE3(ktest_args, int, i, long, l, void *, p)
{
	seen_int = i;
	seen_long = l;
	seen_ptr = (unsigned long)p;
	return 0;
}

KTEST(syscall_wrappers_cast_each_register)
{
	struct pt_regs r = { 0 };

	/* 64-bit: an int parameter sees only the low half (CVE-2009-0029). */
	r.di = 0xdeadbeef00000007UL;
	r.si = -5L;
	r.dx = 0x123456789aUL;
	__x64_sys_ktest_args(&r);
	KEXPECT_EQ(seen_int, 7);
	KEXPECT_EQ(seen_long, -5);
	KEXPECT_EQ(seen_ptr, 0x123456789aUL);
	/* i386: 32-bit registers, zero-extended, sign-extended for long. */
	r.bx = 0xffffffff00000009UL;
	r.cx = 0x00000000fffffffbUL;		/* -5 as a 32-bit long */
	r.dx = 0xdeadbeeff0000000UL;		/* a pointer: zero-extended */
	__ia32_sys_ktest_args(&r);
	KEXPECT_EQ(seen_int, 9);
	KEXPECT_EQ(seen_long, -5);
	KEXPECT_EQ(seen_ptr, 0xf0000000UL);
	return 0;
}

static struct pt_regs sysret_ok(void)
{
	struct pt_regs r = { 0 };

	r.ip = r.cx = 0x401000;
	r.flags = r.r11 = X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	r.cs = __USER_CS;
	r.ss = __USER_DS;
	return r;
}

KTEST(sysret_rules_refuse_every_unsafe_return)
{
	struct pt_regs r = sysret_ok();
	KEXPECT_TRUE(syscall_return_allowed(&r));

	r = sysret_ok(); r.ip = r.cx = 1UL << 47;		/* non-canonical */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.ip = r.cx = TASK_SIZE_MAX;		/* the never-mapped page */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.ip = r.cx = 0xffff800000000000UL;	/* kernel half */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.ip = 0x402000;			/* rcx != rip (sigreturn) */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.flags |= X86_EFLAGS_TF; r.r11 = r.flags;	/* single-step */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.flags |= X86_EFLAGS_RF; r.r11 = r.flags;
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.r11 ^= X86_EFLAGS_DF;		/* r11 != flags */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.cs = __USER32_CS;			/* now a 32-bit task */
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	r = sysret_ok(); r.ss = 0;
	KEXPECT_TRUE(!syscall_return_allowed(&r));
	return 0;
}
