/*
 * user/ls.c - ls [-l] [-a] [-1] [PATH...]: lists directories (sorted, dot files
 * only with -a) and files. On a tty names go in columns, otherwise one per line;
 * -l shows mode, links, owner, group, size, modification time (UTC) and name.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

static int opt_long, opt_all, opt_one;

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mode_string(mode_t m, char *s)
{
	static const char types[] = "?pc?d?b?-?l?s";
	int i;

	s[0] = types[(m & S_IFMT) >> 12 < 13 ? (m & S_IFMT) >> 12 : 0];
	for (i = 0; i < 9; i++)
		s[1 + i] = (m & (0400 >> i)) ? "rwx"[i % 3] : '-';
	s[10] = '\0';
}

/* Seconds since 1970 -> "YYYY-MM-DD HH:MM" (UTC; days to civil date). */
static void time_string(long t, char *s, size_t n)
{
	long days = t / 86400, secs = t % 86400, y, m, d, era, doe, yoe, doy, mp;

	days += 719468;
	era = days / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(s, n, "%04ld-%02ld-%02ld %02ld:%02ld", y + (m <= 2), m, d,
		 secs / 3600, secs / 60 % 60);
}

static void long_line(const char *path, const char *name)
{
	struct stat st;
	char mode[11], when[32], target[PATH_MAX];
	ssize_t n;

	if (lstat(path, &st) < 0) {
		fprintf(stderr, "ls: cannot access '%s': %s\n", path, strerror(errno));
		return;
	}
	mode_string(st.st_mode, mode);
	time_string(st.st_mtime, when, sizeof(when));
	printf("%s %2lu %-4u %-4u %8lld %s %s", mode, (unsigned long)st.st_nlink,
	       st.st_uid, st.st_gid, (long long)st.st_size, when, name);
	if (S_ISLNK(st.st_mode) && (n = readlink(path, target, sizeof(target) - 1)) > 0) {
		target[n] = '\0';
		printf(" -> %s", target);
	}
	putchar('\n');
}

static void show(char **names, int n, const char *dir)
{
	struct winsize ws;
	char path[PATH_MAX];
	int i, width = 0, cols, rows, r, c;

	if (opt_long) {
		for (i = 0; i < n; i++) {
			snprintf(path, sizeof(path), "%s%s%s", dir ? dir : "",
				 dir ? "/" : "", names[i]);
			long_line(path, names[i]);
		}
		return;
	}
	if (opt_one || !isatty(1)) {
		for (i = 0; i < n; i++)
			puts(names[i]);
		return;
	}
	for (i = 0; i < n; i++)
		if ((int)strlen(names[i]) > width)
			width = strlen(names[i]);
	width += 2;
	cols = 80;
	if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
		cols = ws.ws_col;
	cols = cols / width ? cols / width : 1;
	rows = (n + cols - 1) / cols;
	for (r = 0; r < rows; r++) {
		for (c = 0; c < cols && c * rows + r < n; c++) {
			i = c * rows + r;
			printf("%-*s", (c + 1) * rows + r < n ? width : 0, names[i]);
		}
		putchar('\n');
	}
}

static int list_dir(const char *path)
{
	struct dirent *e;
	char **names = NULL;
	int n = 0, cap = 0, i;
	DIR *d = opendir(path);

	if (!d) {
		fprintf(stderr, "ls: cannot open directory '%s': %s\n", path,
			strerror(errno));
		return 2;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' && !opt_all)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = realloc(names, cap * sizeof(char *));
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(char *), by_name);
	show(names, n, path);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return 0;
}

int main(int argc, char **argv)
{
	int i, rc = 0, nargs, first = 1;
	struct stat st;
	const char *o;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'l')
				opt_long = 1;
			else if (*o == 'a')
				opt_all = 1;
			else if (*o == '1')
				opt_one = 1;
			else {
				fprintf(stderr, "ls: invalid option -- '%c'\n", *o);
				return 2;
			}
		}
	nargs = argc - i;
	if (!nargs)
		return list_dir(".");
	for (; i < argc; i++) {
		if (stat(argv[i], &st) < 0) {
			fprintf(stderr, "ls: cannot access '%s': %s\n", argv[i],
				strerror(errno));
			rc = 2;
		} else if (S_ISDIR(st.st_mode)) {
			if (nargs > 1)
				printf("%s%s:\n", first ? "" : "\n", argv[i]);
			rc |= list_dir(argv[i]);
		} else {
			show(&argv[i], 1, NULL);
		}
		first = 0;
	}
	return rc;
}
