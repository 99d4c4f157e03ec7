/*
 * vdso_hosttest.c - runs a Trapdoor vDSO image on the host Linux (DESIGN §8, §11):
 * maps it over a fake vvar page, checks its exports, then runs the table of tests
 * in time_tests.c and (i386) abi32_tests.c. Prints `ok - vdsoNN_name` or
 * `not ok - vdsoNN_name: what it saw`; exits 1 if any failed.
 * Usage: vdso_hosttestNN IMAGE.so | --probe
 */
#include <stdio.h>
#include <string.h>
#include "hosttest.h"

#define ABI	(sizeof(long) == 8 ? "vdso64" : "vdso32")

/* name@version: exactly these, nothing else (DESIGN §8, Linux's version scripts). */
static const char *const exports_64[] = {
	"__vdso_clock_gettime@LINUX_2.6", "__vdso_gettimeofday@LINUX_2.6",
	"__vdso_time@LINUX_2.6", "__vdso_getcpu@LINUX_2.6",
	"__vdso_clock_getres@LINUX_2.6", "clock_gettime@LINUX_2.6",
	"gettimeofday@LINUX_2.6", "time@LINUX_2.6", "getcpu@LINUX_2.6",
	"clock_getres@LINUX_2.6", NULL
};
static const char *const exports_32[] = {
	"__vdso_clock_gettime@LINUX_2.6", "__vdso_clock_gettime64@LINUX_2.6",
	"__vdso_gettimeofday@LINUX_2.6", "__vdso_time@LINUX_2.6",
	"__vdso_clock_getres@LINUX_2.6", "__vdso_getcpu@LINUX_2.6",
	"__kernel_vsyscall@LINUX_2.5", "__kernel_sigreturn@LINUX_2.5",
	"__kernel_rt_sigreturn@LINUX_2.5", NULL
};

struct export_check {
	const char *const *want;
	unsigned seen;			/* bit i: want[i] was exported */
	char unexpected[128];
};

static void check_export(const char *name, const char *version, void *arg)
{
	struct export_check *c = arg;
	char full[96];
	unsigned i;

	snprintf(full, sizeof(full), "%s@%s", name, version ? version : "(none)");
	for (i = 0; c->want[i]; i++) {
		if (!strcmp(c->want[i], full)) {
			c->seen |= 1U << i;
			return;
		}
	}
	snprintf(c->unexpected, sizeof(c->unexpected), "%s", full);
}

static const char *exports_exactly_linux_symbols(void)
{
	struct export_check c = { sizeof(long) == 8 ? exports_64 : exports_32, 0, "" };
	unsigned i;

	vdso_for_each_export(check_export, &c);
	if (c.unexpected[0])
		return fail("unexpected export %s", c.unexpected);
	for (i = 0; c.want[i]; i++)
		if (!(c.seen & (1U << i)))
			return fail("%s is not exported", c.want[i]);
	return NULL;
}

static int run(const struct hosttest *t)
{
	int failed = 0;

	for (; t->name; t++) {
		const char *msg = t->fn();

		if (msg)
			printf("not ok - %s_%s: %s\n", ABI, t->name, msg);
		else
			printf("ok - %s_%s\n", ABI, t->name);
		fflush(stdout);
		failed += msg != NULL;
	}
	return failed;
}

int main(int argc, char **argv)
{
	static const struct hosttest load_tests[] = {
		{ "exports_exactly_linux_symbols", exports_exactly_linux_symbols },
		{ NULL, NULL }
	};
	int failed;

	if (argc == 2 && !strcmp(argv[1], "--probe")) {
		puts("probe-ok");	/* this host runs our ABI */
		return 0;
	}
	if (argc != 2 || vvar_size() > 4096) {
		fprintf(stderr, "usage: %s IMAGE.so\n", argv[0]);
		return 2;
	}
	if (vdso_load(argv[1]) < 0) {
		printf("not ok - %s_image_loads: cannot map %s\n", ABI, argv[1]);
		return 1;
	}
	printf("ok - %s_image_loads\n", ABI);
	failed = run(load_tests);
	failed += run(time_tests);
	failed += run(abi32_tests);
	return failed ? 1 : 0;
}
