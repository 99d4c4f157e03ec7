/*
 * user/init.c - /sbin/init, process 1: makes sure fds 0, 1, 2 are the console,
 * then runs /bin/sh in a session of its own whose process group owns the console,
 * reaps every child that exits (its own and the orphans the kernel gives it), and
 * starts a new shell when the old one exits. `poweroff` is a program (/bin/poweroff).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#define CONSOLE	"/dev/console"

static void console_fds(void)
{
	int fd;

	if (fcntl(0, F_GETFD) >= 0 && fcntl(1, F_GETFD) >= 0 && fcntl(2, F_GETFD) >= 0)
		return;
	fd = open(CONSOLE, O_RDWR);
	if (fd < 0)
		return;			/* nothing to say it on */
	for (int i = 0; i < 3; i++)
		if (fcntl(i, F_GETFD) < 0)
			dup2(fd, i);
	if (fd > 2)
		close(fd);
}

/* The shell's side of the fork: own session, the console as controlling tty
 * (the first tty a session leader opens), its group in the foreground. */
static void start_shell(void)
{
	char *argv[] = { "-sh", NULL };
	char *envp[] = { "PATH=/bin:/sbin", "HOME=/", "TERM=vt100", NULL };
	int fd;

	setsid();
	fd = open(CONSOLE, O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	tcsetpgrp(0, getpid());
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	execve("/bin/sh", argv, envp);
	fprintf(stderr, "init: cannot run /bin/sh: %s\n", strerror(errno));
	_exit(127);
}

int main(void)
{
	pid_t shell = -1, pid;
	int st, quick = 0;

	console_fds();
	/* ^C and ^\ at the console go to the foreground group, never to init */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	printf("init: Trapdoor (pid %d): starting /bin/sh\n", getpid());
	fflush(stdout);
	for (;;) {
		if (shell < 0) {
			shell = fork();
			if (shell == 0)
				start_shell();
			if (shell < 0 && errno == ENOSYS) {
				/* a kernel without fork yet: be the shell */
				fprintf(stderr, "init: no fork(2); running sh as pid 1\n");
				start_shell();
			}
			if (shell < 0) {
				fprintf(stderr, "init: fork: %s\n", strerror(errno));
				sleep(1);
				continue;
			}
		}
		pid = wait(&st);		/* the shell, or any orphan */
		if (pid < 0) {
			if (errno == ECHILD)
				shell = -1;
			continue;
		}
		if (pid != shell)
			continue;
		shell = -1;
		if (WIFEXITED(st) && WEXITSTATUS(st) == 127 && ++quick >= 3) {
			fprintf(stderr, "init: /bin/sh keeps failing; giving up\n");
			for (;;)
				pause();
		}
		if (WIFSIGNALED(st))
			printf("init: sh killed by signal %d; restarting\n", WTERMSIG(st));
		else
			printf("init: sh exited; starting a new one\n");
		fflush(stdout);
	}
}
