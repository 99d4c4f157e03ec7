/* The libc host test's parts: each test file exports its table of tests, which
 * hosttest.c runs as one TAP stream. */
#ifndef HOSTTEST_H
#define HOSTTEST_H

#include "tap.h"

struct tap_suite {
	const struct tap_test *tests;
	int count;
};

extern const struct tap_suite syscall_suite, runtime_suite, stdio_suite;

#define TAP_SUITE(name, table) \
	const struct tap_suite name = { table, TAP_COUNT(table) }

#endif
