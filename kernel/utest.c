/*
 * kernel/utest.c - `utest` on the command line: run every program in /tests (or
 * `utestdir=`; `utest=a,b` keeps names starting with a or b), in name order, each as a fresh process of its own (argv[0] = its path, the
 * environment from the command line), with fd 1 on the test channel. Before each,
 * "# run NAME"; after it, "# exit NAME STATUS" with its wait status, so the
 * harness can tell a clean exit from a crash or a signal.
 */
#include <fs.h>
#include <sched.h>
#include <exec.h>
#include <ktest.h>
#include <cmdline.h>
#include <string.h>
#include <printk.h>

struct files *console_files(bool stdout_to_testchan);

/* The next directory entry after `prev` in name order (NULL: the first). */
static struct dentry *next_by_name(struct inode *dir, const char *prev)
{
	struct dentry *best = NULL;

	for (struct dentry *c = dir->entries; c; c = c->next)
		if ((!prev || strcmp(c->name, prev) > 0) &&
		    (!best || strcmp(c->name, best->name) < 0))
			best = c;
	return best;
}

static bool selected(const char *name, const char *filter)
{
	if (!filter || !*filter)
		return true;		/* no filter: everything */
	while (*filter) {
		const char *comma = strchr(filter, ',');
		size_t n = comma ? (size_t)(comma - filter) : strlen(filter);
		if (n && !strncmp(name, filter, n))
			return true;
		filter += n + (comma ? 1 : 0);
	}
	return false;
}

int run_user_tests(const char *dir_path)
{
	struct inode *dir = lookup_path(dir_path);
	int failed = 0;

	if (!dir) {
		test_channel_printf("not ok - utest.directory_exists: no %s\n", dir_path);
		return 1;
	}
	for (struct dentry *c = next_by_name(dir, NULL); c; c = next_by_name(dir, c->name)) {
		if (!selected(c->name, boot_params.utest_filter))
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof(path), "%s/%s", dir_path, c->name);
		const char *argv[] = { path, NULL };
		int err;

		test_channel_printf("# run %s\n", c->name);
		struct task *t = spawn_user(path, argv, boot_params.init_envp,
					    console_files(true), &err);
		if (!t) {
			test_channel_printf("# exit %s spawn-error %d\n", c->name, err);
			failed++;
			continue;
		}
		t->ppid = current->pid;
		if (current->flags & TIF_SYSCALL_TRACE)
			t->flags |= TIF_SYSCALL_TRACE;
		int status = task_wait(t);
		test_channel_printf("# exit %s %d\n", c->name, status);
		failed += status != 0;
	}
	return failed;
}
