/* syscall.c: one line per system call, `name(arg, ...) = result`. The name comes
 * from the tables generated from the .tbl files (64- or 32-bit, chosen by the
 * tracee's CS), the argument registers from its ABI (rdi rsi rdx r10 r8 r9, or
 * ebx ecx edx esi edi ebp), and how to print each argument from the table below. */
#include <stdio.h>
#include <string.h>
#include "strace.h"

static const char *const names64[] = {
#define __SYSCALL_NAME(nr, name) [nr] = name,
#include <generated/syscallnames_64.h>
#undef __SYSCALL_NAME
};

static const char *const names32[] = {
#define __SYSCALL_NAME(nr, name) [nr] = name,
#include <generated/syscallnames_32.h>
#undef __SYSCALL_NAME
};

/* How to print a call: one letter per argument, its result a number or (ADDR)
 * an address. The letters (args.c): d int, u unsigned, l long, L 64-bit offset
 * (last; two registers in i386), x hex, o mode, p pointer, s string, b buffer
 * of the next argument's length, a argv, e envp, f open flags, D dirfd,
 * S signal. Keyed by name, so one table serves both ABIs. */
static const struct format {
	const char *name, *args;
	char ret;
} formats[] = {
#define CALL(name, args)	{ name, args, 'd' }
#define ADDR(name, args)	{ name, args, 'x' }
	/* file descriptors */
	CALL("read", "dpu"), CALL("write", "dbu"), CALL("pread64", "dpuL"),
	CALL("pwrite64", "dbuL"), CALL("readv", "dpd"), CALL("writev", "dpd"),
	CALL("open", "sfo"), CALL("openat", "Dsfo"), CALL("creat", "so"),
	CALL("close", "d"), CALL("lseek", "dld"), CALL("_llseek", "duupd"),
	CALL("dup", "d"), CALL("dup2", "dd"), CALL("dup3", "ddx"),
	CALL("pipe", "p"), CALL("pipe2", "px"), CALL("fcntl", "ddx"),
	CALL("fcntl64", "ddx"), CALL("ioctl", "dxp"), CALL("poll", "pud"),
	/* names */
	CALL("stat", "sp"), CALL("lstat", "sp"), CALL("fstat", "dp"),
	CALL("stat64", "sp"), CALL("lstat64", "sp"), CALL("fstat64", "dp"),
	CALL("newfstatat", "Dspx"), CALL("fstatat64", "Dspx"),
	CALL("access", "sd"), CALL("faccessat", "Dsd"),
	CALL("getdents", "dpu"), CALL("getdents64", "dpu"),
	CALL("getcwd", "pu"), CALL("chdir", "s"), CALL("fchdir", "d"),
	CALL("mkdir", "so"), CALL("mkdirat", "Dso"), CALL("rmdir", "s"),
	CALL("unlink", "s"), CALL("unlinkat", "Dsx"),
	CALL("link", "ss"), CALL("linkat", "DsDsx"),
	CALL("rename", "ss"), CALL("renameat", "DsDs"),
	CALL("readlink", "spu"), CALL("readlinkat", "Dspu"), CALL("umask", "o"),
	CALL("truncate", "sl"), CALL("ftruncate", "dl"),
	CALL("truncate64", "sL"), CALL("ftruncate64", "dL"),
	/* memory */
	ADDR("brk", "p"), ADDR("mmap", "puxxdx"), ADDR("mmap2", "puxxdx"),
	CALL("munmap", "pu"), CALL("mprotect", "pux"),
	/* processes */
	CALL("execve", "sae"), CALL("fork", ""), CALL("vfork", ""),
	CALL("clone", "xpppp"), CALL("exit", "d"), CALL("exit_group", "d"),
	CALL("wait4", "dpdp"), CALL("waitpid", "dpd"),
	CALL("getpid", ""), CALL("getppid", ""), CALL("gettid", ""),
	CALL("getuid", ""), CALL("geteuid", ""), CALL("getgid", ""),
	CALL("getegid", ""), CALL("getuid32", ""), CALL("geteuid32", ""),
	CALL("getgid32", ""), CALL("getegid32", ""),
	CALL("getpgrp", ""), CALL("setsid", ""), CALL("setpgid", "dd"),
	CALL("getpgid", "d"), CALL("getsid", "d"), CALL("ptrace", "ddpp"),
	/* signals */
	CALL("kill", "dS"), CALL("tkill", "dS"), CALL("tgkill", "ddS"),
	CALL("rt_sigaction", "Sppu"), CALL("rt_sigprocmask", "dppu"),
	CALL("rt_sigpending", "pu"), CALL("rt_sigsuspend", "pu"),
	CALL("rt_sigreturn", ""), CALL("sigreturn", ""),
	CALL("sigaltstack", "pp"), CALL("pause", ""), CALL("alarm", "u"),
	/* time */
	CALL("nanosleep", "pp"), CALL("clock_gettime", "dp"),
	CALL("clock_getres", "dp"), CALL("clock_gettime64", "dp"),
	CALL("clock_getres_time64", "dp"), CALL("gettimeofday", "pp"),
	CALL("time", "p"),
	/* the rest */
	CALL("uname", "p"), CALL("arch_prctl", "xx"),
	CALL("set_thread_area", "p"), CALL("set_tid_address", "p"),
	CALL("sched_yield", ""), CALL("getrandom", "pux"),
	CALL("reboot", "xxxp"),
#undef CALL
#undef ADDR
};

static const struct format unknown = { NULL, "xxxxxx", 'd' };

static const struct format *format_of(const char *name)
{
	unsigned int i;

	for (i = 0; name && i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(formats[i].name, name) == 0)
			return &formats[i];
	return &unknown;
}

/* The call's number, name and arguments in the tracee's ABI. */
static const char *decode(const struct user_regs_struct *r, int compat,
			  struct call *c)
{
	unsigned long nr = r->orig_rax;

	if (compat) {
		unsigned long a[6] = { r->rbx, r->rcx, r->rdx, r->rsi, r->rdi, r->rbp };
		int i;

		for (i = 0; i < 6; i++)
			c->arg[i] = (unsigned int)a[i];
		c->ret = (int)r->rax;
		nr = (unsigned int)nr;
		return nr < sizeof(names32) / sizeof(names32[0]) ? names32[nr] : NULL;
	}
	c->arg[0] = r->rdi;
	c->arg[1] = r->rsi;
	c->arg[2] = r->rdx;
	c->arg[3] = r->r10;
	c->arg[4] = r->r8;
	c->arg[5] = r->r9;
	c->ret = (long)r->rax;
	return nr < sizeof(names64) / sizeof(names64[0]) ? names64[nr] : NULL;
}

void syscall_enter(struct tracee *t, const struct user_regs_struct *r)
{
	static char unnamed[32];
	const struct format *f;
	struct line l = { .len = 0 };
	struct call c;
	int i;

	t->name = decode(r, t->compat, &c);
	if (!t->name) {		/* not in Trapdoor's table: the raw number */
		snprintf(unnamed, sizeof(unnamed), "syscall_%#lx", r->orig_rax);
		t->name = unnamed;
	}
	f = format_of(t->name);
	line_add(&l, "%s(", t->name);
	for (i = 0; f->args[i]; i++) {
		line_add(&l, i ? ", " : "");
		print_arg(&l, t->pid, f->args[i], &c, i, t->compat);
	}
	line_add(&l, ")");
	fputs(l.buf, stderr);
	fflush(stderr);
	t->column = l.len;
}

/* Pad the entry text to column 39, as strace does, then " = ". */
static void print_equals(struct tracee *t)
{
	fprintf(stderr, "%*s = ", t->column < 39 ? 39 - t->column : 0, "");
}

void syscall_exit(struct tracee *t, const struct user_regs_struct *r)
{
	const struct format *f = format_of(t->name);
	struct call c;
	long ret;

	decode(r, t->compat, &c);
	ret = c.ret;
	print_equals(t);
	if (ret < 0 && ret >= -4095) {
		const char *name = errno_name(-ret);

		if (ret <= -512 && ret >= -516)	/* a restart: the call will run again */
			fprintf(stderr, "? %s (%s)\n", name ? name : "ERESTART?",
				errno_text(-ret));
		else if (name)
			fprintf(stderr, "-1 %s (%s)\n", name, errno_text(-ret));
		else
			fprintf(stderr, "-1 errno %ld (%s)\n", -ret, errno_text(-ret));
	} else if (f->ret == 'x') {	/* an address: not negative, even in i386 */
		fprintf(stderr, "%#lx\n", t->compat ? (unsigned int)ret :
			(unsigned long)ret);
	} else {
		fprintf(stderr, "%ld\n", ret);
	}
	fflush(stderr);
}

void syscall_unfinished(struct tracee *t)
{
	print_equals(t);
	fprintf(stderr, "?\n");
	fflush(stderr);
}
