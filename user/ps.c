/*
 * user/ps.c - ps: one line per process from /proc/<pid>/stat (Linux's format:
 * "pid (comm) state ppid pgrp session ..."): PID PPID PGID STAT CMD, by pid.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int by_pid(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* After "(comm)": " S ppid pgrp ..."; -1 if it does not look like that. */
static int fields(const char *s, char *state, int *ppid, int *pgrp)
{
	char *end;

	while (*s == ' ')
		s++;
	if (!*s)
		return -1;
	*state = *s++;
	*ppid = (int)strtol(s, &end, 10);
	if (end == s)
		return -1;
	s = end;
	*pgrp = (int)strtol(s, &end, 10);
	return end == s ? -1 : 0;
}

/* Print pid's line; 0 if it has gone away meanwhile. */
static int show(int pid)
{
	char path[64], buf[512], *open_paren, *close_paren, state;
	int fd, ppid, pgrp;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	open_paren = strchr(buf, '(');
	close_paren = strrchr(buf, ')');	/* comm may hold ')' itself */
	if (!open_paren || !close_paren ||
	    fields(close_paren + 1, &state, &ppid, &pgrp) < 0)
		return 0;
	*close_paren = '\0';
	printf("%5d %5d %5d %c    %s\n", pid, ppid, pgrp, state, open_paren + 1);
	return 1;
}

int main(void)
{
	struct dirent *e;
	int *pids = NULL, n = 0, cap = 0, i;
	DIR *d = opendir("/proc");

	if (!d) {
		perror("ps: /proc");
		return 1;
	}
	while ((e = readdir(d))) {
		char *end;
		long pid = strtol(e->d_name, &end, 10);

		if (*end || end == e->d_name)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			pids = realloc(pids, cap * sizeof(int));
		}
		pids[n++] = (int)pid;
	}
	closedir(d);
	qsort(pids, n, sizeof(int), by_pid);
	printf("  PID  PPID  PGID STAT CMD\n");
	for (i = 0; i < n; i++)
		show(pids[i]);
	free(pids);
	return 0;
}
