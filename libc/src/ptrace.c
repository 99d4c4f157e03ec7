/* ptrace(): the one system call behind every tracer (user/strace). The kernel's
 * PEEK requests store the word at *data and return 0; this wrapper hands the kernel
 * a local word instead and returns it, as glibc does, so a PEEK can only signal an
 * error through errno (set to 0 on success: a read word may well be -1). */
#include <errno.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include "internal.h"

long ptrace(int request, pid_t pid, void *addr, void *data)
{
	int peek = request == PTRACE_PEEKTEXT || request == PTRACE_PEEKDATA ||
		   request == PTRACE_PEEKUSER;
	long word;
	long r;

	r = __syscall4(__NR_ptrace, request, pid, (long)addr,
		       peek ? (long)&word : (long)data);
	if ((unsigned long)r >= (unsigned long)-4095) {
		errno = -r;
		return -1;
	}
	if (peek) {
		errno = 0;
		return word;
	}
	return r;
}
