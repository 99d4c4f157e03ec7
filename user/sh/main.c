/* /bin/sh for Trapdoor: reads command lines from a tty (with the prompt
 * `trapdoor:/path# ` and job control), from a script file, or from `-c 'cmds'`,
 * and runs them (exec.c). On a tty it ignores ^C, ^\ and the job-control stops
 * for itself; its children get the default actions back. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

#define LINE_MAX_LEN	4096
#define ARENA_SIZE	(256 * 1024)

int sh_interactive, sh_status;
pid_t sh_pgid;
const char *sh_name = "sh";

static char arena[ARENA_SIZE] __attribute__((aligned(16)));
static size_t arena_used;

void *sh_alloc(size_t n)
{
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (arena_used + n > sizeof(arena)) {
		fprintf(stderr, "%s: out of memory for this line\n", sh_name);
		exit(2);
	}
	p = arena + arena_used;
	arena_used += n;
	memset(p, 0, n);
	return p;
}

void sh_alloc_reset(void)
{
	arena_used = 0;
}

/* One line from fd, a byte at a time, so that commands that read the same fd
 * find the rest of it. 0 at end of input. */
static int read_line(int fd, char *buf, size_t size)
{
	size_t n = 0;
	char c;

	while (n < size - 1) {
		ssize_t r = read(fd, &c, 1);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		if (c == '\n') {
			buf[n] = '\0';
			return 1;
		}
		buf[n++] = c;
	}
	buf[n] = '\0';
	return n > 0;
}

static void prompt(const char *ps)
{
	char cwd[PATH_MAX], line[PATH_MAX + 16];

	if (!sh_interactive)
		return;
	if (!ps) {			/* one write: stderr is unbuffered */
		if (!getcwd(cwd, sizeof(cwd)))
			strcpy(cwd, "?");
		snprintf(line, sizeof(line), "trapdoor:%s%s ", cwd,
			 geteuid() == 0 ? "#" : "$");
		ps = line;
	}
	fputs(ps, stderr);
}

/* Lex, check and run one complete line: a whole-line syntax check first, then
 * each pipeline in turn. 1 if the line ends inside quotes. */
static int run_line(const char *line)
{
	static struct token toks[MAX_TOKENS];
	static struct pipeline pl;
	int n, pos = 0, r, skip = 0;
	enum link prev = L_SEQ;

	r = lex(line, toks, MAX_TOKENS, &n);
	if (r)
		return r > 0 ? 1 : (sh_status = 2, 0);
	while ((r = parse_next(toks, &pos, &pl)) > 0)
		;
	if (r < 0) {
		sh_status = 2;
		return 0;
	}
	for (pos = 0; parse_next(toks, &pos, &pl) > 0; prev = pl.next) {
		/* && and || run the next pipeline only on success / failure */
		if (prev == L_AND || prev == L_OR)
			skip = (prev == L_AND) != (sh_status == 0);
		else
			skip = 0;
		if (!skip)
			sh_status = run_pipeline(&pl);
	}
	return 0;
}

static void job_control_init(void)
{
	static const int sigs[] = { SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU };
	unsigned int i;

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		signal(sigs[i], SIG_IGN);
	if (getpgrp() != getpid() && getsid(0) != getpid())
		setpgid(0, 0);
	sh_pgid = getpgrp();
	tcsetpgrp(0, sh_pgid);
}

/* Read and run lines from fd until the end (or `exit`). */
static int run_fd(int fd)
{
	static char line[LINE_MAX_LEN], more[LINE_MAX_LEN];

	for (;;) {
		reap_background();
		prompt(NULL);
		if (!read_line(fd, line, sizeof(line)))
			break;
		sh_alloc_reset();
		while (run_line(line) == 1) {		/* open quote: continue */
			prompt("> ");
			if (!read_line(fd, more, sizeof(more)) ||
			    strlen(line) + strlen(more) + 2 > sizeof(line)) {
				fprintf(stderr, "%s: unterminated quote\n", sh_name);
				sh_status = 2;
				break;
			}
			strcat(line, "\n");
			strcat(line, more);
			sh_alloc_reset();
		}
		fflush(stdout);
	}
	if (sh_interactive)
		fputs("exit\n", stderr);
	return sh_status;
}

int main(int argc, char **argv)
{
	char cwd[PATH_MAX];
	int fd;

	if (argc > 0 && argv[0][0])
		sh_name = argv[0][0] == '-' ? argv[0] + 1 : argv[0];
	if (!getenv("PATH"))
		setenv("PATH", "/bin:/sbin", 1);
	if (!getenv("HOME"))
		setenv("HOME", "/", 1);
	if (getcwd(cwd, sizeof(cwd)))
		setenv("PWD", cwd, 1);
	if (argc > 2 && strcmp(argv[1], "-c") == 0) {
		if (argc > 3)
			sh_name = argv[3];
		sh_alloc_reset();
		if (run_line(argv[2]) == 1) {
			fprintf(stderr, "%s: unterminated quote\n", sh_name);
			return 2;
		}
		return sh_status;
	}
	if (argc > 1) {
		fd = open(argv[1], O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			fprintf(stderr, "%s: %s: %s\n", sh_name, argv[1], strerror(errno));
			return 127;
		}
		sh_name = argv[1];
		return run_fd(fd);
	}
	sh_interactive = isatty(0) && isatty(2);
	if (sh_interactive)
		job_control_init();
	return run_fd(0);
}
