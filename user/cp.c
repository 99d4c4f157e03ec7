/*
 * user/cp.c - cp SOURCE DEST, or cp SOURCE... DIR: copies regular files with
 * read/write, creating DEST with the source's permission bits.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static char buf[16384];

static int copy_file(const char *from, const char *to)
{
	struct stat st;
	ssize_t n;
	int in, out, rc = 0;

	in = open(from, O_RDONLY);
	if (in < 0 || fstat(in, &st) < 0) {
		fprintf(stderr, "cp: cannot open '%s': %s\n", from, strerror(errno));
		return 1;
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "cp: -r not specified; omitting directory '%s'\n", from);
		close(in);
		return 1;
	}
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
	if (out < 0) {
		fprintf(stderr, "cp: cannot create '%s': %s\n", to, strerror(errno));
		close(in);
		return 1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n) {
			rc = 1;
			break;
		}
	if (n < 0 || rc)
		fprintf(stderr, "cp: error copying '%s': %s\n", from, strerror(errno));
	close(in);
	if (close(out) < 0)
		rc = 1;
	return rc || n < 0;
}

int main(int argc, char **argv)
{
	const char *dst = argv[argc - 1];
	struct stat st;
	char path[PATH_MAX];
	int i, rc = 0, into_dir;

	if (argc < 3) {
		fprintf(stderr, "usage: cp SOURCE DEST | cp SOURCE... DIR\n");
		return 1;
	}
	into_dir = stat(dst, &st) == 0 && S_ISDIR(st.st_mode);
	if (argc > 3 && !into_dir) {
		fprintf(stderr, "cp: target '%s' is not a directory\n", dst);
		return 1;
	}
	for (i = 1; i < argc - 1; i++) {
		const char *base = strrchr(argv[i], '/');

		if (into_dir)
			snprintf(path, sizeof(path), "%s/%s", dst, base ? base + 1 : argv[i]);
		rc |= copy_file(argv[i], into_dir ? path : dst);
	}
	return rc;
}
