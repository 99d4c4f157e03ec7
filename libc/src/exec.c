/* execve and the exec family: execv/execvp/execvpe with the PATH search (as POSIX
 * says: skip entries that give ENOENT/EACCES/ENOTDIR, run a found text file as a
 * script through /bin/sh on ENOEXEC), execl/execlp/execle building argv on the
 * stack. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

#define DEFAULT_PATH	"/bin:/sbin:/usr/bin:/usr/sbin"
#define MAX_ARGS	256

_syscall3(int, execve, const char *, path, char *const *, argv, char *const *, envp)

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/* A file without an ELF header: run it as `/bin/sh file args...`. */
static void exec_script(const char *file, char *const argv[], char *const envp[])
{
	char *nargv[MAX_ARGS + 2];
	int n = 0;

	nargv[0] = "sh";
	nargv[1] = (char *)file;
	while (argv[0] && argv[n + 1] && n < MAX_ARGS - 1) {
		nargv[n + 2] = argv[n + 1];
		n++;
	}
	nargv[n + 2] = NULL;
	execve("/bin/sh", nargv, envp);
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	const char *path = getenv("PATH"), *p, *end;
	char buf[PATH_MAX];
	int saw_eacces = 0;
	size_t flen = strlen(file), dlen;

	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/')) {
		execve(file, argv, envp);
		if (errno == ENOEXEC)
			exec_script(file, argv, envp);
		return -1;
	}
	if (!path)
		path = DEFAULT_PATH;
	for (p = path; ; p = end + 1) {
		end = strchr(p, ':');
		if (!end)
			end = p + strlen(p);
		dlen = end - p;
		if (dlen + flen + 2 <= sizeof(buf)) {
			memcpy(buf, p, dlen);		/* "" means the cwd */
			buf[dlen] = '/';
			memcpy(buf + dlen + 1, file, flen + 1);
			execve(dlen ? buf : file, argv, envp);
			if (errno == ENOEXEC) {
				exec_script(dlen ? buf : file, argv, envp);
				return -1;
			}
			if (errno == EACCES)
				saw_eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR)
				return -1;
		}
		if (!*end)
			break;
	}
	errno = saw_eacces ? EACCES : ENOENT;
	return -1;
}

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}

/* Collect execl's variadic list, up to the NULL, into argv. */
#define COLLECT_ARGS(argv, arg0, ap, last)				\
	do {								\
		int n_ = 0;						\
		(argv)[n_++] = (char *)(arg0);				\
		while (n_ < MAX_ARGS &&					\
		       ((argv)[n_] = va_arg(ap, char *)) != NULL)	\
			n_++;						\
		(argv)[n_ < MAX_ARGS ? n_ : MAX_ARGS] = NULL;		\
		last;							\
	} while (0)

int execl(const char *path, const char *arg0, ...)
{
	char *argv[MAX_ARGS + 1];
	va_list ap;

	va_start(ap, arg0);
	COLLECT_ARGS(argv, arg0, ap, (void)0);
	va_end(ap);
	return execve(path, argv, environ);
}

int execlp(const char *file, const char *arg0, ...)
{
	char *argv[MAX_ARGS + 1];
	va_list ap;

	va_start(ap, arg0);
	COLLECT_ARGS(argv, arg0, ap, (void)0);
	va_end(ap);
	return execvp(file, argv);
}

int execle(const char *path, const char *arg0, ...)
{
	char *argv[MAX_ARGS + 1];
	char **envp;
	va_list ap;

	va_start(ap, arg0);
	COLLECT_ARGS(argv, arg0, ap, envp = va_arg(ap, char **));
	va_end(ap);
	return execve(path, argv, envp);
}
