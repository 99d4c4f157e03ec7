/* Leaving the process: exit (atexit handlers in reverse order, flush stdio, then
 * exit_group), _Exit, atexit. abort raises SIGABRT (src/signal.c). */
#include <stdlib.h>
#include <unistd.h>
#include "internal.h"

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
	if (nhandlers == ATEXIT_MAX)
		return -1;
	handlers[nhandlers++] = fn;
	return 0;
}

_Noreturn void exit(int status)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
	__stdio_flush_all();
	_exit(status);
}

_Noreturn void _Exit(int status)
{
	_exit(status);
}
