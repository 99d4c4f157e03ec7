/*
 * kernel/spawn.c - start a program as a new process from the kernel: how init is
 * started, and how `utest` runs each ring-3 test in a process of its own.
 * (fork and execve, the user's ways, come with the processes issue.)
 */
#include <exec.h>
#include <sched.h>
#include <fs.h>
#include <vm.h>
#include <string.h>
#include <errno.h>

struct task *spawn_user(const char *path, const char *const *argv,
			const char *const *envp, struct files *files, int *err)
{
	struct inode *ino = lookup_path(path);
	struct pt_regs regs;
	struct mm *mm;

	*err = -ENOENT;
	if (!ino)
		return NULL;
	const char *name = strchr(path, '/') ? path + strlen(path) : path;
	while (name > path && name[-1] != '/')
		name--;
	struct task *t = task_create(name);
	if (!t) {
		*err = -ENOMEM;
		return NULL;
	}
	*err = exec_load(ino, path, argv, envp, &mm, &regs);
	if (*err) {
		task_free(t);
		return NULL;
	}
	t->mm = mm;
	t->compat = regs.cs != 0x33;
	t->exit_signal = 17;		/* SIGCHLD to the parent */
	t->pgid = t->sid = t->pid;	/* a session of its own, like init */
	t->files = files;
	task_start_user(t, &regs);
	t->state = TASK_RUNNING;
	return t;
}
