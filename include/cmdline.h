/*
 * cmdline.h - the kernel command line, parsed the way Linux does it: known words
 * set kernel options, unknown `a=b` words go to init's environment, other words to
 * init's argv, and everything after `--` goes to init untouched.
 */
#ifndef _CMDLINE_H
#define _CMDLINE_H

#include <types.h>

#define CMDLINE_MAX	1024
#define INIT_ARGS_MAX	32

struct boot_params {
	char cmdline[CMDLINE_MAX];	/* as GRUB gave it, for printing */
	const char *init;		/* init= / rdinit= (default /sbin/init) */
	bool quiet;
	int loglevel;
	const char *ktest;		/* NULL, "" (= all tests) or one test's name */
	bool utest;			/* run the programs in utest_dir, then power off */
	const char *utest_filter;	/* utest=a,b: only names starting with a or b */
	const char *utest_dir;		/* utestdir=: default /tests */
	bool panic_exit;		/* panic=exit: QEMU exits with a failure status */
	bool norandmaps, vdso_off, nosmep, nosmap, nosysenter, nosyscall32, strace;
	int init_argc, init_envc;
	const char *init_argv[INIT_ARGS_MAX];
	const char *init_envp[INIT_ARGS_MAX];
};

extern struct boot_params boot_params;
void parse_cmdline(const char *s);

#endif
