/*
 * user/mv.c - mv SOURCE DEST, or mv SOURCE... DIR: rename(2); into a directory,
 * each source keeps its last path component. (No copying across file systems.)
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
	const char *dst = argv[argc - 1];
	struct stat st;
	char buf[PATH_MAX];
	int i, rc = 0, into_dir;

	if (argc < 3) {
		fprintf(stderr, "usage: mv SOURCE DEST | mv SOURCE... DIR\n");
		return 1;
	}
	into_dir = stat(dst, &st) == 0 && S_ISDIR(st.st_mode);
	if (argc > 3 && !into_dir) {
		fprintf(stderr, "mv: target '%s' is not a directory\n", dst);
		return 1;
	}
	for (i = 1; i < argc - 1; i++) {
		const char *to = dst, *base = strrchr(argv[i], '/');

		if (into_dir) {
			snprintf(buf, sizeof(buf), "%s/%s", dst, base ? base + 1 : argv[i]);
			to = buf;
		}
		if (rename(argv[i], to) < 0) {
			fprintf(stderr, "mv: cannot move '%s' to '%s': %s\n", argv[i],
				to, strerror(errno));
			rc = 1;
		}
	}
	return rc;
}
