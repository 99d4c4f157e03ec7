/* proc_exec.c: execve (argv and envp arrive intact; ENOENT, ENOEXEC for a text
 * file, EFAULT for bad argv/envp, EACCES for a non-executable file), the exec
 * family's PATH search, process groups and sessions (getpgid, setpgid, setsid,
 * getsid), and an orphan's new parent (init, asserted only on Trapdoor). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "util.h"

static char *self_path;		/* argv[0]: the tests re-execute themselves */

/* Run fn in a child; returns its raw wait status. */
static int in_child(int (*fn)(void))
{
	int st = -1;
	pid_t pid = fork();

	if (pid == 0)
		_exit(fn());
	expect_ret("waitpid", waitpid(pid, &st, 0), pid);
	return st;
}

static int exec_with_args(void)
{
	char *argv[] = { "proc_exec", "--check-args", "two words", "", "last", NULL };
	char *envp[] = { "FOO=bar", "EMPTY=", "X=1=2", NULL };

	execve(self_path, argv, envp);
	return 127;
}

/* The exec'd side of the test above: exit 0 iff everything arrived. */
static int check_args(int argc, char **argv, char **envp)
{
	int bad = 0;

	bad |= (argc != 5) << 0;
	bad |= (argc > 4 && (strcmp(argv[2], "two words") || strcmp(argv[3], "") ||
			     strcmp(argv[4], "last"))) << 1;
	bad |= (argv[argc] != NULL) << 2;
	bad |= (!envp[0] || strcmp(envp[0], "FOO=bar")) << 3;
	bad |= (!envp[1] || strcmp(envp[1], "EMPTY=")) << 4;
	bad |= (!envp[2] || strcmp(envp[2], "X=1=2") || envp[3]) << 5;
	bad |= (!getenv("FOO") || strcmp(getenv("FOO"), "bar")) << 6;
	return bad;
}

TAP_TEST(execve_passes_argv_and_envp)
{
	int st = in_child(exec_with_args);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
}

TAP_TEST(execve_missing_file_gives_enoent)
{
	char *argv[] = { "x", NULL };

	errno = 0;
	EXPECT_EQ(execve("/no/such/program", argv, environ), -1);
	EXPECT_EQ(errno, ENOENT);
	EXPECT_EQ(execve("", argv, environ), -1);
	EXPECT_EQ(errno, ENOENT);
}

/* A file in /tmp with the given mode and text; its path in buf. */
static int make_file(char *buf, size_t n, const char *tag, int mode,
		     const char *text)
{
	int fd;

	snprintf(buf, n, "/tmp/proc_exec_%s_%d", tag, getpid());
	fd = open(buf, O_CREAT | O_WRONLY | O_TRUNC, mode);
	if (fd < 0)
		return -1;
	write(fd, text, strlen(text));
	close(fd);
	return 0;
}

TAP_TEST(execve_text_file_gives_enoexec)
{
	char path[64], *argv[] = { "x", NULL };

	EXPECT_EQ(make_file(path, sizeof(path), "text", 0755, "hello, world\n"), 0);
	errno = 0;
	EXPECT_EQ(execve(path, argv, environ), -1);
	EXPECT_EQ(errno, ENOEXEC);
	unlink(path);
}

TAP_TEST(execve_non_executable_gives_eacces)
{
	char path[64], *argv[] = { "x", NULL };

	EXPECT_EQ(make_file(path, sizeof(path), "noexec", 0644, "\177ELF"), 0);
	errno = 0;
	EXPECT_EQ(execve(path, argv, environ), -1);
	EXPECT_EQ(errno, EACCES);		/* even root needs an x bit */
	EXPECT_EQ(execve("/tmp", argv, environ), -1);
	EXPECT_EQ(errno, EACCES);		/* a directory */
	unlink(path);
}

TAP_TEST(execve_bad_pointers_give_efault)
{
	char *bad_elem[] = { "x", (char *)8, NULL };
	char **volatile bad = (char **)8;	/* volatile: gcc would object */

	errno = 0;
	EXPECT_EQ(execve(self_path, bad, environ), -1);
	EXPECT_EQ(errno, EFAULT);
	EXPECT_EQ(execve(self_path, bad_elem, environ), -1);
	EXPECT_EQ(errno, EFAULT);
	EXPECT_EQ(execve(self_path, bad_elem + 2, bad), -1);
	EXPECT_EQ(errno, EFAULT);
	EXPECT_EQ(execve((char *)bad, bad_elem + 2, environ), -1);
	EXPECT_EQ(errno, EFAULT);
}

static int execvp_true(void)
{
	setenv("PATH", "/no/such/dir:/bin:/usr/bin", 1);
	execlp("true", "true", (char *)NULL);
	return 127;
}

TAP_TEST(execlp_searches_path)
{
	int st = in_child(execvp_true);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
}

static int pgid_child(void)
{
	int bad = 0;

	bad |= (getpgid(0) != getpgrp()) << 0;
	bad |= (setpgid(0, 0) != 0) << 1;
	bad |= (getpgrp() != getpid()) << 2;
	bad |= (getpgid(getpid()) != getpid()) << 3;
	/* a group leader cannot start a session */
	bad |= (setsid() != -1 || errno != EPERM) << 4;
	return bad;
}

TAP_TEST(setpgid_makes_a_group_leader)
{
	int st = in_child(pgid_child);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
}

static int sid_child(void)
{
	int bad = 0;
	pid_t sid = setsid();

	bad |= (sid != getpid()) << 0;
	bad |= (getsid(0) != getpid()) << 1;
	bad |= (getpgrp() != getpid()) << 2;
	bad |= (setpgid(0, getppid()) != -1) << 3;	/* another session */
	return bad;
}

TAP_TEST(setsid_starts_a_session_and_a_group)
{
	int st = in_child(sid_child);

	EXPECT_TRUE(WIFEXITED(st));
	EXPECT_EQ(WEXITSTATUS(st), 0);
	EXPECT_EQ(getsid(0), getsid(getpid()));
}

TAP_TEST(parent_moves_child_into_a_group)
{
	int fds[2], st;
	char c;
	pid_t pid;

	EXPECT_EQ(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(getpgrp() == getpid() ? 0 : 1);
	}
	close(fds[0]);
	EXPECT_EQ(setpgid(pid, pid), 0);
	EXPECT_EQ(getpgid(pid), pid);
	write(fds[1], "x", 1);
	close(fds[1]);
	EXPECT_EQ(waitpid(pid, &st, 0), pid);
	EXPECT_EQ(st, 0);
	errno = 0;
	EXPECT_EQ(setpgid(pid, pid), -1);		/* gone */
	EXPECT_EQ(errno, ESRCH);
	EXPECT_EQ(getpgid(pid), -1);
	EXPECT_EQ(errno, ESRCH);
}

/* The middle process exits; the grandchild reports its new parent's pid. */
TAP_TEST(orphan_is_adopted_by_init)
{
	int fds[2], st;
	pid_t mid, ppid = 0;

	EXPECT_EQ(pipe(fds), 0);
	mid = fork();
	if (mid == 0) {
		if (fork() == 0) {
			pid_t first = getppid(), now;
			int i;

			for (i = 0; i < 500 && (now = getppid()) == first; i++)
				usleep(2000);
			write(fds[1], &now, sizeof(now));
			_exit(0);
		}
		_exit(0);
	}
	close(fds[1]);
	EXPECT_EQ(waitpid(mid, &st, 0), mid);
	EXPECT_EQ(read(fds[0], &ppid, sizeof(ppid)), (long)sizeof(ppid));
	close(fds[0]);
	EXPECT_NE(ppid, mid);
	if (on_trapdoor())
		EXPECT_EQ(ppid, 1);
	else
		test_skip("the host may have a subreaper: new parent not asserted");
}

static const struct tap_test tests[] = {
	TAP_ENTRY(execve_passes_argv_and_envp),
	TAP_ENTRY(execve_missing_file_gives_enoent),
	TAP_ENTRY(execve_text_file_gives_enoexec),
	TAP_ENTRY(execve_non_executable_gives_eacces),
	TAP_ENTRY(execve_bad_pointers_give_efault),
	TAP_ENTRY(execlp_searches_path),
	TAP_ENTRY(setpgid_makes_a_group_leader),
	TAP_ENTRY(setsid_starts_a_session_and_a_group),
	TAP_ENTRY(parent_moves_child_into_a_group),
	TAP_ENTRY(orphan_is_adopted_by_init),
};

int main(int argc, char **argv, char **envp)
{
	if (argc > 1 && strcmp(argv[1], "--check-args") == 0)
		return check_args(argc, argv, envp);
	self_path = argv[0];
	return RUN_TESTS(tests);
}
