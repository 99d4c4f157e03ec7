/* The environment: getenv over environ, setenv/unsetenv/putenv. The first change
 * copies environ into a malloc'd array (the kernel's strings stay where execve put
 * them); setenv's "NAME=value" strings are malloc'd and never freed, since a
 * program may still hold a pointer getenv returned. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **owned;	/* environ, once it is ours to grow */

static int name_ok(const char *name)
{
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

/* The index of NAME in environ, or the count of entries (-(n+1)) if absent. */
static long find(const char *name, size_t n)
{
	long i;

	for (i = 0; environ && environ[i]; i++)
		if (strncmp(environ[i], name, n) == 0 && environ[i][n] == '=')
			return i;
	return -(i + 1);
}

char *getenv(const char *name)
{
	size_t n = strlen(name);
	long i = find(name, n);

	return i >= 0 ? environ[i] + n + 1 : NULL;
}

int putenv(char *s)
{
	char *eq = strchr(s, '=');
	long i, count;
	char **e;

	if (!eq || eq == s) {
		errno = EINVAL;
		return -1;
	}
	i = find(s, eq - s);
	if (i >= 0) {
		environ[i] = s;
		return 0;
	}
	count = -i - 1;
	e = realloc(owned, (count + 2) * sizeof(char *));
	if (!e)
		return -1;
	if (!owned && count)
		memcpy(e, environ, count * sizeof(char *));
	e[count] = s;
	e[count + 1] = NULL;
	environ = owned = e;
	return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t n, v;
	char *s;

	if (!name_ok(name))
		return -1;
	n = strlen(name);
	if (find(name, n) >= 0 && !overwrite)
		return 0;
	v = strlen(value);
	s = malloc(n + v + 2);
	if (!s)
		return -1;
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, v + 1);
	return putenv(s);
}

int unsetenv(const char *name)
{
	size_t n;
	long i;

	if (!name_ok(name))
		return -1;
	n = strlen(name);
	while ((i = find(name, n)) >= 0)
		do
			environ[i] = environ[i + 1];
		while (environ[i++]);
	return 0;
}

int clearenv(void)
{
	if (owned)
		owned[0] = NULL;
	environ = owned;	/* NULL until a setenv: an empty environment */
	return 0;
}
