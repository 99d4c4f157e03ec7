/* proc_fork.c: fork and wait4 (DESIGN §9): hundreds of children with their exit
 * statuses, waitpid(-1), WNOHANG, ECHILD; copy-on-write isolation of data, heap,
 * brk, mmap and stack memory; vfork running the child first in shared memory;
 * clone with fork-like flags. */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "util.h"

#define MANY	300

static char *self_path;		/* argv[0]: the tests re-execute themselves */

/* Wait for pid; the raw status, or -1 (and a failure) if waitpid fails. */
static int reap(pid_t pid)
{
	int status = -1;

	expect_ret("waitpid", waitpid(pid, &status, 0), pid);
	return status;
}

TAP_TEST(hundreds_of_children_report_their_exit_status)
{
	int i, bad = 0;

	for (i = 0; i < MANY; i++) {
		pid_t pid = fork();
		int st;

		if (pid == 0)
			_exit(i & 0xff);
		if (pid < 0) {
			EXPECT_TRUE(pid > 0);
			return;
		}
		st = reap(pid);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != (i & 0xff))
			bad++;
	}
	EXPECT_EQ(bad, 0);
}

TAP_TEST(waitpid_any_reaps_every_child_then_echild)
{
	pid_t pids[64];
	int i, j, found = 0, st;

	for (i = 0; i < 64; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(100 + i % 50);
		EXPECT_TRUE(pids[i] > 0);
	}
	for (i = 0; i < 64; i++) {
		pid_t p = waitpid(-1, &st, 0);

		for (j = 0; j < 64; j++)
			if (pids[j] == p && WIFEXITED(st) &&
			    WEXITSTATUS(st) == 100 + j % 50) {
				pids[j] = 0;
				found++;
			}
	}
	EXPECT_EQ(found, 64);
	errno = 0;
	EXPECT_EQ(waitpid(-1, &st, 0), -1);
	EXPECT_EQ(errno, ECHILD);
	EXPECT_EQ(wait(&st), -1);
	EXPECT_EQ(errno, ECHILD);
}

TAP_TEST(wnohang_returns_zero_while_the_child_runs)
{
	int fds[2], st = 0;
	char c = 0;
	pid_t pid;

	EXPECT_EQ(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		_exit(read(fds[0], &c, 1) == 1 ? c : 99);	/* blocks */
	}
	close(fds[0]);
	EXPECT_EQ(waitpid(pid, &st, WNOHANG), 0);
	EXPECT_EQ(waitpid(-1, &st, WNOHANG), 0);
	c = 42;
	EXPECT_EQ(write(fds[1], &c, 1), 1);
	close(fds[1]);
	EXPECT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 42);
}

TAP_TEST(waitpid_on_a_stranger_gives_echild)
{
	int st;

	errno = 0;
	EXPECT_EQ(waitpid(getppid(), &st, WNOHANG), -1);
	EXPECT_EQ(errno, ECHILD);
	EXPECT_EQ(waitpid(-1, &st, WNOHANG), -1);
	EXPECT_EQ(errno, ECHILD);
}

static int data_word = 1111;

/*
 * After fork each side writes its own values into every kind of memory and
 * checks it reads them back, and that it saw the parent's values first. The child
 * reports through its exit status: bit n set = check n failed.
 */
TAP_TEST(fork_copies_on_write_data_heap_brk_mmap_and_stack)
{
	volatile int stack_word = 2222;
	int *heap = malloc(64 * 1024);
	int *brkp = sbrk(4096);
	int *map = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fds[2], st;
	pid_t pid;
	char go;

	EXPECT_TRUE(heap && brkp != (void *)-1 && map != MAP_FAILED);
	if (!heap || brkp == (void *)-1 || map == MAP_FAILED)
		return;
	heap[1000] = 3333;
	*brkp = 4444;
	map[2000] = 5555;
	EXPECT_EQ(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		int bad = 0;

		bad |= (data_word != 1111) << 0;
		bad |= (stack_word != 2222) << 1;
		bad |= (heap[1000] != 3333) << 2;
		bad |= (*brkp != 4444) << 3;
		bad |= (map[2000] != 5555) << 4;
		data_word = -1, stack_word = -2, heap[1000] = -3, *brkp = -4;
		map[2000] = -5;
		read(fds[0], &go, 1);		/* the parent has written now */
		bad |= (data_word != -1) << 5;
		bad |= (stack_word != -2) << 5;
		bad |= (heap[1000] != -3) << 5;
		bad |= (*brkp != -4) << 5;
		bad |= (map[2000] != -5) << 5;
		_exit(bad);
	}
	data_word = 1, stack_word = 2, heap[1000] = 3, *brkp = 4, map[2000] = 5;
	write(fds[1], "g", 1);
	st = reap(pid);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
	EXPECT_EQ(data_word, 1);
	EXPECT_EQ(stack_word, 2);
	EXPECT_EQ(heap[1000], 3);
	EXPECT_EQ(*brkp, 4);
	EXPECT_EQ(map[2000], 5);
	close(fds[0]);
	close(fds[1]);
	munmap(map, 8192);
	free(heap);
}

TAP_TEST(many_children_each_write_their_own_copy)
{
	int i, st, bad = 0;

	for (i = 0; i < 50; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			data_word = i;
			_exit(data_word == i ? 0 : 1);
		}
		st = reap(pid);
		bad += !WIFEXITED(st) || WEXITSTATUS(st) != 0;
	}
	EXPECT_EQ(bad, 0);
	EXPECT_NE(data_word, 49);
}

static volatile int vfork_shared;

TAP_TEST(vfork_runs_the_child_first_in_shared_memory)
{
	pid_t pid;
	int st;

	vfork_shared = 0;
	pid = vfork();
	if (pid == 0) {
		vfork_shared = getpid();	/* the parent's memory */
		_exit(7);
	}
	EXPECT_TRUE(pid > 0);
	EXPECT_EQ(vfork_shared, pid);	/* already: the parent waited */
	st = reap(pid);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 7);
}

TAP_TEST(vfork_child_can_exec)
{
	char *argv[] = { "proc_fork", "--exit", "33", NULL };
	pid_t pid = vfork();
	int st;

	if (pid == 0) {
		execve(self_path, argv, environ);
		_exit(127);
	}
	st = reap(pid);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 33);
}

static int clone_child(void *arg)
{
	return *(int *)arg + (data_word = 9);
}

TAP_TEST(clone_with_sigchld_is_a_fork)
{
	int arg = 30, st;
	pid_t pid = clone(clone_child, NULL, SIGCHLD, &arg);

	EXPECT_TRUE(pid > 0);
	st = reap(pid);
	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 39);
	EXPECT_NE(data_word, 9);		/* its own memory */
}

static const struct tap_test tests[] = {
	TAP_ENTRY(hundreds_of_children_report_their_exit_status),
	TAP_ENTRY(waitpid_any_reaps_every_child_then_echild),
	TAP_ENTRY(wnohang_returns_zero_while_the_child_runs),
	TAP_ENTRY(waitpid_on_a_stranger_gives_echild),
	TAP_ENTRY(fork_copies_on_write_data_heap_brk_mmap_and_stack),
	TAP_ENTRY(many_children_each_write_their_own_copy),
	TAP_ENTRY(vfork_runs_the_child_first_in_shared_memory),
	TAP_ENTRY(vfork_child_can_exec),
	TAP_ENTRY(clone_with_sigchld_is_a_fork),
};

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--exit") == 0)
		return atoi(argv[2]);
	self_path = argv[0];
	return RUN_TESTS(tests);
}
