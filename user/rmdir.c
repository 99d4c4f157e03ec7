/* user/rmdir.c - rmdir DIR...: removes empty directories. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i, rc = 0;

	for (i = 1; i < argc; i++)
		if (rmdir(argv[i]) < 0) {
			fprintf(stderr, "rmdir: failed to remove '%s': %s\n", argv[i],
				strerror(errno));
			rc = 1;
		}
	return rc;
}
