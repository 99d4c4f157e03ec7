/* The libc host test: Trapdoor's libc, static, run directly on the Linux host (same
 * syscall ABI), so the libc is proven before the kernel can run anything. Built for
 * x86-64 and i386 by `make libc-hosttest`. `--probe` only says it can run at all
 * (used to skip the i386 run on hosts without ia32 emulation). */
#include <stdio.h>
#include <string.h>
#include "hosttest.h"

int main(int argc, char **argv)
{
	static const struct tap_suite *const suites[] = {
		&syscall_suite, &runtime_suite, &stdio_suite,
	};
	struct tap_test all[128];
	unsigned int i;
	int j, n = 0;

	if (argc > 1 && strcmp(argv[1], "--probe") == 0) {
		puts("probe-ok");
		return 0;
	}
	for (i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
		for (j = 0; j < suites[i]->count && n < TAP_COUNT(all); j++)
			all[n++] = suites[i]->tests[j];
	return tap_run(all, n);
}
