/* getauxval(): look a type up in the aux vector start-up recorded. */
#include <errno.h>
#include <sys/auxv.h>
#include "internal.h"

unsigned long getauxval(unsigned long type)
{
	unsigned long *a;

	for (a = __auxv; a && a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	errno = ENOENT;
	return 0;
}
