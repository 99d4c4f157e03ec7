/* <stdio.h>: a small buffered stdio. A FILE is an fd plus one buffer; stdout is line
 * buffered (so test output survives a crash), stderr unbuffered. printf and friends
 * share one formatter (src/printf.c): %d %i %u %x %X %o %p %s %c %%, flags - 0 + space
 * #, width and precision (also `*`), length hh h l ll z j t. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define BUFSIZ	1024
#define EOF	(-1)

typedef struct __file FILE;

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vsprintf(char *buf, const char *fmt, va_list ap);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
int puts(const char *s);
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
int fflush(FILE *f);		/* NULL: every stream */
int fileno(FILE *f);
int ferror(FILE *f);

#endif
