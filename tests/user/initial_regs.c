/* initial_regs.c: the registers a new process starts with (Linux selftest
 * check_initial_reg_state): every GPR zero but the stack pointer, RFLAGS 0x202, the
 * stack 16-byte aligned and pointing at argc. Linked with -e initial_regs_start:
 * the first instruction saves everything before libc's _start runs. */
#include <unistd.h>
#include <sys/prctl.h>
#include "util.h"

#ifdef __x86_64__
enum { AX, BX, CX, DX, SI, DI, BP, R8, R9, R10, R11, R12, R13, R14, R15, SP, FLAGS,
	NREGS };
static const char *const names[NREGS] = {
	"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11",
	"r12", "r13", "r14", "r15", "rsp", "rflags",
};
#define USER_CS	0x33	/* GDT: __USER_CS (DESIGN §5, Linux's layout) */
#define SAVE(reg, i) "movq %" #reg ", initial_regs+" #i "*8(%rip)\n\t"

__asm__(".text\n.globl initial_regs_start\ninitial_regs_start:\n\t"
	SAVE(rax, 0) SAVE(rbx, 1) SAVE(rcx, 2) SAVE(rdx, 3) SAVE(rsi, 4)
	SAVE(rdi, 5) SAVE(rbp, 6) SAVE(r8, 7) SAVE(r9, 8) SAVE(r10, 9)
	SAVE(r11, 10) SAVE(r12, 11) SAVE(r13, 12) SAVE(r14, 13) SAVE(r15, 14)
	SAVE(rsp, 15)
	"pushfq\n\t"
	"popq initial_regs+16*8(%rip)\n\t"
	"jmp _start\n");
#else
enum { AX, BX, CX, DX, SI, DI, BP, SP, FLAGS, NREGS };
static const char *const names[NREGS] = {
	"eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp", "eflags",
};
#define USER_CS	0x23	/* __USER32_CS: compatibility mode */
#define SAVE(reg, i) "movl %" #reg ", initial_regs+" #i "*4\n\t"

__asm__(".text\n.globl initial_regs_start\ninitial_regs_start:\n\t"
	SAVE(eax, 0) SAVE(ebx, 1) SAVE(ecx, 2) SAVE(edx, 3) SAVE(esi, 4)
	SAVE(edi, 5) SAVE(ebp, 6) SAVE(esp, 7)
	"pushfl\n\t"
	"popl initial_regs+8*4\n\t"
	"jmp _start\n");
#endif
#define USER_DS	0x2b	/* __USER_DS, the SS of both kinds of process */

unsigned long initial_regs[NREGS];
static int main_argc;
static char **main_argv;

TAP_TEST(initial_gprs_are_zero_but_sp)
{
	int i;

	for (i = 0; i < SP; i++)
		expect_ret(names[i], initial_regs[i], 0);
}

TAP_TEST(initial_rflags_is_0x202)
{
	expect_ret(names[FLAGS], initial_regs[FLAGS], 0x202);
}

TAP_TEST(initial_sp_is_16_byte_aligned)
{
	expect_ret("sp % 16", initial_regs[SP] % 16, 0);
}

TAP_TEST(initial_sp_points_at_argc_then_argv)
{
	long *sp = (long *)initial_regs[SP];

	EXPECT_TRUE(sp != NULL);
	if (!sp)
		return;
	expect_ret("*sp (argc)", sp[0], main_argc);
	EXPECT_PTR_EQ((char **)(sp + 1), main_argv);
}

TAP_TEST(process_runs_with_user_selectors)
{
	unsigned short cs, ss;

	__asm__ ("mov %%cs, %0\n\tmov %%ss, %1" : "=r"(cs), "=r"(ss));
	expect_ret("cs", cs, USER_CS);
	expect_ret("ss", ss, USER_DS);
}

#ifdef __x86_64__
TAP_TEST(initial_fs_and_gs_base_are_zero)
{
	unsigned long fs = 1, gs = 1;

	expect_ret("ARCH_GET_FS", sys64(__NR_arch_prctl, ARCH_GET_FS, (long)&fs,
					0, 0, 0, 0), 0);
	expect_ret("ARCH_GET_GS", sys64(__NR_arch_prctl, ARCH_GET_GS, (long)&gs,
					0, 0, 0, 0), 0);
	expect_ret("fs base", fs, 0);
	expect_ret("gs base", gs, 0);
}
#endif

static const struct tap_test tests[] = {
	TAP_ENTRY(initial_gprs_are_zero_but_sp),
	TAP_ENTRY(initial_rflags_is_0x202),
	TAP_ENTRY(initial_sp_is_16_byte_aligned),
	TAP_ENTRY(initial_sp_points_at_argc_then_argv),
	TAP_ENTRY(process_runs_with_user_selectors),
#ifdef __x86_64__
	TAP_ENTRY(initial_fs_and_gs_base_are_zero),
#endif
};

int main(int argc, char **argv)
{
	main_argc = argc;
	main_argv = argv;
	return RUN_TESTS(tests);
}
