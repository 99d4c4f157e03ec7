/* libc-internal interfaces shared between src/ files; never installed, never
 * included by programs. */
#ifndef _LIBC_INTERNAL_H
#define _LIBC_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* The aux vector: pairs of words after envp's NULL, ending with AT_NULL. */
extern unsigned long *__auxv;

/* Raw kernel result -> C convention (-4095..-1 become errno and -1). */
long __syscall_ret(unsigned long r);

/* vDSO: parse the image at `base` (AT_SYSINFO_EHDR), then resolve symbols. */
void __vdso_init(uintptr_t base);
void *__vdso_sym(const char *version, const char *name);
void __time_init(void);

/* stdio: flush every stream (exit path). */
void __stdio_flush_all(void);

/* The formatter behind every printf: calls put(ctx, s, n) for each piece of output,
 * returns the number of characters produced. */
int __format(void (*put)(void *ctx, const char *s, size_t n), void *ctx,
	     const char *fmt, va_list ap);

#endif
