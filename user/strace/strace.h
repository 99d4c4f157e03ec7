/* strace.h: what the parts of /bin/strace share. main.c runs the tracee and the
 * stop loop, syscall.c prints one line per system call, args.c decodes arguments
 * out of the tracee's registers and memory, names.c holds errno and signal names.
 * A 64-bit tracer: GETREGS gives the 64-bit layout for 32-bit tracees too. */
#ifndef STRACE_H
#define STRACE_H

#include <sys/types.h>
#include <sys/user.h>

#define USER_CS_64	0x33	/* the tracee's CS tells its ABI (DESIGN §5) */
#define USER_CS_32	0x23

/* One traced process. */
struct tracee {
	pid_t pid;
	int in_syscall;		/* between an entry stop and its exit stop */
	int compat;		/* the current call's ABI: 1 if i386 (cs == 0x23) */
	int exec_trap;		/* execve succeeded: swallow the SIGTRAP that follows */
	const char *name;	/* the call being traced (set at the entry stop) */
	int column;		/* characters printed for the entry, to align " = " */
};

/* The six arguments and the result of a call, in either ABI. */
struct call {
	unsigned long arg[6];
	long ret;
};

/* syscall.c: print a call's name and arguments at its entry stop, its result at
 * its exit stop, and " = ?" for a call the tracee never returned from. */
void syscall_enter(struct tracee *t, const struct user_regs_struct *r);
void syscall_exit(struct tracee *t, const struct user_regs_struct *r);
void syscall_unfinished(struct tracee *t);

/* args.c: append one argument of the given kind (see syscall.c's table). */
struct line;
void print_arg(struct line *l, pid_t pid, char kind, const struct call *c, int i,
	       int compat);

/* A line being built: printf-style appends, never overflowing. */
struct line {
	char buf[512];
	int len;
};
void line_add(struct line *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* names.c: "ENOENT", "SIGSEGV"; NULL when unknown. */
const char *errno_name(int e);
const char *errno_text(int e);
const char *signal_name(int sig);

#endif
