/* proc_pipe.c: pipes between processes (DESIGN §9): 1 MiB arrives byte-exact
 * through writes and reads of odd sizes, EOF once every writer is closed, EPIPE
 * with SIGPIPE ignored, death by SIGPIPE by default, pipe2's O_CLOEXEC, dup2. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "util.h"

#define TOTAL	(1024 * 1024)

static unsigned char pattern(long i)
{
	return (unsigned char)(i * 7 + (i >> 9));
}

TAP_TEST(pipe_carries_1mib_byte_exact)
{
	static unsigned char buf[7001];
	long got = 0, bad = -1, n;
	int fds[2], st;
	pid_t pid;

	EXPECT_EQ(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		long sent = 0, k, i;

		close(fds[0]);
		while (sent < TOTAL) {
			k = 1 + (sent * 31) % 5000;	/* odd sizes */
			if (k > TOTAL - sent)
				k = TOTAL - sent;
			for (i = 0; i < k; i++)
				buf[i] = pattern(sent + i);
			if (write(fds[1], buf, k) != k)
				_exit(1);
			sent += k;
		}
		_exit(0);
	}
	close(fds[1]);
	while ((n = read(fds[0], buf, sizeof(buf))) > 0) {
		long i;

		for (i = 0; i < n && bad < 0; i++)
			if (buf[i] != pattern(got + i))
				bad = got + i;
		got += n;
	}
	EXPECT_EQ(n, 0);			/* EOF: the writer is gone */
	EXPECT_EQ(got, TOTAL);
	EXPECT_EQ(bad, -1);
	close(fds[0]);
	EXPECT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, 0);
}

TAP_TEST(write_without_readers_gives_epipe_when_ignored)
{
	int fds[2];

	signal(SIGPIPE, SIG_IGN);
	EXPECT_EQ(pipe(fds), 0);
	close(fds[0]);
	errno = 0;
	EXPECT_EQ(write(fds[1], "x", 1), -1);
	EXPECT_EQ(errno, EPIPE);
	close(fds[1]);
	signal(SIGPIPE, SIG_DFL);
}

TAP_TEST(write_without_readers_kills_with_sigpipe)
{
	int fds[2], st;
	pid_t pid;

	EXPECT_EQ(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		write(fds[1], "x", 1);
		_exit(0);
	}
	close(fds[0]);
	close(fds[1]);
	EXPECT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_TRUE(WIFSIGNALED(st));
	EXPECT_EQ(WTERMSIG(st), SIGPIPE);
}

TAP_TEST(pipe2_cloexec_and_dup2)
{
	int fds[2], fd;
	char c = 0;

	EXPECT_EQ(pipe2(fds, O_CLOEXEC), 0);
	EXPECT_EQ(fcntl(fds[0], F_GETFD), FD_CLOEXEC);
	fd = dup2(fds[1], 40);
	EXPECT_EQ(fd, 40);
	EXPECT_EQ(fcntl(40, F_GETFD), 0);	/* dup2 clears close-on-exec */
	EXPECT_EQ(write(40, "q", 1), 1);
	EXPECT_EQ(read(fds[0], &c, 1), 1);
	EXPECT_EQ(c, 'q');
	close(40);
	close(fds[0]);
	close(fds[1]);
	errno = 0;
	EXPECT_EQ(dup2(fds[0], 41), -1);
	EXPECT_EQ(errno, EBADF);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(pipe_carries_1mib_byte_exact),
	TAP_ENTRY(write_without_readers_gives_epipe_when_ignored),
	TAP_ENTRY(write_without_readers_kills_with_sigpipe),
	TAP_ENTRY(pipe2_cloexec_and_dup2),
};

int main(void)
{
	return RUN_TESTS(tests);
}
