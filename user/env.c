/*
 * user/env.c - env [-i] [NAME=value]... [COMMAND [ARG]...]: with no command,
 * prints the environment; otherwise runs COMMAND (PATH search) in the changed
 * environment. -i starts from an empty one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char **e;
	int i = 1;

	if (i < argc && strcmp(argv[i], "-i") == 0) {
		clearenv();
		i++;
	}
	for (; i < argc && strchr(argv[i], '='); i++)
		if (putenv(argv[i]) < 0) {
			fprintf(stderr, "env: cannot set '%s'\n", argv[i]);
			return 125;
		}
	if (i == argc) {
		for (e = environ; e && *e; e++)
			puts(*e);
		return 0;
	}
	execvp(argv[i], &argv[i]);
	fprintf(stderr, "env: '%s': %s\n", argv[i], strerror(errno));
	return errno == ENOENT ? 127 : 126;
}
