/*
 * panic.h - the end of the road for a kernel bug. panic() prints its message and a
 * backtrace; with `panic=exit` on the command line it powers QEMU off with a failure
 * status (the test harness reads it), otherwise it halts the CPU.
 */
#ifndef _PANIC_H
#define _PANIC_H

#include <compiler.h>

void panic(const char *fmt, ...) __noreturn __printf(1, 2);

#define BUG_ON(cond) do {						\
	if (unlikely(cond))						\
		panic("BUG_ON(%s) at %s:%d", #cond, __FILE__, __LINE__);\
} while (0)

#endif
