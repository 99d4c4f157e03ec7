/* <vdso.h> (Trapdoor extension): look a function up in the vDSO the kernel mapped
 * (AT_SYSINFO_EHDR). version is "LINUX_2.6" for the time functions ("LINUX_2.5" for
 * i386's __kernel_vsyscall), or NULL for any version. NULL if there is no such
 * symbol or no vDSO. */
#ifndef _VDSO_H
#define _VDSO_H

void *__vdso_sym(const char *version, const char *name);

#endif
