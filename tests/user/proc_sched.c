/* proc_sched.c: the scheduler is preemptive (DESIGN §9): two processes that never
 * make a system call both make progress while the parent sleeps; and MAP_SHARED
 * anonymous memory really is shared across fork (the counters live there). */
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "util.h"

struct shared {
	volatile unsigned long count[2];
	volatile int stop;
};

static void spin(struct shared *s, int i)
{
	while (!s->stop)
		s->count[i]++;		/* no system call: only a timer tick stops us */
	_exit(0);
}

TAP_TEST(two_cpu_bound_processes_both_progress)
{
	struct shared *s = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
				MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	struct timespec nap = { 0, 300 * 1000 * 1000 };
	pid_t pid[2];
	int st;

	EXPECT_TRUE(s != MAP_FAILED);
	memset((void *)s, 0, sizeof(*s));
	for (int i = 0; i < 2; i++) {
		pid[i] = fork();
		if (pid[i] == 0)
			spin(s, i);
	}
	nanosleep(&nap, NULL);		/* the parent sleeps; the two compete */
	unsigned long a = s->count[0], b = s->count[1];
	nanosleep(&nap, NULL);
	unsigned long a2 = s->count[0], b2 = s->count[1];
	s->stop = 1;
	for (int i = 0; i < 2; i++)
		EXPECT_EQ(waitpid(pid[i], &st, 0), pid[i]);
	EXPECT_TRUE(a > 0 && b > 0);		/* both ran in the first interval */
	EXPECT_TRUE(a2 > a && b2 > b);		/* and both went on in the second */
	munmap((void *)s, 4096);
}

TAP_TEST(map_shared_memory_is_shared_after_fork)
{
	int *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int *q = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int st;

	EXPECT_TRUE(p != MAP_FAILED && q != MAP_FAILED);
	*p = 1;
	*q = 1;
	if (fork() == 0) {
		*p = 42;		/* seen by the parent */
		*q = 42;		/* private: the child's copy only */
		_exit(0);
	}
	wait(&st);
	EXPECT_EQ(*p, 42);
	EXPECT_EQ(*q, 1);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(two_cpu_bound_processes_both_progress),
	TAP_ENTRY(map_shared_memory_is_shared_after_fork),
};

int main(void)
{
	return RUN_TESTS(tests);
}
