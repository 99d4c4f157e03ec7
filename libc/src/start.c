/* Process start-up after crt0.S: record environ and the aux vector, pick the i386
 * kernel entry (AT_SYSINFO), find the vDSO (AT_SYSINFO_EHDR), run main, exit with
 * its status. Runs before any syscall, so it must not make one before __sysinfo is
 * set. */
#include <stdlib.h>
#include <sys/auxv.h>
#include "internal.h"

char **environ;
unsigned long *__auxv;

#ifdef __i386__
extern void *__sysinfo;
#endif

_Noreturn void __libc_start_main(int (*main)(int, char **, char **), int argc,
				 char **argv, char **envp);

_Noreturn void __libc_start_main(int (*main)(int, char **, char **), int argc,
				 char **argv, char **envp)
{
	char **p = envp;

	environ = envp;
	while (*p)
		p++;
	__auxv = (unsigned long *)(p + 1);
#ifdef __i386__
	/* From here on every syscall goes through __kernel_vsyscall (SYSENTER or
	 * SYSCALL32), not int $0x80. */
	if (getauxval(AT_SYSINFO))
		__sysinfo = (void *)getauxval(AT_SYSINFO);
#endif
	__vdso_init(getauxval(AT_SYSINFO_EHDR));
	__time_init();
	exit(main(argc, argv, envp));
}
