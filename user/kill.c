/*
 * user/kill.c - kill [-SIG | -s SIG | -N] PID...: sends a signal (SIGTERM by
 * default) with kill(2); a negative PID names a process group. kill -l lists
 * the signal names.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "INT", "SIGINT" or "2" -> 2; -1 if none. */
static int parse_signal(const char *s)
{
	char *end;
	long n;
	int i;

	if (strncmp(s, "SIG", 3) == 0)
		s += 3;
	n = strtol(s, &end, 10);
	if (*s && !*end)
		return n >= 0 && n < NSIG ? (int)n : -1;
	for (i = 1; i < 32; i++)
		if (sig_abbrev(i) && strcmp(sig_abbrev(i), s) == 0)
			return i;
	return -1;
}

int main(int argc, char **argv)
{
	int i = 1, sig = SIGTERM, rc = 0;

	if (argc > 1 && strcmp(argv[1], "-l") == 0) {
		for (i = 1; i < 32; i++)
			printf("%2d) SIG%s\n", i, sig_abbrev(i));
		return 0;
	}
	if (argc > 2 && strcmp(argv[1], "-s") == 0) {
		sig = parse_signal(argv[2]);
		i = 3;
	} else if (argc > 1 && argv[1][0] == '-' && argv[1][1] &&
		   !(argv[1][1] >= '0' && argv[1][1] <= '9' && argc == 2)) {
		sig = parse_signal(argv[1] + 1);
		i = 2;
	}
	if (sig < 0 || i >= argc) {
		fprintf(stderr, "usage: kill [-SIG | -s SIG] PID... | kill -l\n");
		return 1;
	}
	for (; i < argc; i++) {
		char *end;
		long pid = strtol(argv[i], &end, 10);

		if (*end || end == argv[i]) {
			fprintf(stderr, "kill: %s: arguments must be process IDs\n",
				argv[i]);
			rc = 1;
		} else if (kill((pid_t)pid, sig) < 0) {
			fprintf(stderr, "kill: (%ld): %s\n", pid, strerror(errno));
			rc = 1;
		}
	}
	return rc;
}
