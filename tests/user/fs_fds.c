/* fs_fds.c: the descriptor table - dup, dup2, dup3, fcntl (F_DUPFD[_CLOEXEC],
 * F_GETFD/F_SETFD, F_GETFL/F_SETFL), O_CLOEXEC, a shared file position after dup,
 * close and EBADF, and EMFILE once every descriptor is taken. In a scratch
 * directory (fs_util.h); passes on Linux too. */
#include <errno.h>
#include "fs_util.h"

static long fcntl3(long fd, long cmd, long arg)
{
#ifdef __x86_64__
	return __syscall3(__NR_fcntl, fd, cmd, arg);
#else
	return __syscall3(__NR_fcntl64, fd, cmd, arg);
#endif
}

TAP_TEST(dup_takes_the_lowest_free_descriptor)
{
	long a = t_open("/dev/null", O_RDONLY, 0);
	long b = __syscall1(__NR_dup, a);

	EXPECT_TRUE(a >= 3 && b > a);
	t_close(a);
	expect_ret("dup refills the hole", __syscall1(__NR_dup, b), a);
	t_close(a);
	t_close(b);
	expect_ret("dup bad fd", __syscall1(__NR_dup, 90), -EBADF);
}

TAP_TEST(dup2_and_dup3_rules)
{
	long a = t_open("/dev/null", O_RDONLY, 0);

	expect_ret("dup2", __syscall2(__NR_dup2, a, 40), 40);
	expect_ret("dup2 same fd", __syscall2(__NR_dup2, 40, 40), 40);
	expect_ret("dup2 bad old", __syscall2(__NR_dup2, 41, 42), -EBADF);
	expect_ret("dup2 bad new", __syscall2(__NR_dup2, a, -1), -EBADF);
	expect_ret("dup3 same fd", __syscall3(__NR_dup3, 40, 40, 0), -EINVAL);
	expect_ret("dup3 bad flags", __syscall3(__NR_dup3, a, 41, 1), -EINVAL);
	expect_ret("dup3 O_CLOEXEC", __syscall3(__NR_dup3, a, 40, O_CLOEXEC), 40);
	expect_ret("F_GETFD", fcntl3(40, T_F_GETFD, 0), 1);
	expect_ret("dup2 clears it", __syscall2(__NR_dup2, a, 40), 40);
	expect_ret("F_GETFD after", fcntl3(40, T_F_GETFD, 0), 0);
	t_close(40);
	t_close(a);
}

TAP_TEST(fcntl_descriptor_and_status_flags)
{
	long fd = t_open("/dev/null", O_WRONLY | O_CLOEXEC, 0);

	expect_ret("O_CLOEXEC -> FD_CLOEXEC", fcntl3(fd, T_F_GETFD, 0), 1);
	expect_ret("F_SETFD 0", fcntl3(fd, T_F_SETFD, 0), 0);
	expect_ret("F_GETFD", fcntl3(fd, T_F_GETFD, 0), 0);
	EXPECT_EQ(fcntl3(fd, T_F_GETFL, 0) & (O_ACCMODE_T | O_APPEND | O_NONBLOCK), O_WRONLY);
	expect_ret("F_SETFL", fcntl3(fd, T_F_SETFL, O_APPEND | O_NONBLOCK | O_RDWR), 0);
	EXPECT_EQ(fcntl3(fd, T_F_GETFL, 0) & (O_ACCMODE_T | O_APPEND | O_NONBLOCK),
		  O_WRONLY | O_APPEND | O_NONBLOCK);		/* access mode stays */
	long d = fcntl3(fd, T_F_DUPFD, 20);
	EXPECT_TRUE(d >= 20);
	expect_ret("F_DUPFD copy has no FD_CLOEXEC", fcntl3(d, T_F_GETFD, 0), 0);
	long e = fcntl3(fd, T_F_DUPFD_CLOEXEC, 20);
	EXPECT_TRUE(e > d);
	expect_ret("F_DUPFD_CLOEXEC", fcntl3(e, T_F_GETFD, 0), 1);
	expect_ret("shared status flags", fcntl3(d, T_F_GETFL, 0) & O_APPEND, O_APPEND);
	expect_ret("bad cmd", fcntl3(fd, 9999, 0), -EINVAL);
	expect_ret("bad fd", fcntl3(99, T_F_GETFD, 0), -EBADF);
	t_close(e);
	t_close(d);
	t_close(fd);
}

TAP_TEST(dup_shares_the_file_position)
{
	long fd = t_open("pos", O_CREAT | O_RDWR | O_TRUNC, 0644);
	long d = __syscall1(__NR_dup, fd);

	t_write(fd, "abcdef", 6);
	expect_ret("position seen through the dup", t_lseek(d, 0, 1), 6);
	t_lseek(d, 2, 0);
	expect_ret("and back", t_lseek(fd, 0, 1), 2);
	t_close(fd);
	t_close(d);
	t_unlink("pos");
}

TAP_TEST(close_twice_gives_ebadf)
{
	long fd = t_open("/dev/null", O_RDONLY, 0);

	expect_ret("close", t_close(fd), 0);
	expect_ret("close again", t_close(fd), -EBADF);
	expect_ret("close -1", t_close(-1), -EBADF);
}

TAP_TEST(emfile_when_every_descriptor_is_taken)
{
	enum { CAP = 65536 };
	long fd = t_open("/dev/null", O_RDONLY, 0), last = fd, r = 0;
	int n = 0;

	while (n < CAP && (r = __syscall1(__NR_dup, fd)) >= 0) {
		last = r;
		n++;
	}
	if (r >= 0) {
		test_skip("more than 65536 descriptors allowed here");
	} else {
		expect_ret("dup at the limit", r, -EMFILE);
		expect_ret("open at the limit", t_open("/dev/null", O_RDONLY, 0), -EMFILE);
		int fds[2];
		expect_ret("pipe at the limit", __syscall1(__NR_pipe, (long)fds), -EMFILE);
	}
	for (long i = fd; i <= last; i++)
		t_close(i);
	EXPECT_TRUE(n > 10);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(dup_takes_the_lowest_free_descriptor),
	TAP_ENTRY(dup2_and_dup3_rules),
	TAP_ENTRY(fcntl_descriptor_and_status_flags),
	TAP_ENTRY(dup_shares_the_file_position),
	TAP_ENTRY(close_twice_gives_ebadf),
	TAP_ENTRY(emfile_when_every_descriptor_is_taken),
};

int main(void)
{
	if (fs_enter_scratch("fs_fds") < 0)
		return 1;
	int rc = RUN_TESTS(tests);
	fs_leave_scratch();
	return rc;
}
