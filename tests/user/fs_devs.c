/* fs_devs.c: what the kernel puts in the tree at boot - the character devices
 * /dev/null, /dev/zero, /dev/urandom, /dev/console and /dev/tty, the writable /tmp,
 * and /proc/<pid>/stat in Linux's format (what ps reads). Passes on Linux too. */
#include <errno.h>
#include <stdlib.h>
#include "fs_util.h"

TAP_TEST(dev_null_zero_urandom)
{
	unsigned char buf[64];
	struct t_stat st;
	long fd = t_open("/dev/null", O_RDWR, 0);

	expect_ret("write null", t_write(fd, "abc", 3), 3);
	expect_ret("read null", t_read(fd, buf, sizeof(buf)), 0);
	expect_ret("fstat null", t_fstat(fd, &st), 0);
	EXPECT_EQ(st.st_mode & T_S_IFMT, T_S_IFCHR);
	EXPECT_EQ(st.st_rdev, (1 << 8) | 3);
	t_close(fd);
	fd = t_open("/dev/zero", O_RDONLY, 0);
	memset(buf, 0xaa, sizeof(buf));
	expect_ret("read zero", t_read(fd, buf, sizeof(buf)), sizeof(buf));
	EXPECT_EQ(buf[0] | buf[31] | buf[63], 0);
	t_close(fd);
	fd = t_open("/dev/urandom", O_RDONLY, 0);
	memset(buf, 0, sizeof(buf));
	expect_ret("read urandom", t_read(fd, buf, 32), 32);
	int nonzero = 0;
	for (int i = 0; i < 32; i++)
		nonzero += buf[i] != 0;
	EXPECT_TRUE(nonzero > 16);
	t_close(fd);
}

TAP_TEST(console_and_tty_are_character_devices)
{
	struct t_stat st;

	if (!on_trapdoor()) {
		test_skip("the host's console may be anything");
		return;
	}
	expect_ret("stat /dev/console", t_stat("/dev/console", &st), 0);
	EXPECT_EQ(st.st_mode & T_S_IFMT, T_S_IFCHR);
	EXPECT_EQ(st.st_rdev, (5 << 8) | 1);
	expect_ret("stat /dev/tty", t_stat("/dev/tty", &st), 0);
	EXPECT_EQ(st.st_rdev, (5 << 8) | 0);
	expect_ret("stat /tmp", t_stat("/tmp", &st), 0);
	EXPECT_EQ(st.st_mode, T_S_IFDIR | 01777);
}

TAP_TEST(proc_pid_stat_names_this_process)
{
	char path[64], buf[512] = { 0 }, want[32];
	long pid = __syscall0(__NR_getpid), ppid = __syscall0(__NR_getppid);

	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	long fd = t_open(path, O_RDONLY, 0);
	EXPECT_TRUE(fd >= 0);
	EXPECT_TRUE(t_read(fd, buf, sizeof(buf) - 1) > 20);
	t_close(fd);
	snprintf(want, sizeof(want), "%ld (", pid);
	EXPECT_TRUE(!strncmp(buf, want, strlen(want)));
	char *close_paren = strrchr(buf, ')');
	EXPECT_TRUE(close_paren != NULL);
	if (!close_paren)
		return;
	EXPECT_EQ(close_paren[2], 'R');			/* reading it: running */
	EXPECT_EQ(strtol(close_paren + 4, NULL, 10), ppid);
	int fields = 0;
	for (char *p = close_paren + 1; *p; p++)
		fields += *p == ' ';
	EXPECT_TRUE(fields + 2 >= 44);			/* Linux 6.1 has 52 */
	expect_ret("no such pid", t_open("/proc/999999/stat", O_RDONLY, 0), -ENOENT);
}

TAP_TEST(proc_lists_this_process)
{
	static char buf[8192];
	char me[16];
	long fd = t_open("/proc", O_RDONLY | O_DIRECTORY, 0), len;
	int found = 0;

	snprintf(me, sizeof(me), "%ld", __syscall0(__NR_getpid));
	while ((len = __syscall3(__NR_getdents64, fd, (long)buf, sizeof(buf))) > 0)
		for (long off = 0; off < len; ) {
			unsigned short reclen = *(unsigned short *)(buf + off + 16);
			found |= !strcmp(buf + off + 19, me);
			off += reclen;
		}
	t_close(fd);
	EXPECT_TRUE(found);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(dev_null_zero_urandom),
	TAP_ENTRY(console_and_tty_are_character_devices),
	TAP_ENTRY(proc_pid_stat_names_this_process),
	TAP_ENTRY(proc_lists_this_process),
};

int main(void)
{
	return RUN_TESTS(tests);
}
