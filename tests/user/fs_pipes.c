/* fs_pipes.c: pipes within one process - write then read, EOF once the writer is
 * closed, O_NONBLOCK and EAGAIN, the 64 KiB capacity, 1 MiB through in pieces
 * byte-exact, ESPIPE for lseek/pread, poll on both ends, EPIPE with SIGPIPE ignored
 * (only where rt_sigaction can ignore it). Passes on Linux too. */
#include <errno.h>
#include <stdlib.h>
#include "fs_util.h"

static int fds[2];

static long t_pipe2(int *p, long flags)
{
	return __syscall2(__NR_pipe2, (long)p, flags);
}

static void close_both(void)
{
	t_close(fds[0]);
	t_close(fds[1]);
}

TAP_TEST(pipe_write_then_read_then_eof)
{
	char buf[16] = { 0 };

	expect_ret("pipe", __syscall1(__NR_pipe, (long)fds), 0);
	expect_ret("write", t_write(fds[1], "through", 7), 7);
	expect_ret("read", t_read(fds[0], buf, sizeof(buf)), 7);
	EXPECT_STREQ(buf, "through");
	expect_ret("read on write end", t_read(fds[1], buf, 1), -EBADF);
	expect_ret("write on read end", t_write(fds[0], "x", 1), -EBADF);
	t_close(fds[1]);
	expect_ret("EOF", t_read(fds[0], buf, sizeof(buf)), 0);
	t_close(fds[0]);
}

TAP_TEST(pipes_have_no_position)
{
	char c;
	struct t_stat st;

	t_pipe2(fds, 0);
	expect_ret("lseek", t_lseek(fds[0], 0, 0), -ESPIPE);
	expect_ret("pread", t_pread(fds[0], &c, 1, 0), -ESPIPE);
	expect_ret("pwrite", t_pwrite(fds[1], "x", 1, 0), -ESPIPE);
	expect_ret("fstat", t_fstat(fds[0], &st), 0);
	EXPECT_EQ(st.st_mode & T_S_IFMT, T_S_IFIFO);
	close_both();
}

TAP_TEST(nonblocking_pipe_fills_at_64k_and_drains)
{
	static char chunk[4096], back[4096];
	long total = 0, r;

	expect_ret("pipe2", t_pipe2(fds, O_NONBLOCK | O_CLOEXEC), 0);
	expect_ret("read empty", t_read(fds[0], back, 1), -EAGAIN);
	for (int i = 0; i < (int)sizeof(chunk); i++)
		chunk[i] = (char)i;
	while ((r = t_write(fds[1], chunk, sizeof(chunk))) > 0)
		total += r;
	expect_ret("write to a full pipe", r, -EAGAIN);
	EXPECT_EQ(total, 65536);
	long got = 0;
	while ((r = t_read(fds[0], back, sizeof(back))) > 0) {
		EXPECT_EQ(memcmp(back, chunk, r), 0);
		got += r;
	}
	EXPECT_EQ(got, total);
	expect_ret("bad pipe2 flags", t_pipe2(fds, 1), -EINVAL);
	close_both();
}

TAP_TEST(one_mib_through_a_pipe_is_byte_exact)
{
	enum { SIZE = 1 << 20, PIECE = 30000 };
	unsigned char *data = malloc(SIZE), *back = malloc(SIZE);
	long sent = 0, got = 0;

	for (int i = 0; i < SIZE; i++)
		data[i] = (unsigned char)(i ^ (i >> 9));
	/* one process: write what fits, then read until the pipe is empty */
	t_pipe2(fds, O_NONBLOCK);
	while (got < SIZE) {
		long n = SIZE - sent < PIECE ? SIZE - sent : PIECE, r;
		if (n > 0 && (r = t_write(fds[1], data + sent, n)) != -EAGAIN) {
			EXPECT_TRUE(r > 0);
			if (r <= 0)
				break;
			sent += r;
		}
		while ((r = t_read(fds[0], back + got, SIZE - got)) > 0)
			got += r;
		if (r != -EAGAIN && got < SIZE)
			break;
	}
	EXPECT_EQ(got, SIZE);
	EXPECT_EQ(memcmp(data, back, SIZE), 0);
	close_both();
	free(data);
	free(back);
}

TAP_TEST(poll_sees_pipe_readiness)
{
	struct t_pollfd p[3];

	__syscall1(__NR_pipe, (long)fds);
	p[0] = (struct t_pollfd){ fds[0], T_POLLIN, 0 };
	p[1] = (struct t_pollfd){ fds[1], T_POLLOUT, 0 };
	p[2] = (struct t_pollfd){ 60, T_POLLIN, 0 };
	expect_ret("poll", __syscall3(__NR_poll, (long)p, 3, 0), 2);
	EXPECT_EQ(p[0].revents, 0);
	EXPECT_EQ(p[1].revents, T_POLLOUT);
	EXPECT_EQ(p[2].revents, T_POLLNVAL);
	expect_ret("poll times out", __syscall3(__NR_poll, (long)p, 1, 30), 0);
	t_write(fds[1], "x", 1);
	expect_ret("poll readable", __syscall3(__NR_poll, (long)p, 1, -1), 1);
	EXPECT_EQ(p[0].revents, T_POLLIN);
	t_close(fds[1]);
	__syscall3(__NR_poll, (long)p, 1, 0);
	EXPECT_EQ(p[0].revents, T_POLLIN | T_POLLHUP);
	expect_ret("poll bad array", __syscall3(__NR_poll, 8, 1, 0), -EFAULT);
	t_close(fds[0]);
}

/* rt_sigaction(SIGPIPE, SIG_IGN): 0, or -errno if it cannot be done. */
static long ignore_sigpipe(unsigned long handler)
{
	struct { unsigned long handler, flags, restorer; unsigned int mask[2]; } sa = {
		handler, 0, 0, { 0, 0 } };

	return __syscall4(__NR_rt_sigaction, 13, (long)&sa, 0, 8);
}

TAP_TEST(write_without_readers_gives_epipe)
{
	if (ignore_sigpipe(1) < 0) {
		test_skip("SIGPIPE cannot be ignored yet: its default action would kill us");
		return;
	}
	__syscall1(__NR_pipe, (long)fds);
	t_close(fds[0]);
	expect_ret("write", t_write(fds[1], "x", 1), -EPIPE);
	t_close(fds[1]);
	ignore_sigpipe(0);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(pipe_write_then_read_then_eof),
	TAP_ENTRY(pipes_have_no_position),
	TAP_ENTRY(nonblocking_pipe_fills_at_64k_and_drains),
	TAP_ENTRY(one_mib_through_a_pipe_is_byte_exact),
	TAP_ENTRY(poll_sees_pipe_readiness),
	TAP_ENTRY(write_without_readers_gives_epipe),
};

int main(void)
{
	return RUN_TESTS(tests);
}
