/*
 * printk.h - the kernel log. Messages carry a Linux-style level prefix
 * (KERN_ERR "..."); the console shows those at or below `loglevel=` (default 6,
 * `quiet` = 4). Test verdicts never go through printk: see ktest.h.
 */
#ifndef _PRINTK_H
#define _PRINTK_H

#include <stdarg.h>
#include <compiler.h>
#include <types.h>

#define KERN_EMERG	"\0010"
#define KERN_ALERT	"\0011"
#define KERN_CRIT	"\0012"
#define KERN_ERR	"\0013"
#define KERN_WARNING	"\0014"
#define KERN_NOTICE	"\0015"
#define KERN_INFO	"\0016"
#define KERN_DEBUG	"\0017"
#define KERN_CONT	"\001c"

int printk(const char *fmt, ...) __printf(1, 2);
int vprintk(const char *fmt, va_list ap);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

#define pr_err(...)	printk(KERN_ERR __VA_ARGS__)
#define pr_warn(...)	printk(KERN_WARNING __VA_ARGS__)
#define pr_info(...)	printk(KERN_INFO __VA_ARGS__)
#define pr_debug(...)	printk(KERN_DEBUG __VA_ARGS__)

extern int console_loglevel;

/* A console is a place printk's text goes: the 16550 UART, the VGA mirror. */
struct console {
	const char *name;
	void (*write)(const char *s, size_t n);
	struct console *next;
};
void register_console(struct console *con);
/* Write straight to every console, no level, no timestamp (oops, panic). */
void console_write(const char *s, size_t n);

#endif
