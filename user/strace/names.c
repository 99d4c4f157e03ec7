/* names.c: the symbolic names strace prints - errno values (Linux's numbers,
 * including the kernel-internal restart codes a tracer can see at an exit stop)
 * and signal numbers (x86 Linux). */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include "strace.h"

#define E(x) [x] = #x
static const char *const errnos[] = {
	E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG),
	E(ENOEXEC), E(EBADF), E(ECHILD), E(EAGAIN), E(ENOMEM), E(EACCES),
	E(EFAULT), E(ENOTBLK), E(EBUSY), E(EEXIST), E(EXDEV), E(ENODEV),
	E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE), E(ENOTTY),
	E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK),
	E(EPIPE), E(EDOM), E(ERANGE), E(EDEADLK), E(ENAMETOOLONG), E(ENOLCK),
	E(ENOSYS), E(ENOTEMPTY), E(ELOOP),
};
#undef E

/* Never returned to user space, but a tracer sees them at the exit stop of an
 * interrupted call (Linux's include/linux/errno.h). */
static const struct { int nr; const char *name, *text; } restarts[] = {
	{ 512, "ERESTARTSYS", "To be restarted if SA_RESTART is set" },
	{ 513, "ERESTARTNOINTR", "To be restarted" },
	{ 514, "ERESTARTNOHAND", "To be restarted if no handler" },
	{ 516, "ERESTART_RESTARTBLOCK", "Interrupted by signal" },
};

const char *errno_name(int e)
{
	unsigned int i;

	if (e > 0 && e < (int)(sizeof(errnos) / sizeof(errnos[0])) && errnos[e])
		return errnos[e];
	for (i = 0; i < sizeof(restarts) / sizeof(restarts[0]); i++)
		if (restarts[i].nr == e)
			return restarts[i].name;
	return NULL;
}

const char *errno_text(int e)
{
	unsigned int i;

	for (i = 0; i < sizeof(restarts) / sizeof(restarts[0]); i++)
		if (restarts[i].nr == e)
			return restarts[i].text;
	return strerror(e);
}

#define S(x) [x] = #x
static const char *const signals[] = {
	S(SIGHUP), S(SIGINT), S(SIGQUIT), S(SIGILL), S(SIGTRAP), S(SIGABRT),
	S(SIGBUS), S(SIGFPE), S(SIGKILL), S(SIGUSR1), S(SIGSEGV), S(SIGUSR2),
	S(SIGPIPE), S(SIGALRM), S(SIGTERM), S(SIGSTKFLT), S(SIGCHLD), S(SIGCONT),
	S(SIGSTOP), S(SIGTSTP), S(SIGTTIN), S(SIGTTOU), S(SIGURG), S(SIGXCPU),
	S(SIGXFSZ), S(SIGVTALRM), S(SIGPROF), S(SIGWINCH), S(SIGIO), S(SIGPWR),
	S(SIGSYS),
};
#undef S

const char *signal_name(int sig)
{
	if (sig > 0 && sig < (int)(sizeof(signals) / sizeof(signals[0])))
		return signals[sig];
	return NULL;
}
