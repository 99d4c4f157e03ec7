/* <stdlib.h>: malloc family (src/malloc.c: brk arena with an mmap fallback), process
 * exit (src/exit.c, abort in src/signal.c), number parsing (src/stdlib.c), qsort
 * (src/qsort.c), the environment (src/env.c). */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1

void *malloc(size_t size);
void free(void *p);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t size);

_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*fn)(void));

int atoi(const char *s);
long atol(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *));

char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *s);
int clearenv(void);
int abs(int x);
long labs(long x);

/* Trapdoor extension: bytes handed out by malloc and not yet freed (leak checks). */
size_t __malloc_in_use(void);

#endif
