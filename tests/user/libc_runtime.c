/* libc_runtime.c: the libc pieces built for processes and the shell: setjmp and
 * longjmp, sigsetjmp's mask, strtol & co, qsort, setenv/unsetenv, ctype, the
 * stdio FILE layer on real files (fopen, fgets, fread, fseek, ungetc), dirent,
 * getcwd/chdir, stat's layout, errno strings. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "util.h"

static jmp_buf jb;

static void jump_back(int v)
{
	longjmp(jb, v);
}

TAP_TEST(setjmp_longjmp_return_twice)
{
	volatile int passes = 0;
	int r = setjmp(jb);

	passes++;
	if (r == 0)
		jump_back(5);
	EXPECT_EQ(r, 5);
	EXPECT_EQ(passes, 2);
	if (setjmp(jb) == 0)
		longjmp(jb, 0);			/* 0 becomes 1 */
	else
		EXPECT_EQ(passes, 2);
}

TAP_TEST(siglongjmp_restores_the_mask)
{
	sigjmp_buf sj;
	sigset_t s, now;

	sigemptyset(&s);
	sigprocmask(SIG_SETMASK, &s, NULL);
	if (sigsetjmp(sj, 1) == 0) {
		sigaddset(&s, SIGUSR1);
		sigprocmask(SIG_BLOCK, &s, NULL);
		siglongjmp(sj, 1);
	}
	sigprocmask(SIG_BLOCK, NULL, &now);
	EXPECT_EQ(sigismember(&now, SIGUSR1), 0);
}

TAP_TEST(strtol_family_parses_and_clamps)
{
	char *end;

	EXPECT_EQ(strtol("  -42xyz", &end, 10), -42);
	EXPECT_STREQ(end, "xyz");
	EXPECT_EQ(strtol("0x1f", NULL, 0), 31);
	EXPECT_EQ(strtol("017", NULL, 0), 15);
	errno = 0;
	EXPECT_EQ(strtol("99999999999999999999", NULL, 10), LONG_MAX);
	EXPECT_EQ(errno, ERANGE);
	EXPECT_EQ(strtoll("-9223372036854775808", NULL, 10), LLONG_MIN);
	EXPECT_EQ(strtoull("18446744073709551615", NULL, 10), (long long)ULLONG_MAX);
	EXPECT_TRUE(strtoul("-1", NULL, 10) == ULONG_MAX);
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

TAP_TEST(qsort_sorts)
{
	int v[100], i, sorted = 1;

	for (i = 0; i < 100; i++)
		v[i] = (i * 37) % 101 - 50;
	qsort(v, 100, sizeof(int), cmp_int);
	for (i = 1; i < 100; i++)
		sorted &= v[i - 1] <= v[i];
	EXPECT_TRUE(sorted);
}

TAP_TEST(setenv_unsetenv_getenv)
{
	EXPECT_EQ(setenv("TD_A", "1", 0), 0);
	EXPECT_STREQ(getenv("TD_A"), "1");
	EXPECT_EQ(setenv("TD_A", "2", 0), 0);
	EXPECT_STREQ(getenv("TD_A"), "1");
	EXPECT_EQ(setenv("TD_A", "3", 1), 0);
	EXPECT_STREQ(getenv("TD_A"), "3");
	EXPECT_EQ(unsetenv("TD_A"), 0);
	EXPECT_TRUE(getenv("TD_A") == NULL);
	EXPECT_EQ(setenv("A=B", "x", 1), -1);
	EXPECT_EQ(errno, EINVAL);
}

TAP_TEST(ctype_classes)
{
	EXPECT_TRUE(isdigit('7') && !isdigit('a'));
	EXPECT_TRUE(isspace('\t') && isspace(' ') && !isspace('x'));
	EXPECT_TRUE(isalpha('Q') && isalnum('3') && ispunct('!'));
	EXPECT_EQ(toupper('a'), 'A');
	EXPECT_EQ(tolower('Z'), 'z');
	EXPECT_TRUE(isxdigit('F') && !isxdigit('g'));
}

TAP_TEST(stdio_files_write_read_seek)
{
	char path[64], line[64];
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/libc_runtime_%d", getpid());
	f = fopen(path, "w");
	EXPECT_TRUE(f != NULL);
	if (!f)
		return;
	fprintf(f, "first %d\nsecond\n", 1);
	fputs("third", f);
	EXPECT_EQ(fclose(f), 0);
	f = fopen(path, "r");
	EXPECT_TRUE(f != NULL);
	if (!f)
		return;
	EXPECT_STREQ(fgets(line, sizeof(line), f), "first 1\n");
	EXPECT_EQ(fgetc(f), 's');
	EXPECT_EQ(ungetc('S', f), 'S');
	EXPECT_STREQ(fgets(line, sizeof(line), f), "Second\n");
	EXPECT_STREQ(fgets(line, sizeof(line), f), "third");
	EXPECT_TRUE(fgets(line, sizeof(line), f) == NULL);
	EXPECT_TRUE(feof(f));
	EXPECT_EQ(fseek(f, 6, SEEK_SET), 0);
	EXPECT_EQ(ftell(f), 6);
	EXPECT_EQ(fread(line, 1, 3, f), 3);
	EXPECT_EQ(memcmp(line, "1\ns", 3), 0);
	EXPECT_EQ(fclose(f), 0);
	EXPECT_EQ(unlink(path), 0);
	EXPECT_TRUE(fopen(path, "r") == NULL);
	EXPECT_EQ(errno, ENOENT);
}

TAP_TEST(stat_and_dirent_see_a_new_file)
{
	char dir[64], file[80];
	struct stat st;
	struct dirent *e;
	DIR *d;
	int fd, found = 0;

	snprintf(dir, sizeof(dir), "/tmp/libc_dir_%d", getpid());
	snprintf(file, sizeof(file), "%s/hello", dir);
	EXPECT_EQ(mkdir(dir, 0755), 0);
	fd = open(file, O_CREAT | O_WRONLY, 0644);
	EXPECT_TRUE(fd >= 0);
	EXPECT_EQ(write(fd, "12345", 5), 5);
	EXPECT_EQ(fstat(fd, &st), 0);
	EXPECT_EQ(st.st_size, 5);
	EXPECT_TRUE(S_ISREG(st.st_mode));
	close(fd);
	EXPECT_EQ(stat(dir, &st), 0);
	EXPECT_TRUE(S_ISDIR(st.st_mode));
	d = opendir(dir);
	EXPECT_TRUE(d != NULL);
	while (d && (e = readdir(d)))
		found += strcmp(e->d_name, "hello") == 0 && e->d_type == DT_REG;
	if (d)
		closedir(d);
	EXPECT_EQ(found, 1);
	EXPECT_EQ(rmdir(dir), -1);
	EXPECT_EQ(errno, ENOTEMPTY);
	EXPECT_EQ(unlink(file), 0);
	EXPECT_EQ(rmdir(dir), 0);
}

TAP_TEST(chdir_and_getcwd_agree)
{
	char old[PATH_MAX], now[PATH_MAX];

	EXPECT_TRUE(getcwd(old, sizeof(old)) != NULL);
	EXPECT_EQ(chdir("/"), 0);
	EXPECT_STREQ(getcwd(now, sizeof(now)), "/");
	EXPECT_EQ(chdir(old), 0);
	EXPECT_TRUE(getcwd(now, 1) == NULL);
	EXPECT_EQ(errno, ERANGE);
}

TAP_TEST(errno_and_signal_strings)
{
	EXPECT_STREQ(strerror(ECHILD), "No child processes");
	EXPECT_STREQ(strerror(ENOTEMPTY), "Directory not empty");
	EXPECT_STREQ(strsignal(SIGSEGV), "Segmentation fault");
	EXPECT_STREQ(sig_abbrev(SIGINT), "INT");
}

static const struct tap_test tests[] = {
	TAP_ENTRY(setjmp_longjmp_return_twice),
	TAP_ENTRY(siglongjmp_restores_the_mask),
	TAP_ENTRY(strtol_family_parses_and_clamps),
	TAP_ENTRY(qsort_sorts),
	TAP_ENTRY(setenv_unsetenv_getenv),
	TAP_ENTRY(ctype_classes),
	TAP_ENTRY(stdio_files_write_read_seek),
	TAP_ENTRY(stat_and_dirent_see_a_new_file),
	TAP_ENTRY(chdir_and_getcwd_agree),
	TAP_ENTRY(errno_and_signal_strings),
};

int main(void)
{
	return RUN_TESTS(tests);
}
