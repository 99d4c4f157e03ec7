/* Running a pipeline (docs/userspace.md): one fork per command; each child joins
 * the pipeline's process group (setpgid, done by parent and child so neither
 * races), which becomes the terminal's foreground group (tcsetpgrp); the child
 * restores default signal actions, wires its pipe ends and redirections with dup2,
 * and execve's through the PATH search. The shell waits for every member, then
 * takes the terminal back. A lone builtin runs in the shell itself. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "sh.h"

static const int job_signals[] = { SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU };

/* Open and dup2 each redirection in order; -1 (message printed) on failure. */
static int apply_redirs(struct cmd *c)
{
	int i, fd;

	for (i = 0; i < c->nredir; i++) {
		struct redir *r = &c->redirs[i];

		if (r->type == R_DUP) {
			fd = r->dupfd;
			if (dup2(fd, r->fd) < 0) {
				fprintf(stderr, "%s: %d: %s\n", sh_name, fd,
					strerror(errno));
				return -1;
			}
			continue;
		}
		if (r->type == R_IN)
			fd = open(r->target, O_RDONLY);
		else
			fd = open(r->target, O_WRONLY | O_CREAT |
				  (r->type == R_APPEND ? O_APPEND : O_TRUNC), 0666);
		if (fd < 0) {
			fprintf(stderr, "%s: %s: %s\n", sh_name, r->target,
				strerror(errno));
			return -1;
		}
		if (fd != r->fd) {
			dup2(fd, r->fd);
			close(fd);
		}
	}
	return 0;
}

/* In the child: everything between fork and execve. Never returns. */
static _Noreturn void child(struct cmd *c, pid_t pgid, int fg, int in, int out)
{
	builtin_fn b;
	unsigned int i;
	int k;

	if (sh_interactive) {
		setpgid(0, pgid);
		if (fg)
			tcsetpgrp(0, pgid ? pgid : getpid());
		for (i = 0; i < sizeof(job_signals) / sizeof(job_signals[0]); i++)
			signal(job_signals[i], SIG_DFL);
	}
	if (in != 0) {
		dup2(in, 0);
		close(in);
	}
	if (out != 1) {
		dup2(out, 1);
		close(out);
	}
	if (apply_redirs(c) < 0)
		_exit(1);
	for (k = 0; k < c->nassign; k++)
		putenv(c->assigns[k]);
	if (!c->argc)
		_exit(0);
	b = find_builtin(c->argv[0]);
	if (b) {
		int st = b(c->argc, c->argv);

		fflush(stdout);
		_exit(st);
	}
	execvp(c->argv[0], c->argv);
	fprintf(stderr, "%s: %s: %s\n", sh_name, c->argv[0],
		errno == ENOENT ? "not found" : strerror(errno));
	_exit(errno == ENOENT ? 127 : 126);
}

/* $? from a wait status; a message for deaths other than ^C and broken pipes. */
static int status_of(int st)
{
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	if (WIFSIGNALED(st)) {
		int sig = WTERMSIG(st);

		if (sig == SIGINT)
			fputc('\n', stderr);
		else if (sig != SIGPIPE)
			fprintf(stderr, "%s%s\n", strsignal(sig),
				WCOREDUMP(st) ? " (core dumped)" : "");
		return 128 + sig;
	}
	return 128 + WSTOPSIG(st);
}

/* Expand a command's words, assignments and redirection targets in place. */
static void expand_cmd(struct cmd *c)
{
	int i, n = 0, keep;

	for (i = 0; i < c->argc; i++) {
		char *v = expand(c->argv[i], &keep);

		if (keep)
			c->argv[n++] = v;
	}
	c->argc = n;
	c->argv[n] = NULL;
	for (i = 0; i < c->nassign; i++)
		c->assigns[i] = expand(c->assigns[i], &keep);
	for (i = 0; i < c->nredir; i++)
		if (c->redirs[i].target)
			c->redirs[i].target = expand(c->redirs[i].target, &keep);
}

/* A lone builtin (cd, exit, ...) or bare assignments: in the shell itself. */
static int run_in_shell(struct cmd *c, builtin_fn b)
{
	int k;

	for (k = 0; k < c->nassign; k++) {
		char *eq = strchr(c->assigns[k], '=');

		*eq = '\0';
		var_set(c->assigns[k], eq + 1, 0);
		*eq = '=';
	}
	return b ? b(c->argc, c->argv) : 0;
}

int run_pipeline(struct pipeline *p)
{
	pid_t pids[MAX_CMDS], pgid = 0;
	int i, in = 0, fds[2], st = 0, fg = p->next != L_BG;
	builtin_fn b;

	for (i = 0; i < p->ncmds; i++)
		expand_cmd(&p->cmds[i]);
	b = p->cmds[0].argc ? find_builtin(p->cmds[0].argv[0]) : NULL;

	if (p->ncmds == 1 && fg && !p->cmds[0].nredir &&
	    (b || !p->cmds[0].argc))
		return run_in_shell(&p->cmds[0], b);
	fflush(stdout);
	for (i = 0; i < p->ncmds; i++) {
		int out = 1;

		if (i < p->ncmds - 1) {
			if (pipe2(fds, O_CLOEXEC) < 0) {
				perror(sh_name);
				break;
			}
			out = fds[1];
		}
		pids[i] = fork();
		if (pids[i] == 0)
			child(&p->cmds[i], pgid, fg, in, out);
		if (pids[i] < 0) {
			perror(sh_name);
			break;
		}
		if (!pgid)
			pgid = pids[i];
		if (sh_interactive)
			setpgid(pids[i], pgid);
		if (in != 0)
			close(in);
		if (out != 1)
			close(out);
		in = out != 1 ? fds[0] : 0;	/* the next command's stdin */
	}
	if (in != 0)			/* a fork or pipe failed midway */
		close(in);
	if (i < p->ncmds)
		sh_status = 1;
	if (!fg) {
		fprintf(stderr, "[%d]\n", (int)pgid);
		return 0;
	}
	if (sh_interactive && pgid)
		tcsetpgrp(0, pgid);
	while (i-- > 0)
		if (waitpid(pids[i], &st, 0) == pids[i] && i == p->ncmds - 1)
			sh_status = status_of(st);
	if (sh_interactive)
		tcsetpgrp(0, sh_pgid);
	return sh_status;
}

void reap_background(void)
{
	pid_t pid;
	int st;

	while ((pid = waitpid(-1, &st, WNOHANG)) > 0)
		if (sh_interactive)
			fprintf(stderr, "[%d] Done (%d)\n", (int)pid, status_of(st));
}
