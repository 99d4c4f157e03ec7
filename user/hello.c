/*
 * user/hello.c - the smallest Trapdoor program: printf through Trapdoor's libc,
 * which ends in a write(2) system call. Built as /bin/hello and /bin/hello32;
 * run it with `make run CMDLINE="init=/bin/hello"` (or hello32).
 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	printf("hello from %s, pid %d, a %d-bit process\n", argv[0], getpid(),
	       (int)sizeof(long) * 8);
	for (int i = 1; i < argc; i++)
		printf("  argv[%d] = %s\n", i, argv[i]);
	return 0;
}
