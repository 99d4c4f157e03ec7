/*
 * user/cat.c - cat [file...]: copies each file (or stdin, for none or "-") to
 * stdout with read/write, no stdio buffering in between.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buf[16384];

/* 0, or 1 after printing why fd could not be copied. */
static int copy(int fd, const char *name)
{
	ssize_t n;

	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		char *p = buf;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
			return 1;
		}
		while (n > 0) {
			ssize_t w = write(1, p, n);

			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				fprintf(stderr, "cat: write error: %s\n", strerror(errno));
				return 1;
			}
			p += w;
			n -= w;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	int i, fd, rc = 0;

	if (argc < 2)
		return copy(0, "stdin");
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			rc |= copy(0, "stdin");
			continue;
		}
		fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
			rc = 1;
			continue;
		}
		rc |= copy(fd, argv[i]);
		close(fd);
	}
	return rc;
}
