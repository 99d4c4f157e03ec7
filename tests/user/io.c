/* io.c: scatter/gather I/O, terminal ioctls and getrandom. fd 1 is the test
 * channel (not a tty); fds 0 and 2 are the serial console on Trapdoor, so TCGETS
 * and TIOCGWINSZ work there and give -ENOTTY on fd 1. On another host the console
 * tests only run where the fd really is a terminal. */
#include <errno.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/uio.h>
#include "util.h"

TAP_TEST(writev_three_iovecs_returns_sum)
{
	static char a[] = "# writev: ", b[] = "three ", c[] = "pieces\n";
	struct iovec iov[3] = {
		{ a, sizeof(a) - 1 }, { b, sizeof(b) - 1 }, { c, sizeof(c) - 1 },
	};

	fflush(stdout);
	expect_ret("writev", __syscall3(__NR_writev, 1, (long)iov, 3),
		   sizeof(a) + sizeof(b) + sizeof(c) - 3);
}

TAP_TEST(writev_zero_iovecs_returns_0)
{
	struct iovec iov[1] = { { NULL, 0 } };

	expect_ret("writev", __syscall3(__NR_writev, 1, (long)iov, 0), 0);
}

TAP_TEST(writev_bad_iovcnt_gives_einval)
{
	static char a[] = "#\n";
	struct iovec iov[1] = { { a, 2 } };

	expect_ret("writev(iovcnt -1)", __syscall3(__NR_writev, 1, (long)iov, -1),
		   -EINVAL);
	expect_ret("writev(iovcnt 1025)", __syscall3(__NR_writev, 1, (long)iov,
						     IOV_MAX + 1), -EINVAL);
	expect_ret("readv(iovcnt -1)", __syscall3(__NR_readv, 0, (long)iov, -1),
		   -EINVAL);
}

TAP_TEST(readv_writev_bad_fd_give_ebadf)
{
	char buf[4];
	struct iovec iov[1] = { { buf, sizeof(buf) } };

	expect_ret("writev(fd 99)", __syscall3(__NR_writev, 99, (long)iov, 1), -EBADF);
	expect_ret("readv(fd 99)", __syscall3(__NR_readv, 99, (long)iov, 1), -EBADF);
	expect_ret("write(fd -1)", __syscall3(__NR_write, -1, (long)buf, 1), -EBADF);
	expect_ret("read(fd 99)", __syscall3(__NR_read, 99, (long)buf, 1), -EBADF);
}

static long tcgets(int fd, struct termios *t)
{
	return __syscall3(__NR_ioctl, fd, TCGETS, (long)t);
}

TAP_TEST(ioctl_tcgets_on_test_channel_gives_enotty)
{
	struct termios t;

	if (!on_trapdoor() && tcgets(1, &t) == 0) {
		test_skip("fd 1 is a terminal here");
		return;
	}
	expect_ret("ioctl(1, TCGETS)", tcgets(1, &t), -ENOTTY);
}

/* On Trapdoor fds 0 and 2 are the console; elsewhere, whichever is a tty. */
static int console_fd(int fd)
{
	struct termios t;

	if (on_trapdoor() || tcgets(fd, &t) == 0)
		return 1;
	test_skip("fd is not a terminal here");
	return 0;
}

TAP_TEST(ioctl_tcgets_on_console_works)
{
	struct termios t;
	int fd;

	for (fd = 0; fd <= 2; fd += 2)
		if (console_fd(fd))
			expect_ret("ioctl(TCGETS)", tcgets(fd, &t), 0);
}

TAP_TEST(ioctl_tiocgwinsz_on_console_works)
{
	struct winsize ws;
	int fd;

	for (fd = 0; fd <= 2; fd += 2)
		if (console_fd(fd))
			expect_ret("ioctl(TIOCGWINSZ)",
				   __syscall3(__NR_ioctl, fd, TIOCGWINSZ, (long)&ws), 0);
}

TAP_TEST(ioctl_unknown_request_on_console_gives_enotty)
{
	int fd;

	for (fd = 0; fd <= 2; fd += 2)
		if (console_fd(fd))
			expect_ret("ioctl(0x54ff)",
				   __syscall3(__NR_ioctl, fd, 0x54ff, 0), -ENOTTY);
}

TAP_TEST(getrandom_fills_and_returns_count)
{
	unsigned char a[64], b[64];

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	expect_ret("getrandom", __syscall3(__NR_getrandom, (long)a, sizeof(a), 0),
		   sizeof(a));
	expect_ret("getrandom", __syscall3(__NR_getrandom, (long)b, sizeof(b), 0),
		   sizeof(b));
	EXPECT_TRUE(memcmp(a, b, sizeof(a)) != 0);
}

TAP_TEST(getrandom_bad_flags_give_einval)
{
	char buf[8];

	expect_ret("getrandom(flags 0x80)",
		   __syscall3(__NR_getrandom, (long)buf, sizeof(buf), 0x80), -EINVAL);
	expect_ret("getrandom(RANDOM|INSECURE)",
		   __syscall3(__NR_getrandom, (long)buf, sizeof(buf),
			      GRND_RANDOM | GRND_INSECURE), -EINVAL);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(writev_three_iovecs_returns_sum),
	TAP_ENTRY(writev_zero_iovecs_returns_0),
	TAP_ENTRY(writev_bad_iovcnt_gives_einval),
	TAP_ENTRY(readv_writev_bad_fd_give_ebadf),
	TAP_ENTRY(ioctl_tcgets_on_test_channel_gives_enotty),
	TAP_ENTRY(ioctl_tcgets_on_console_works),
	TAP_ENTRY(ioctl_tiocgwinsz_on_console_works),
	TAP_ENTRY(ioctl_unknown_request_on_console_gives_enotty),
	TAP_ENTRY(getrandom_fills_and_returns_count),
	TAP_ENTRY(getrandom_bad_flags_give_einval),
};

int main(void)
{
	return RUN_TESTS(tests);
}
