/* <ucontext.h>: the same as <sys/ucontext.h> (no getcontext/setcontext). */
#include <sys/ucontext.h>
