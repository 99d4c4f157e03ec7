/* Shell variables: a small table of NAME=value pairs the shell keeps for itself;
 * `export` moves one into the environment (what children inherit). Lookups try the
 * table first, then the environment. */
#include <stdlib.h>
#include <string.h>
#include "sh.h"

#define MAX_VARS	64

static struct {
	char *name, *value;
} vars[MAX_VARS];

static int find(const char *name)
{
	int i;

	for (i = 0; i < MAX_VARS; i++)
		if (vars[i].name && strcmp(vars[i].name, name) == 0)
			return i;
	return -1;
}

const char *var_get(const char *name)
{
	int i = find(name);

	return i >= 0 ? vars[i].value : getenv(name);
}

static void drop(int i)
{
	free(vars[i].name);
	free(vars[i].value);
	vars[i].name = vars[i].value = NULL;
}

/* export, or a variable already in the environment: set it there. */
int var_set(const char *name, const char *value, int export)
{
	int i = find(name);

	if (export || getenv(name)) {
		if (i >= 0)
			drop(i);
		return setenv(name, value, 1);
	}
	if (i < 0)
		for (i = 0; i < MAX_VARS && vars[i].name; i++)
			;
	if (i == MAX_VARS)
		return -1;
	free(vars[i].name);
	free(vars[i].value);
	vars[i].name = strdup(name);
	vars[i].value = strdup(value);
	return 0;
}

void var_unset(const char *name)
{
	int i = find(name);

	if (i >= 0)
		drop(i);
	unsetenv(name);
}
