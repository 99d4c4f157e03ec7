/*
 * kernel/fs/procfs.c - a tiny /proc: one directory per process holding `stat`,
 * one line in Linux's format (pid (comm) state ppid pgrp session ... 52 fields), as
 * ps reads it. /proc is an ordinary ramfs directory whose entries are brought up
 * to date with the task list (refresh) before every lookup or listing in it.
 */
#include <fs.h>
#include <sched.h>
#include <string.h>
#include <printk.h>
#include <asm/processor.h>

#define MAX_PIDS	256

struct proc_info {
	int pid, ppid, pgid, sid;
	char state;
	char comm[16];
};

/* A consistent copy of one task's fields; false if it is gone. */
static bool proc_info(int pid, struct proc_info *pi)
{
	u64 flags = irq_save();
	struct task *t = task_list();

	while (t && t->pid != pid)
		t = t->next_task;
	if (t) {
		pi->pid = t->pid, pi->ppid = t->ppid, pi->pgid = t->pgid, pi->sid = t->sid;
		pi->state = t->state == TASK_ZOMBIE ? 'Z' : t->state == TASK_RUNNING ? 'R' : 'S';
		memcpy(pi->comm, t->comm, sizeof(pi->comm));
		pi->comm[sizeof(pi->comm) - 1] = 0;
	}
	irq_restore(flags);
	return t != NULL;
}

static long stat_read_at(struct file *f, char *buf, size_t n, u64 pos)
{
	struct proc_info pi;
	char line[320];

	if (!proc_info(f->inode->private, &pi))
		return 0;
	/* fields 7-52: tty_nr tpgid flags faults... times, priority 20, nice 0, one
	 * thread, rsslim unlimited, exit_signal SIGCHLD, the rest 0 */
	int len = snprintf(line, sizeof(line), "%d (%s) %c %d %d %d 0 -1 4194560 0 0 0 0 "
			   "0 0 0 0 20 0 1 0 0 0 0 18446744073709551615 0 0 0 0 0 0 0 0 "
			   "0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n",
			   pi.pid, pi.comm, pi.state, pi.ppid, pi.pgid, pi.sid);
	if (pos >= (u64)len)
		return 0;
	n = MIN(n, len - pos);
	memcpy(buf, line + pos, n);
	return n;
}

static const struct file_ops stat_ops = { .read_at = stat_read_at };

static void add_process(struct inode *proc, int pid)
{
	char name[16];
	struct inode *dir = inode_new(S_IFDIR | 0555);
	struct inode *stat = inode_new(S_IFREG | 0444);

	snprintf(name, sizeof(name), "%d", pid);
	if (!dir || !stat || dir_link(proc, name, strlen(name), dir)) {
		inode_get(dir), inode_put(dir);
		inode_get(stat), inode_put(stat);
		return;
	}
	stat->ops = &stat_ops;
	stat->private = pid;
	if (dir_link(dir, "stat", 4, stat))
		inode_get(stat), inode_put(stat);
}

static void remove_process(struct inode *proc, struct dentry *d)
{
	struct inode *dir = d->inode;

	while (dir->entries)
		dir_unlink(dir, dir->entries);
	dir_unlink(proc, d);
}

static void procfs_refresh(struct inode *proc)
{
	static int pids[MAX_PIDS];
	int n = 0;
	u64 flags = irq_save();

	for (struct task *t = task_list(); t && n < MAX_PIDS; t = t->next_task)
		if (t->pid > 0)
			pids[n++] = t->pid;
	irq_restore(flags);

	for (struct dentry *d = proc->entries, *next; d; d = next) {
		next = d->next;
		int pid = simple_strtoul(d->name, NULL, 10), i = 0;
		while (i < n && pids[i] != pid)
			i++;
		if (i < n)
			pids[i] = 0;		/* already there */
		else
			remove_process(proc, d);
	}
	for (int i = 0; i < n; i++)
		if (pids[i])
			add_process(proc, pids[i]);
}

void procfs_init(struct inode *proc)
{
	proc->refresh = procfs_refresh;
}
