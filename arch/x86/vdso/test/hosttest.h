/*
 * hosttest.h - shared bits of the vDSO host test (vdso.mk: vdso-hosttest): the
 * loaded image, symbol lookup, the fake vvar page and TAP-style reporting. The
 * image runs on this Linux host, whose system calls are the ones Trapdoor copies.
 */
#ifndef _VDSO_HOSTTEST_H
#define _VDSO_HOSTTEST_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <sys/time.h>
#include "vvar_writer.h"

struct vdso {
	unsigned char *vvar;	/* the fake vvar page, right below base */
	unsigned char *base;	/* the image, mapped R+X */
	size_t size;
};
extern struct vdso vdso;

/* Map `path` like the kernel does: one vvar page, then the image. */
int vdso_load(const char *path);
/* Address of name@version (version NULL: any), NULL if absent. */
void *vdso_lookup(const char *version, const char *name);
/* Call fn(name, version) for every exported (defined, global/weak) symbol. */
void vdso_for_each_export(void (*fn)(const char *name, const char *version, void *arg),
			  void *arg);

/* Open/close a vvar update; the page is read-only to the vDSO between updates. */
void vvar_begin(void);
void vvar_end(void);

/* Instructions executed inside the image by one call of fn (ptrace single-step),
 * fn being a `int (*)(int, void *)` called as fn(a, b); -1 on error. */
long count_image_insns(void *fn, int a, void *b);

uint64_t rdtsc(void);
int64_t ts_ns(const struct timespec *ts);

/* Reporting: a test returns NULL on success, or a message saying what it saw. */
typedef const char *(*test_fn)(void);
struct hosttest {
	const char *name;
	test_fn fn;
};
extern const struct hosttest time_tests[], abi32_tests[];
const char *fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
