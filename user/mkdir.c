/*
 * user/mkdir.c - mkdir [-p] DIR...: makes directories (mode 0777 less the umask);
 * -p makes missing parents too and is quiet about ones that exist.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* mkdir -p: every prefix ending before a '/', then the whole path. */
static int make_parents(const char *path)
{
	char buf[PATH_MAX];
	size_t i, n = strlen(path);
	struct stat st;

	if (n >= sizeof(buf)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(buf, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		buf[i] = '\0';
		if (mkdir(buf, 0777) < 0 && errno != EEXIST)
			return -1;
		if (stat(buf, &st) < 0 || !S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			return -1;
		}
		if (i < n)
			buf[i] = '/';
	}
	return 0;
}

int main(int argc, char **argv)
{
	int i = 1, parents = 0, rc = 0;

	if (argc > 1 && strcmp(argv[1], "-p") == 0)
		parents = 1, i++;
	if (i == argc) {
		fprintf(stderr, "usage: mkdir [-p] DIR...\n");
		return 1;
	}
	for (; i < argc; i++)
		if ((parents ? make_parents(argv[i]) : mkdir(argv[i], 0777)) < 0) {
			fprintf(stderr, "mkdir: cannot create directory '%s': %s\n",
				argv[i], strerror(errno));
			rc = 1;
		}
	return rc;
}
