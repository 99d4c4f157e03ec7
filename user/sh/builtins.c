/* The builtins, which must run inside the shell to have any effect: cd (keeps
 * PWD and OLDPWD), exit, export, unset; and a few conveniences. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

static int b_cd(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : var_get("HOME");
	char old[PATH_MAX], now[PATH_MAX];

	if (!dir)
		dir = "/";
	if (strcmp(dir, "-") == 0) {
		dir = var_get("OLDPWD");
		if (!dir) {
			fprintf(stderr, "%s: cd: OLDPWD not set\n", sh_name);
			return 1;
		}
		printf("%s\n", dir);
	}
	if (!getcwd(old, sizeof(old)))
		old[0] = '\0';
	if (chdir(dir) < 0) {
		fprintf(stderr, "%s: cd: %s: %s\n", sh_name, dir, strerror(errno));
		return 1;
	}
	if (old[0])
		var_set("OLDPWD", old, 1);
	if (getcwd(now, sizeof(now)))
		var_set("PWD", now, 1);
	return 0;
}

static int b_exit(int argc, char **argv)
{
	fflush(stdout);
	exit(argc > 1 ? atoi(argv[1]) : sh_status);
}

static int b_export(int argc, char **argv)
{
	extern char **environ;
	char **e;
	int i;

	if (argc == 1)
		for (e = environ; e && *e; e++)
			printf("export %s\n", *e);
	for (i = 1; i < argc; i++) {
		char *eq = strchr(argv[i], '=');

		if (eq) {
			*eq = '\0';
			var_set(argv[i], eq + 1, 1);
			*eq = '=';
		} else {
			const char *v = var_get(argv[i]);

			var_set(argv[i], v ? v : "", 1);
		}
	}
	return 0;
}

static int b_unset(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++)
		var_unset(argv[i]);
	return 0;
}

static int b_colon(int argc, char **argv)
{
	(void)argc, (void)argv;
	return 0;
}

static const struct {
	const char *name;
	builtin_fn fn;
} builtins[] = {
	{ "cd", b_cd }, { "exit", b_exit }, { "export", b_export },
	{ "unset", b_unset }, { ":", b_colon },
};

builtin_fn find_builtin(const char *name)
{
	unsigned int i;

	for (i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
		if (strcmp(builtins[i].name, name) == 0)
			return builtins[i].fn;
	return NULL;
}
