/* ptrace(): the one system call behind every tracer (user/strace). The kernel's
 * PEEK requests store the word at *data and return 0; this wrapper hands the kernel
 * a local word instead and returns it, as glibc does, so a PEEK can only signal an
 * error through errno (set to 0 on success: a read word may well be -1). */
#include <errno.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include "internal.h"

/* Linux's layout (asm/ptrace-abi.h: ORIG_RAX = 15, ORIG_EAX = 11 words in). */
#ifdef __x86_64__
_Static_assert(sizeof(struct user_regs_struct) == 27 * 8, "user_regs_struct");
_Static_assert(offsetof(struct user_regs_struct, orig_rax) == 15 * 8, "orig_rax");
#else
_Static_assert(sizeof(struct user_regs_struct) == 17 * 4, "user_regs_struct");
_Static_assert(offsetof(struct user_regs_struct, orig_eax) == 11 * 4, "orig_eax");
#endif

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
