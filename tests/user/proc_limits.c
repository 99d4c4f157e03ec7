/* proc_limits.c: running out is an error, never a crash (DESIGN §1.4). Fork until
 * the kernel says no (EAGAIN: it caps the number of processes by the size of RAM,
 * as Linux sizes threads-max), and map memory until it says no (ENOMEM) - then, with memory
 * exhausted, system calls that need memory fail cleanly; afterwards all is back. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "util.h"

#define MAX_KIDS 4096

TAP_TEST(fork_until_refused_then_reap_them_all)
{
	static pid_t kids[MAX_KIDS];
	int n = 0, err = 0;

	if (!on_trapdoor()) {			/* a real machine has too much room */
		test_skip("only on Trapdoor");
		return;
	}
	pid_t parent = getpid();
	while (n < MAX_KIDS) {
		pid_t p = fork();
		if (p == 0) {
			/* wait to be killed - or, should the parent die first, leave */
			struct timespec nap = { 0, 50 * 1000 * 1000 };
			while (getppid() == parent)
				nanosleep(&nap, NULL);
			_exit(0);
		}
		if (p < 0) {
			err = errno;
			break;
		}
		kids[n++] = p;
	}
	EXPECT_TRUE(n > 100);			/* a useful number fit */
	EXPECT_TRUE(err == EAGAIN || err == ENOMEM);
	for (int i = 0; i < n; i++)
		kill(kids[i], SIGKILL);
	int reaped = 0, st;
	while (wait(&st) > 0)
		reaped++;
	EXPECT_EQ(reaped, n);
	pid_t p = fork();			/* and forking works again */
	if (p == 0)
		_exit(3);
	EXPECT_EQ(waitpid(p, &st, 0), p);
	EXPECT_EQ(WEXITSTATUS(st), 3);
}

TAP_TEST(memory_exhaustion_gives_enomem_not_a_crash)
{
	static void *maps[4096];
	int n = 0;
	size_t chunk = 4 << 20;

	if (!on_trapdoor()) {
		test_skip("only on Trapdoor");
		return;
	}
	/* take all memory, then finer pieces of what is left */
	for (; n < 4096; n++) {
		maps[n] = mmap(NULL, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (maps[n] == MAP_FAILED) {
			EXPECT_EQ(errno, ENOMEM);
			if (chunk == 4096)
				break;
			chunk /= 4;
			n--;
		}
	}
	/* everything that needs memory now fails politely */
	int fds[2];
	int pr = pipe(fds);
	pid_t p = fork();
	if (p == 0)
		_exit(0);
	if (p > 0)
		waitpid(p, NULL, 0);
	int fd = open("/tmp/limits-file", O_CREAT | O_WRONLY, 0644);
	EXPECT_TRUE(p > 0 || errno == ENOMEM || errno == EAGAIN);
	if (pr == 0) {
		close(fds[0]);
		close(fds[1]);
	}
	if (fd >= 0)
		close(fd);
	for (int i = 0; i < n; i++)
		if (maps[i] != MAP_FAILED)
			munmap(maps[i], 4096);	/* unmaps the first page of each */
	EXPECT_EQ(getpid() > 0, 1);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(fork_until_refused_then_reap_them_all),
	TAP_ENTRY(memory_exhaustion_gives_enomem_not_a_crash),
};

int main(void)
{
	return RUN_TESTS(tests);
}
