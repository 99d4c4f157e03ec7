/* fs_dirs.c: directories and names - mkdir/rmdir and their errors, getdents64
 * listing what was created, chdir/fchdir/getcwd, path resolution errors (ENOENT,
 * ENOTDIR, ENAMETOOLONG, EFAULT), hard links and rename rules. In a scratch
 * directory (fs_util.h); passes on Linux too. */
#include <errno.h>
#include "fs_util.h"

struct t_dirent64 {
	unsigned long long d_ino;
	long long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

TAP_TEST(mkdir_rmdir_and_their_errors)
{
	struct t_stat st;

	expect_ret("mkdir", t_mkdir("d", 0755), 0);
	expect_ret("stat", t_stat("d", &st), 0);
	EXPECT_EQ(st.st_mode & T_S_IFMT, T_S_IFDIR);
	EXPECT_EQ(st.st_nlink, 2);
	expect_ret("mkdir again", t_mkdir("d", 0755), -EEXIST);
	expect_ret("mkdir sub", t_mkdir("d/sub/", 0755), 0);
	t_stat("d", &st);
	EXPECT_EQ(st.st_nlink, 3);			/* sub's ".." */
	expect_ret("rmdir non-empty", t_rmdir("d"), -ENOTEMPTY);
	expect_ret("unlink dir", t_unlink("d/sub"), -EISDIR);
	t_put_file("d/f", "x");
	expect_ret("rmdir file", t_rmdir("d/f"), -ENOTDIR);
	expect_ret("rmdir .", t_rmdir("d/."), -EINVAL);
	expect_ret("rmdir missing", t_rmdir("d/none"), -ENOENT);
	expect_ret("mkdirat", __syscall3(__NR_mkdirat, T_AT_FDCWD, (long)"d/m", 0700), 0);
	expect_ret("unlinkat AT_REMOVEDIR", __syscall3(__NR_unlinkat, T_AT_FDCWD, (long)"d/m",
						       T_AT_REMOVEDIR), 0);
	t_unlink("d/f");
	expect_ret("rmdir sub", t_rmdir("d/sub"), 0);
	expect_ret("rmdir", t_rmdir("d"), 0);
	expect_ret("stat removed", t_stat("d", &st), -ENOENT);
}

/* Which of names[] does one getdents64 pass over dir show? Bit i per name. */
static int listed(const char *dir, const char *const *names, int n)
{
	static char buf[4096];
	long fd = t_open(dir, O_RDONLY | O_DIRECTORY, 0), len;
	int seen = 0;

	while ((len = __syscall3(__NR_getdents64, fd, (long)buf, sizeof(buf))) > 0) {
		for (long off = 0; off < len; ) {
			struct t_dirent64 *d = (void *)(buf + off);
			for (int i = 0; i < n; i++)
				if (!strcmp(d->d_name, names[i]))
					seen |= 1 << i;
			if (!strcmp(d->d_name, "sub") && d->d_type != 4)
				seen |= 1 << 30;		/* DT_DIR expected */
			if (!strcmp(d->d_name, "a") && d->d_type != 8)
				seen |= 1 << 30;		/* DT_REG expected */
			off += d->d_reclen;
		}
	}
	t_close(fd);
	return seen;
}

TAP_TEST(getdents64_lists_what_was_created)
{
	static const char *const names[] = { ".", "..", "a", "b", "c", "sub" };
	char small[8];

	t_mkdir("ls", 0755);
	t_put_file("ls/a", "1");
	t_put_file("ls/b", "2");
	t_put_file("ls/c", "3");
	t_mkdir("ls/sub", 0755);
	EXPECT_EQ(listed("ls", names, 6), 0x3f);
	t_unlink("ls/b");
	EXPECT_EQ(listed("ls", names, 6), 0x3f & ~(1 << 3));
	long fd = t_open("ls", O_RDONLY | O_DIRECTORY, 0);
	expect_ret("buffer too small", __syscall3(__NR_getdents64, fd, (long)small, 8),
		   -EINVAL);
	t_close(fd);
	fd = t_open("ls/a", O_RDONLY, 0);
	expect_ret("getdents64 on a file", __syscall3(__NR_getdents64, fd, (long)small, 8),
		   -ENOTDIR);
	t_close(fd);
	t_unlink("ls/a");
	t_unlink("ls/c");
	t_rmdir("ls/sub");
	t_rmdir("ls");
}

TAP_TEST(chdir_fchdir_getcwd)
{
	char base[256], cwd[256];
	long n = __syscall2(__NR_getcwd, (long)base, sizeof(base));

	EXPECT_EQ(n, (long)strlen(base) + 1);		/* the length with the NUL */
	EXPECT_STREQ(base, fs_scratch);
	t_mkdir("cd", 0755);
	expect_ret("chdir", t_chdir("cd"), 0);
	__syscall2(__NR_getcwd, (long)cwd, sizeof(cwd));
	EXPECT_TRUE(!strncmp(cwd, base, strlen(base)) && !strcmp(cwd + strlen(base), "/cd"));
	expect_ret("getcwd small", __syscall2(__NR_getcwd, (long)cwd, 3), -ERANGE);
	expect_ret("chdir ..", t_chdir(".."), 0);
	long fd = t_open("cd", O_RDONLY | O_DIRECTORY, 0);
	expect_ret("fchdir", __syscall1(__NR_fchdir, fd), 0);
	__syscall2(__NR_getcwd, (long)cwd, sizeof(cwd));
	EXPECT_TRUE(!strcmp(cwd + strlen(base), "/cd"));
	t_close(fd);
	t_chdir(base);
	t_put_file("cf", "");
	fd = t_open("cf", O_RDONLY, 0);
	expect_ret("fchdir on a file", __syscall1(__NR_fchdir, fd), -ENOTDIR);
	expect_ret("chdir to a file", t_chdir("cf"), -ENOTDIR);
	t_close(fd);
	t_unlink("cf");
	t_rmdir("cd");
	expect_ret("chdir /", t_chdir("/"), 0);
	__syscall2(__NR_getcwd, (long)cwd, sizeof(cwd));
	EXPECT_STREQ(cwd, "/");
	t_chdir(base);
}

TAP_TEST(path_errors_enoent_enotdir_enametoolong_efault)
{
	static char longname[300], nonul[5000];
	struct t_stat st;

	t_put_file("pf", "x");
	expect_ret("missing dir", t_open("nodir/x", O_RDONLY, 0), -ENOENT);
	expect_ret("file as dir", t_open("pf/x", O_RDONLY, 0), -ENOTDIR);
	expect_ret("file with slash", t_open("pf/", O_RDONLY, 0), -ENOTDIR);
	expect_ret("create with slash", t_open("new/", O_CREAT | O_RDWR, 0644), -EISDIR);
	expect_ret("empty path", t_stat("", &st), -ENOENT);
	memset(longname, 'n', sizeof(longname) - 1);
	expect_ret("long component", t_open(longname, O_CREAT | O_RDWR, 0644), -ENAMETOOLONG);
	memset(nonul, 'a', sizeof(nonul));
	expect_ret("no NUL in PATH_MAX", t_stat(nonul, &st), -ENAMETOOLONG);
	expect_ret("bad pointer", t_open((const char *)1, O_RDONLY, 0), -EFAULT);
	expect_ret("bad pointer mkdir", t_mkdir((const char *)8, 0755), -EFAULT);
	expect_ret("bad stat buffer", t_stat("pf", (struct t_stat *)8), -EFAULT);
	expect_ret("O_DIRECTORY on file", t_open("pf", O_RDONLY | O_DIRECTORY, 0), -ENOTDIR);
	expect_ret("open dir for writing", t_open(".", O_WRONLY, 0), -EISDIR);
	long fd = t_open(".", O_RDONLY, 0);
	char c;
	expect_ret("read a directory", t_read(fd, &c, 1), -EISDIR);
	t_close(fd);
	t_unlink("pf");
}

TAP_TEST(links_and_rename_rules)
{
	struct t_stat st;

	t_mkdir("lr", 0755);
	t_mkdir("lr/d", 0755);
	t_mkdir("lr/e", 0755);
	t_put_file("lr/f", "f");
	expect_ret("link to dir", __syscall2(__NR_link, (long)"lr/d", (long)"lr/dd"), -EPERM);
	expect_ret("link onto existing", __syscall2(__NR_link, (long)"lr/f", (long)"lr/d"),
		   -EEXIST);
	expect_ret("linkat", __syscall5(__NR_linkat, T_AT_FDCWD, (long)"lr/f", T_AT_FDCWD,
					(long)"lr/g", 0), 0);
	t_stat("lr/g", &st);
	EXPECT_EQ(st.st_nlink, 2);
	expect_ret("rename dir into itself", __syscall2(__NR_rename, (long)"lr/d",
							(long)"lr/d/x"), -EINVAL);
	expect_ret("rename file over dir", __syscall2(__NR_rename, (long)"lr/f",
						      (long)"lr/d"), -EISDIR);
	expect_ret("rename dir over file", __syscall2(__NR_rename, (long)"lr/d",
						      (long)"lr/f"), -ENOTDIR);
	t_put_file("lr/e/x", "x");
	expect_ret("rename over non-empty dir", __syscall2(__NR_rename, (long)"lr/d",
							   (long)"lr/e"), -ENOTEMPTY);
	t_unlink("lr/e/x");
	expect_ret("rename over empty dir", __syscall2(__NR_rename, (long)"lr/d",
						       (long)"lr/e"), 0);
	expect_ret("moved", t_stat("lr/d", &st), -ENOENT);
	expect_ret("hard links: same file", __syscall2(__NR_rename, (long)"lr/f",
						       (long)"lr/g"), 0);
	expect_ret("both names stay", t_stat("lr/f", &st), 0);
	t_mkdir("lr/e/in", 0755);
	expect_ret("move dir across", __syscall2(__NR_rename, (long)"lr/e/in",
						 (long)"lr/in"), 0);
	t_stat("lr", &st);
	EXPECT_EQ(st.st_nlink, 4);		/* ".", "..", e/.., in/.. */
	t_stat("lr/e", &st);
	EXPECT_EQ(st.st_nlink, 2);
	t_rmdir("lr/in");
	t_rmdir("lr/e");
	t_unlink("lr/f");
	t_unlink("lr/g");
	expect_ret("rmdir", t_rmdir("lr"), 0);
}

static const struct tap_test tests[] = {
	TAP_ENTRY(mkdir_rmdir_and_their_errors),
	TAP_ENTRY(getdents64_lists_what_was_created),
	TAP_ENTRY(chdir_fchdir_getcwd),
	TAP_ENTRY(path_errors_enoent_enotdir_enametoolong_efault),
	TAP_ENTRY(links_and_rename_rules),
};

int main(void)
{
	if (fs_enter_scratch("fs_dirs") < 0)
		return 1;
	int rc = RUN_TESTS(tests);
	fs_leave_scratch();
	return rc;
}
