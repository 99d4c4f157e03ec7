/* ptrace_stops.c: the stops a tracer sees (the lecture's PT_TRACESYS): the SIGTRAP
 * after a traced execve, with the registers at the ELF entry point; a syscall stop
 * at the entry and at the exit of getpid (orig_rax = the number, rax = -ENOSYS,
 * then the result); the same for a 32-bit tracee (cs 0x23, i386 numbers and
 * argument registers); and the errors of the calls around them. */
#include <elf.h>
#include <fcntl.h>
#include <stddef.h>
#include "ptrace_util.h"

static char *self;		/* argv[0]: exec'd as a tracee */

/* The tracee mode (also of the 32-bit build): getpid, then a write that fails
 * with EBADF but shows its arguments to the tracer. */
static int tracee_main(void)
{
	long pid = syscall(__NR_getpid);

	syscall(__NR_write, -1L, "abcdef", 6L);
	return pid == getpid() ? 0 : 1;
}

#ifdef __x86_64__
#define NR32_write_	4

/* The ELF entry point of a program file, 0 if unreadable. */
static unsigned long elf_entry(const char *path)
{
	union { Elf64_Ehdr e64; Elf32_Ehdr e32; } h;
	int fd = open(path, O_RDONLY);
	long n = fd < 0 ? -1 : read(fd, &h, sizeof(h));

	if (fd >= 0)
		close(fd);
	if (n < (long)sizeof(h.e32) || memcmp(h.e64.e_ident, ELFMAG, SELFMAG))
		return 0;
	return h.e64.e_ident[EI_CLASS] == ELFCLASS64 ? h.e64.e_entry : h.e32.e_entry;
}

/* fork + PTRACE_TRACEME + execve(path --tracee): returns the pid at the exec
 * SIGTRAP stop, -1 if that stop did not come. */
static pid_t exec_tracee(const char *path)
{
	char *argv[] = { (char *)path, "--tracee", NULL };
	pid_t pid = fork();
	int st = -1;

	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		execve(path, argv, environ);
		_exit(127);
	}
	expect_ret("waitpid (exec stop)", waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, STOPPED(SIGTRAP));
	return st == STOPPED(SIGTRAP) ? pid : (reap_tracee(pid), -1);
}

/* The exec stop: before the first instruction, at the entry point, with the
 * initial stack (argc at rsp) and execve's 0 in rax. */
static void check_exec_stop(const char *path, unsigned long cs)
{
	struct user_regs_struct r;
	pid_t pid = exec_tracee(path);
	long argc;
	int st;

	if (pid < 0)
		return;
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	EXPECT_EQ(r.rip, elf_entry(path));
	EXPECT_EQ(r.cs, cs);
	EXPECT_EQ(r.ss, 0x2b);
	EXPECT_EQ(r.rax, 0);
	errno = 0;
	argc = ptrace(PTRACE_PEEKDATA, pid, (void *)r.rsp, NULL);
	EXPECT_EQ(errno, 0);
	EXPECT_EQ(cs == 0x33 ? argc : (int)argc, 2);
	st = finish_tracee(pid);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
}

TAP_TEST(traceme_execve_stops_with_sigtrap_at_the_entry_point)
{
	check_exec_stop(self, 0x33);
}

TAP_TEST(compat_execve_stops_at_the_entry_point_with_cs_0x23)
{
	char buf[256];
	const char *path = sibling32(buf, sizeof(buf), self);

	if (!path) {
		test_skip("no 32-bit build of this test beside it");
		return;
	}
	check_exec_stop(path, 0x23);
}

/* getpid's two stops, and write's arguments at its entry stop. */
static void check_syscall_stops(pid_t pid, long nr_getpid, long nr_write,
				int compat)
{
	struct user_regs_struct r;
	long w;

	if (pid < 0)
		return;
	EXPECT_TRUE(run_to_syscall_entry(pid, nr_getpid));
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	EXPECT_EQ(r.orig_rax, nr_getpid);
	EXPECT_EQ(r.rax, -ENOSYS);		/* preset by the entry code */
	EXPECT_EQ(r.cs, compat ? 0x23 : 0x33);
	EXPECT_EQ(ptrace(PTRACE_PEEKUSER, pid,
			 (void *)offsetof(struct user_regs_struct, orig_rax), NULL),
		  nr_getpid);

	EXPECT_EQ(resume(pid, PTRACE_SYSCALL, 0), STOPPED(SYSCALL_STOP));
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	EXPECT_EQ(r.orig_rax, nr_getpid);
	EXPECT_EQ(r.rax, pid);

	EXPECT_TRUE(run_to_syscall_entry(pid, nr_write));
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	if (compat) {		/* ebx, ecx, edx: zero-extended 32-bit values */
		EXPECT_EQ(r.rbx, 0xffffffffUL);
		EXPECT_EQ(r.rdx, 6);
		w = ptrace(PTRACE_PEEKDATA, pid, (void *)r.rcx, NULL);
	} else {		/* rdi, rsi, rdx */
		EXPECT_EQ(r.rdi, -1L);
		EXPECT_EQ(r.rdx, 6);
		w = ptrace(PTRACE_PEEKDATA, pid, (void *)r.rsi, NULL);
	}
	EXPECT_EQ(memcmp(&w, "abcdef", 6), 0);
	EXPECT_EQ(resume(pid, PTRACE_SYSCALL, 0), STOPPED(SYSCALL_STOP));
	expect_ret("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &r), 0);
	EXPECT_EQ(r.rax, -EBADF);		/* sign-extended for a 32-bit tracee too */

	w = finish_tracee(pid);
	EXPECT_TRUE(WIFEXITED(w));
	EXPECT_EQ(WEXITSTATUS(w), 0);
}

TAP_TEST(syscall_stops_at_getpid_entry_and_exit)
{
	check_syscall_stops(start_tracee(tracee_main, PTRACE_O_TRACESYSGOOD),
			    __NR_getpid, __NR_write, 0);
}

TAP_TEST(compat_tracee_syscall_stops_show_i386_numbers_and_registers)
{
	char buf[256];
	const char *path = sibling32(buf, sizeof(buf), self);
	pid_t pid;

	if (!path) {
		test_skip("no 32-bit build of this test beside it");
		return;
	}
	pid = exec_tracee(path);
	if (pid > 0)
		expect_ret("PTRACE_SETOPTIONS", ptrace(PTRACE_SETOPTIONS, pid, NULL,
			   (void *)PTRACE_O_TRACESYSGOOD), 0);
	check_syscall_stops(pid, NR32_getpid, NR32_write_, 1);
}

TAP_TEST(without_tracesysgood_a_syscall_stop_is_plain_sigtrap)
{
	pid_t pid = start_tracee(tracee_main, 0);

	if (pid < 0)
		return;
	EXPECT_EQ(resume(pid, PTRACE_SYSCALL, 0), STOPPED(SIGTRAP));
	reap_tracee(pid);
}

TAP_TEST(peekuser_bad_offsets_give_eio)
{
	pid_t pid = start_tracee(tracee_main, 0);

	if (pid < 0)
		return;
	errno = 0;
	EXPECT_EQ(ptrace(PTRACE_PEEKUSER, pid, (void *)3, NULL), -1);
	EXPECT_EQ(errno, EIO);
	errno = 0;
	EXPECT_EQ(ptrace(PTRACE_PEEKUSER, pid, (void *)0x10000, NULL), -1);
	EXPECT_EQ(errno, EIO);
	reap_tracee(pid);
}

TAP_TEST(getregs_into_a_bad_buffer_gives_efault)
{
	pid_t pid = start_tracee(tracee_main, 0);

	if (pid < 0)
		return;
	errno = 0;
	EXPECT_EQ(ptrace(PTRACE_GETREGS, pid, NULL, (void *)8), -1);
	EXPECT_EQ(errno, EFAULT);
	reap_tracee(pid);
}

static int sleep_forever(void)
{
	for (;;)
		pause();
	return 0;
}

TAP_TEST(ptrace_on_an_untraced_or_running_child_gives_esrch)
{
	struct user_regs_struct r;
	pid_t plain = fork(), traced;

	if (plain == 0)
		sleep_forever();
	errno = 0;
	EXPECT_EQ(ptrace(PTRACE_GETREGS, plain, NULL, &r), -1);
	EXPECT_EQ(errno, ESRCH);
	reap_tracee(plain);

	traced = start_tracee(sleep_forever, 0);
	if (traced < 0)
		return;
	expect_ret("PTRACE_CONT", ptrace(PTRACE_CONT, traced, NULL, NULL), 0);
	errno = 0;
	EXPECT_EQ(ptrace(PTRACE_GETREGS, traced, NULL, &r), -1);
	EXPECT_EQ(errno, ESRCH);
	reap_tracee(traced);
}

TAP_TEST(traceme_twice_gives_eperm)
{
	pid_t pid = fork();
	int st = -1;

	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(1);
		errno = 0;
		_exit(ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1 && errno == EPERM ?
		      0 : 2);
	}
	expect_ret("waitpid", waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, 0);		/* exited 0: no stop without a signal */
}

static int exit_7(void)
{
	return 7;
}

TAP_TEST(tracee_exit_is_reported_with_wifexited)
{
	pid_t pid = start_tracee(exit_7, PTRACE_O_TRACESYSGOOD);

	if (pid < 0)
		return;
	/* exit_group's entry stop, then no exit stop: the end itself */
	EXPECT_TRUE(run_to_syscall_entry(pid, __NR_exit_group));
	EXPECT_EQ(resume(pid, PTRACE_SYSCALL, 0), 7 << 8);
}
#endif

static const struct tap_test tests[] = {
#ifdef __x86_64__
	TAP_ENTRY(traceme_execve_stops_with_sigtrap_at_the_entry_point),
	TAP_ENTRY(compat_execve_stops_at_the_entry_point_with_cs_0x23),
	TAP_ENTRY(syscall_stops_at_getpid_entry_and_exit),
	TAP_ENTRY(compat_tracee_syscall_stops_show_i386_numbers_and_registers),
	TAP_ENTRY(without_tracesysgood_a_syscall_stop_is_plain_sigtrap),
	TAP_ENTRY(peekuser_bad_offsets_give_eio),
	TAP_ENTRY(getregs_into_a_bad_buffer_gives_efault),
	TAP_ENTRY(ptrace_on_an_untraced_or_running_child_gives_esrch),
	TAP_ENTRY(traceme_twice_gives_eperm),
	TAP_ENTRY(tracee_exit_is_reported_with_wifexited),
#else
	TAP_ENTRY(tracer_is_64_bit_only),
#endif
};

int main(int argc, char **argv)
{
	self = argv[0];
	if (argc > 1 && strcmp(argv[1], "--tracee") == 0)
		return tracee_main();
	alarm(PTRACE_TEST_TIMEOUT);	/* a tracee stuck in a stop must not hang the run */
	return RUN_TESTS(tests);
}
