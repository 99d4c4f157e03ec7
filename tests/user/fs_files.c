/* fs_files.c: regular files through the system calls - create, write, read back,
 * positions (lseek, pread64/pwrite64, O_APPEND), sizes (O_TRUNC, truncate), stat,
 * rename and unlink, access, openat and creat. Runs in a scratch directory
 * (fs_util.h); passes on Linux too. */
#include <errno.h>
#include <stdlib.h>
#include "fs_util.h"

TAP_TEST(create_write_read_back)
{
	char buf[32] = { 0 };
	long fd = t_open("f", O_CREAT | O_RDWR, 0644);

	EXPECT_TRUE(fd >= 0);
	expect_ret("write", t_write(fd, "hello world", 11), 11);
	expect_ret("lseek", t_lseek(fd, 0, 0), 0);
	expect_ret("read", t_read(fd, buf, sizeof(buf)), 11);
	EXPECT_STREQ(buf, "hello world");
	expect_ret("read at end", t_read(fd, buf, sizeof(buf)), 0);
	t_close(fd);
	fd = t_open("f", O_RDONLY, 0);
	memset(buf, 0, sizeof(buf));
	expect_ret("read again", t_read(fd, buf, 5), 5);
	EXPECT_STREQ(buf, "hello");
	t_close(fd);
	expect_ret("unlink", t_unlink("f"), 0);
}

TAP_TEST(write_past_end_reads_zeros_in_the_gap)
{
	char buf[8];
	long fd = t_open("gap", O_CREAT | O_RDWR, 0644);
	struct t_stat st;

	expect_ret("lseek 100", t_lseek(fd, 100, 0), 100);
	expect_ret("write", t_write(fd, "x", 1), 1);
	expect_ret("fstat", t_fstat(fd, &st), 0);
	EXPECT_EQ(st.st_size, 101);
	expect_ret("pread", t_pread(fd, buf, 8, 50), 8);
	EXPECT_EQ(memcmp(buf, "\0\0\0\0\0\0\0\0", 8), 0);
	t_close(fd);
	t_unlink("gap");
}

TAP_TEST(o_append_writes_at_the_end)
{
	char buf[16] = { 0 };
	long fd;

	t_put_file("app", "abc");
	fd = t_open("app", O_WRONLY | O_APPEND, 0);
	t_lseek(fd, 0, 0);
	expect_ret("write", t_write(fd, "def", 3), 3);
	expect_ret("position after", t_lseek(fd, 0, 1), 6);
	t_close(fd);
	fd = t_open("app", O_RDONLY, 0);
	expect_ret("read", t_read(fd, buf, sizeof(buf)), 6);
	EXPECT_STREQ(buf, "abcdef");
	t_close(fd);
	t_unlink("app");
}

TAP_TEST(o_trunc_and_o_excl)
{
	struct t_stat st;

	t_put_file("tr", "some text");
	long fd = t_open("tr", O_WRONLY | O_TRUNC, 0);
	expect_ret("fstat", t_fstat(fd, &st), 0);
	EXPECT_EQ(st.st_size, 0);
	t_close(fd);
	expect_ret("O_EXCL on existing", t_open("tr", O_CREAT | O_EXCL | O_RDWR, 0644), -EEXIST);
	t_unlink("tr");
	fd = t_open("tr", O_CREAT | O_EXCL | O_RDWR, 0644);
	EXPECT_TRUE(fd >= 0);
	t_close(fd);
	t_unlink("tr");
}

TAP_TEST(lseek_set_cur_end_and_bad_input)
{
	long fd;

	t_put_file("sk", "0123456789");
	fd = t_open("sk", O_RDONLY, 0);
	expect_ret("SEEK_SET", t_lseek(fd, 4, 0), 4);
	expect_ret("SEEK_CUR", t_lseek(fd, 3, 1), 7);
	expect_ret("SEEK_END", t_lseek(fd, -2, 2), 8);
	expect_ret("past end", t_lseek(fd, 20, 2), 30);
	expect_ret("negative", t_lseek(fd, -1, 0), -EINVAL);
	expect_ret("bad whence", t_lseek(fd, 0, 7), -EINVAL);
	expect_ret("bad fd", t_lseek(99, 0, 0), -EBADF);
	t_close(fd);
	t_unlink("sk");
}

TAP_TEST(pread_pwrite_leave_the_position_alone)
{
	char buf[4] = { 0 };
	long fd = t_open("pp", O_CREAT | O_RDWR, 0644);

	t_write(fd, "abcdef", 6);
	t_lseek(fd, 1, 0);
	expect_ret("pwrite", t_pwrite(fd, "XY", 2, 3), 2);
	expect_ret("pread", t_pread(fd, buf, 3, 2), 3);
	EXPECT_STREQ(buf, "cXY");
	expect_ret("position", t_lseek(fd, 0, 1), 1);
	expect_ret("pread negative", t_pread(fd, buf, 1, -1), -EINVAL);
	t_close(fd);
	t_unlink("pp");
}

TAP_TEST(truncate_and_ftruncate_change_the_size)
{
	struct t_stat st;
	char buf[8];
	long fd;

	t_put_file("tc", "0123456789");
	expect_ret("truncate", __syscall2(__NR_truncate, (long)"tc", 4), 0);
	t_stat("tc", &st);
	EXPECT_EQ(st.st_size, 4);
	fd = t_open("tc", O_RDWR, 0);
	expect_ret("ftruncate grow", __syscall2(__NR_ftruncate, fd, 8), 0);
	expect_ret("read", t_read(fd, buf, 8), 8);
	EXPECT_EQ(memcmp(buf, "0123\0\0\0\0", 8), 0);
	expect_ret("ftruncate negative", __syscall2(__NR_ftruncate, fd, -1), -EINVAL);
	t_close(fd);
	fd = t_open("tc", O_RDONLY, 0);
	expect_ret("ftruncate read-only fd", __syscall2(__NR_ftruncate, fd, 0), -EINVAL);
	t_close(fd);
	expect_ret("truncate dir", __syscall2(__NR_truncate, (long)".", 0), -EISDIR);
	t_unlink("tc");
}

TAP_TEST(stat_reports_size_mode_and_links)
{
	struct t_stat st, fst;
	long old = __syscall1(__NR_umask, 022);
	long fd = t_open("st", O_CREAT | O_WRONLY, 0666);

	t_write(fd, "12345", 5);
	expect_ret("stat", t_stat("st", &st), 0);
	EXPECT_EQ(st.st_size, 5);
	EXPECT_EQ(st.st_mode, T_S_IFREG | 0644);		/* umask applied */
	EXPECT_EQ(st.st_nlink, 1);
	expect_ret("link", __syscall2(__NR_link, (long)"st", (long)"st2"), 0);
	expect_ret("fstat", t_fstat(fd, &fst), 0);
	EXPECT_EQ(fst.st_nlink, 2);
	EXPECT_EQ(fst.st_ino, st.st_ino);
	expect_ret("lstat", __syscall2(NR_LSTAT, (long)"st2", (long)&st), 0);
	EXPECT_EQ(st.st_ino, fst.st_ino);
	t_unlink("st2");
	t_fstat(fd, &fst);
	EXPECT_EQ(fst.st_nlink, 1);
	expect_ret("fstatat", __syscall4(NR_FSTATAT, T_AT_FDCWD, (long)"st", (long)&st, 0), 0);
	EXPECT_EQ(st.st_size, 5);
	expect_ret("stat missing", t_stat("nothere", &st), -ENOENT);
	expect_ret("fstat bad fd", t_fstat(77, &st), -EBADF);
	t_close(fd);
	t_unlink("st");
	__syscall1(__NR_umask, old);
	EXPECT_EQ(__syscall1(__NR_umask, old), old);
}

TAP_TEST(rename_moves_and_replaces)
{
	char buf[8] = { 0 };
	struct t_stat st;

	t_put_file("r1", "one");
	t_put_file("r2", "two");
	expect_ret("rename", __syscall2(__NR_rename, (long)"r1", (long)"r3"), 0);
	expect_ret("old name gone", t_stat("r1", &st), -ENOENT);
	expect_ret("replace", __syscall2(__NR_rename, (long)"r3", (long)"r2"), 0);
	long fd = t_open("r2", O_RDONLY, 0);
	t_read(fd, buf, sizeof(buf));
	EXPECT_STREQ(buf, "one");
	t_close(fd);
	expect_ret("rename missing", __syscall2(__NR_rename, (long)"r1", (long)"r4"), -ENOENT);
	expect_ret("renameat", __syscall4(__NR_renameat, T_AT_FDCWD, (long)"r2",
					  T_AT_FDCWD, (long)"r5"), 0);
	t_unlink("r5");
}

TAP_TEST(unlinked_open_file_stays_readable)
{
	char buf[8] = { 0 };

	t_put_file("ul", "still");
	long fd = t_open("ul", O_RDONLY, 0);
	expect_ret("unlink", t_unlink("ul"), 0);
	expect_ret("open after unlink", t_open("ul", O_RDONLY, 0), -ENOENT);
	expect_ret("read", t_read(fd, buf, sizeof(buf)), 5);
	EXPECT_STREQ(buf, "still");
	t_close(fd);
}

TAP_TEST(one_mib_file_round_trip_is_byte_exact)
{
	enum { SIZE = 1 << 20, PIECE = 12345 };
	unsigned char *data = malloc(SIZE), *back = malloc(SIZE);
	long fd = t_open("big", O_CREAT | O_RDWR | O_TRUNC, 0644), done = 0, r = 0;

	for (int i = 0; i < SIZE; i++)
		data[i] = (unsigned char)(i * 7 + i / 251);
	for (long off = 0; off < SIZE; off += PIECE) {
		long n = SIZE - off < PIECE ? SIZE - off : PIECE;
		EXPECT_EQ(t_write(fd, data + off, n), n);
	}
	t_lseek(fd, 0, 0);
	while (done < SIZE && (r = t_read(fd, back + done, SIZE - done)) > 0)
		done += r;
	EXPECT_EQ(done, SIZE);
	EXPECT_EQ(memcmp(data, back, SIZE), 0);
	t_close(fd);
	t_unlink("big");
	free(data);
	free(back);
}

TAP_TEST(access_modes_and_wrong_direction_ebadf)
{
	char c;

	t_put_file("am", "x");
	expect_ret("access F_OK", __syscall2(__NR_access, (long)"am", 0), 0);
	expect_ret("access R_OK|W_OK", __syscall2(__NR_access, (long)"am", 6), 0);
	expect_ret("access missing", __syscall2(__NR_access, (long)"nope", 0), -ENOENT);
	expect_ret("access bad mode", __syscall2(__NR_access, (long)"am", 8), -EINVAL);
	expect_ret("faccessat", __syscall3(__NR_faccessat, T_AT_FDCWD, (long)"am", 4), 0);
	long fd = t_open("am", O_WRONLY, 0);
	expect_ret("read on O_WRONLY", t_read(fd, &c, 1), -EBADF);
	t_close(fd);
	fd = t_open("am", O_RDONLY, 0);
	expect_ret("write on O_RDONLY", t_write(fd, "y", 1), -EBADF);
	t_close(fd);
	expect_ret("readlink on a file", __syscall3(__NR_readlink, (long)"am", (long)&c, 1),
		   -EINVAL);
	t_unlink("am");
}

TAP_TEST(openat_and_creat_relative_to_a_directory)
{
	struct t_stat st;
	long d, fd;

	t_mkdir("oa", 0755);
	d = t_open("oa", O_RDONLY | O_DIRECTORY, 0);
	fd = __syscall4(__NR_openat, d, (long)"inner", O_CREAT | O_WRONLY, 0600);
	EXPECT_TRUE(fd >= 0);
	t_close(fd);
	expect_ret("stat", t_stat("oa/inner", &st), 0);
	EXPECT_EQ(st.st_mode & 0777, 0600 & ~022 & 0777);
	expect_ret("openat on a file fd", __syscall4(__NR_openat, 1, (long)"x", O_RDONLY, 0),
		   -ENOTDIR);
	fd = __syscall2(__NR_creat, (long)"oa/c", 0644);
	EXPECT_TRUE(fd >= 0);
	expect_ret("write creat fd", t_write(fd, "z", 1), 1);
	t_close(fd);
	expect_ret("unlinkat", __syscall3(__NR_unlinkat, d, (long)"inner", 0), 0);
	t_unlink("oa/c");
	t_close(d);
	t_rmdir("oa");
}

static const struct tap_test tests[] = {
	TAP_ENTRY(create_write_read_back),
	TAP_ENTRY(write_past_end_reads_zeros_in_the_gap),
	TAP_ENTRY(o_append_writes_at_the_end),
	TAP_ENTRY(o_trunc_and_o_excl),
	TAP_ENTRY(lseek_set_cur_end_and_bad_input),
	TAP_ENTRY(pread_pwrite_leave_the_position_alone),
	TAP_ENTRY(truncate_and_ftruncate_change_the_size),
	TAP_ENTRY(stat_reports_size_mode_and_links),
	TAP_ENTRY(rename_moves_and_replaces),
	TAP_ENTRY(unlinked_open_file_stays_readable),
	TAP_ENTRY(one_mib_file_round_trip_is_byte_exact),
	TAP_ENTRY(access_modes_and_wrong_direction_ebadf),
	TAP_ENTRY(openat_and_creat_relative_to_a_directory),
};

int main(void)
{
	if (fs_enter_scratch("fs_files") < 0)
		return 1;
	long old = __syscall1(__NR_umask, 022);
	int rc = RUN_TESTS(tests);
	__syscall1(__NR_umask, old);
	fs_leave_scratch();
	return rc;
}
