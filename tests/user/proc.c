/* proc.c: the process-information calls: uname (Trapdoor's strings when on
 * Trapdoor), the pid/tid/uid family agreeing with each other and across paths,
 * set_tid_address, sched_yield, and reboot refusing a bad magic number (it is
 * never called with the real one here). */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>
#include <sys/reboot.h>
#include <sys/utsname.h>
#include "util.h"

TAP_TEST(uname_says_linux_x86_64)
{
	struct utsname u;

	expect_ret("uname", __syscall1(__NR_uname, (long)&u), 0);
	EXPECT_STREQ(u.sysname, "Linux");
	EXPECT_STREQ(u.machine, "x86_64");	/* 32-bit processes too */
}

TAP_TEST(uname_names_trapdoor)
{
	struct utsname u;

	if (!on_trapdoor()) {
		test_skip("not running on Trapdoor");
		return;
	}
	expect_ret("uname", __syscall1(__NR_uname, (long)&u), 0);
	EXPECT_STREQ(u.nodename, "trapdoor");
	EXPECT_STREQ(u.release, "6.1.0-trapdoor");
}

TAP_TEST(single_thread_tid_is_pid)
{
	long pid = __syscall0(__NR_getpid);

	EXPECT_TRUE(pid > 0);
	expect_ret("gettid", __syscall0(__NR_gettid), pid);
	EXPECT_NE(__syscall0(__NR_getppid), pid);
}

TAP_TEST(getpid_agrees_on_every_path)
{
	long pid = getpid();

#ifdef __x86_64__
	expect_ret("syscall getpid", sys64(__NR_getpid, 0, 0, 0, 0, 0, 0), pid);
	expect_ret("int80 getpid", int80(NR32_getpid, 0, 0, 0, 0, 0, 0), pid);
#else
	expect_ret("int80 getpid", int80(__NR_getpid, 0, 0, 0, 0, 0, 0), pid);
	if (vsys32(__NR_getpid, 0, 0, 0, 0, 0, 0) != -ENOSYS)
		expect_ret("vsyscall getpid", vsys32(__NR_getpid, 0, 0, 0, 0, 0, 0),
			   pid);
#endif
}

TAP_TEST(ids_are_root_on_trapdoor)
{
	if (!on_trapdoor()) {
		test_skip("not running on Trapdoor");
		return;
	}
	expect_ret("getuid", getuid(), 0);
	expect_ret("geteuid", geteuid(), 0);
	expect_ret("getgid", getgid(), 0);
	expect_ret("getegid", getegid(), 0);
}

TAP_TEST(effective_ids_equal_real_ids)
{
	expect_ret("geteuid", geteuid(), getuid());
	expect_ret("getegid", getegid(), getgid());
}

TAP_TEST(set_tid_address_returns_tid)
{
	static int tid_slot;

	expect_ret("set_tid_address", __syscall1(__NR_set_tid_address,
						  (long)&tid_slot),
		   __syscall0(__NR_gettid));
}

TAP_TEST(sched_yield_returns_0)
{
	expect_ret("sched_yield", __syscall0(__NR_sched_yield), 0);
}

/* Linux checks the magic numbers before the command, so nothing happens (and
 * before them CAP_SYS_BOOT: a host run as non-root sees -EPERM). */
TAP_TEST(reboot_bad_magic_gives_einval)
{
	long want = geteuid() == 0 ? -EINVAL : -EPERM;

	expect_ret("reboot(bad magic1)", __syscall4(__NR_reboot, 0x12345678,
						    LINUX_REBOOT_MAGIC2,
						    RB_POWER_OFF, 0), want);
	expect_ret("reboot(bad magic2)", __syscall4(__NR_reboot,
						    LINUX_REBOOT_MAGIC1, 0x12345678,
						    RB_POWER_OFF, 0), want);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(uname_says_linux_x86_64),
	TAP_ENTRY(uname_names_trapdoor),
	TAP_ENTRY(single_thread_tid_is_pid),
	TAP_ENTRY(getpid_agrees_on_every_path),
	TAP_ENTRY(ids_are_root_on_trapdoor),
	TAP_ENTRY(effective_ids_equal_real_ids),
	TAP_ENTRY(set_tid_address_returns_tid),
	TAP_ENTRY(sched_yield_returns_0),
	TAP_ENTRY(reboot_bad_magic_gives_einval),
};

int main(void)
{
	return RUN_TESTS(tests);
}
