/*
 * user/rm.c - rm [-r] [-f] FILE...: unlinks files; -r removes directories and
 * what is in them (readdir, depth first); -f says nothing about missing files.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static int recursive, force;

static int fail(const char *path)
{
	if (force && errno == ENOENT)
		return 0;
	fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
	return 1;
}

static int remove_path(const char *path)
{
	struct stat st;
	struct dirent *e;
	char sub[PATH_MAX];
	DIR *d;
	int rc = 0;

	if (lstat(path, &st) < 0)
		return fail(path);
	if (!S_ISDIR(st.st_mode))
		return unlink(path) < 0 ? fail(path) : 0;
	if (!recursive) {
		errno = EISDIR;
		return fail(path);
	}
	d = opendir(path);
	if (!d)
		return fail(path);
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		rc |= remove_path(sub);
	}
	closedir(d);
	return rmdir(path) < 0 ? fail(path) : rc;
}

int main(int argc, char **argv)
{
	int i = 1, rc = 0;
	const char *o;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'r' || *o == 'R')
				recursive = 1;
			else if (*o == 'f')
				force = 1;
			else {
				fprintf(stderr, "rm: invalid option -- '%c'\n", *o);
				return 1;
			}
		}
	if (i == argc && !force) {
		fprintf(stderr, "usage: rm [-r] [-f] FILE...\n");
		return 1;
	}
	for (; i < argc; i++)
		rc |= remove_path(argv[i]);
	return rc;
}
