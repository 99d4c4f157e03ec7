/*
 * exec.h - loading programs (kernel/exec.c) and starting them as processes.
 */
#ifndef _EXEC_H
#define _EXEC_H

#include <types.h>
#include <asm/ptrace.h>

struct inode;
struct mm;
struct files;
struct task;

/* Build a fresh address space for the executable `ino` and the registers of its
 * first instruction. 0 or -errno; nothing of the caller's changes. */
int exec_load(struct inode *ino, const char *path, const char *const *argv,
	      const char *const *envp, struct mm **mm_out, struct pt_regs *regs);

/* The executable a path names (relative to the cwd), or NULL with *err set. */
struct inode *exec_lookup(const char *path, long *err);

/* Start `path` as a new process with the given descriptor table (shared). */
struct task *spawn_user(const char *path, const char *const *argv,
			const char *const *envp, struct files *files, int *err);

#endif
