/*
 * kernel/cmdline.c - parse the kernel command line like Linux: known words set
 * options; unknown `a=b` words become init's environment, other unknown words
 * init's arguments; after `--` every word goes to init. Words stay in place in
 * boot_params.cmdline's copy (split with NULs), so no allocation is needed.
 */
#include <cmdline.h>
#include <string.h>
#include <printk.h>

struct boot_params boot_params = { .init = NULL, .loglevel = 6 };
static char words[CMDLINE_MAX];

static bool flag(const char *w, const char *name, bool *out)
{
	if (strcmp(w, name))
		return false;
	*out = true;
	return true;
}

static bool value(const char *w, const char *name, const char **out)
{
	size_t n = strlen(name);

	if (strncmp(w, name, n) || w[n] != '=')
		return false;
	*out = w + n + 1;
	return true;
}

static void add(const char **vec, int *count, const char *w)
{
	if (*count < INIT_ARGS_MAX - 1)
		vec[(*count)++] = w;
}

static void parse_word(const char *w)
{
	struct boot_params *p = &boot_params;
	const char *v;

	if (flag(w, "quiet", &p->quiet) || flag(w, "norandmaps", &p->norandmaps) ||
	    flag(w, "nosmep", &p->nosmep) || flag(w, "nosmap", &p->nosmap) ||
	    flag(w, "nosysenter", &p->nosysenter) ||
	    flag(w, "nosyscall32", &p->nosyscall32) || flag(w, "strace", &p->strace) ||
	    flag(w, "utest", &p->utest))
		return;
	if (value(w, "utest", &p->utest_filter)) {
		p->utest = true;
	} else if (value(w, "utestdir", &p->utest_dir)) {
	} else if (!strcmp(w, "ktest")) {
		p->ktest = "";
	} else if (value(w, "ktest", &p->ktest)) {
	} else if (value(w, "init", &p->init) || value(w, "rdinit", &p->init)) {
	} else if (value(w, "loglevel", &v)) {
		p->loglevel = simple_strtoul(v, NULL, 10);
	} else if (value(w, "panic", &v)) {
		p->panic_exit = !strcmp(v, "exit");
	} else if (value(w, "vdso", &v)) {
		p->vdso_off = !strcmp(v, "0");
	} else if (value(w, "console", &v)) {
		/* ttyS0 is the only console; accepted for Linux compatibility */
	} else if (strchr(w, '=')) {
		add(p->init_envp, &p->init_envc, w);
	} else {
		add(p->init_argv, &p->init_argc, w);
	}
}

void parse_cmdline(const char *s)
{
	bool to_init = false;
	char *w = words;

	memset(&boot_params, 0, sizeof(boot_params));
	boot_params.loglevel = 6;
	strlcpy(boot_params.cmdline, s, sizeof(boot_params.cmdline));
	strlcpy(words, s, sizeof(words));
	for (;;) {
		while (*w == ' ' || *w == '\t')
			*w++ = 0;
		if (!*w)
			break;
		/* a word ends at a blank outside double quotes; the quotes go (Linux's
		 * rule: init="/bin/sh -c 'echo hi'" is one word) */
		char *start = w, *out = w;
		bool quoted = false;
		for (; *w && (quoted || (*w != ' ' && *w != '\t')); w++) {
			if (*w == '"')
				quoted = !quoted;
			else
				*out++ = *w;
		}
		if (*w)
			w++;
		*out = 0;
		if (!to_init && !strcmp(start, "--"))
			to_init = true;
		else if (to_init)
			add(boot_params.init_argv, &boot_params.init_argc, start);
		else
			parse_word(start);
	}
	if (!boot_params.init)
		boot_params.init = "/sbin/init";
	if (!boot_params.utest_dir)
		boot_params.utest_dir = "/tests";
	if (boot_params.quiet && boot_params.loglevel == 6)
		boot_params.loglevel = 4;
	console_loglevel = boot_params.loglevel;
}
