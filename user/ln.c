/*
 * user/ln.c - ln TARGET LINK_NAME, or ln TARGET... DIR: hard links (link(2));
 * into a directory, the link keeps the target's last path component.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
	const char *dst = argv[argc - 1];
	struct stat st;
	char buf[PATH_MAX];
	int i, rc = 0, into_dir;

	if (argc < 3) {
		fprintf(stderr, "usage: ln TARGET LINK_NAME | ln TARGET... DIR\n");
		return 1;
	}
	into_dir = stat(dst, &st) == 0 && S_ISDIR(st.st_mode);
	for (i = 1; i < argc - 1; i++) {
		const char *to = dst, *base = strrchr(argv[i], '/');

		if (into_dir) {
			snprintf(buf, sizeof(buf), "%s/%s", dst, base ? base + 1 : argv[i]);
			to = buf;
		}
		if (link(argv[i], to) < 0) {
			fprintf(stderr, "ln: failed to link '%s' to '%s': %s\n", to,
				argv[i], strerror(errno));
			rc = 1;
		}
	}
	return rc;
}
