/*
 * abi32_tests.c - the i386-only parts of the 32-bit vDSO on the host (DESIGN §6,
 * §8): __kernel_vsyscall in its boot default (the NOP slot, int $0x80) makes a
 * system call and keeps every register but eax; the signal trampolines return
 * from real handlers. Empty in the 64-bit build.
 */
#include <elf.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "hosttest.h"

#ifdef __i386__
/*
 * long call_vsyscall(void *fn, long nr, const long args[6], long after[6]):
 * ebx ecx edx esi edi ebp = args, eax = nr, call fn; after[] = those six registers
 * when it returns. Plain assembly: C cannot hand out ebx and ebp like this.
 */
long call_vsyscall(void *fn, long nr, const long *args, long *after);
asm(".text\n"
    ".globl call_vsyscall\n"
    "call_vsyscall:\n\t"
    "pushl %ebp\n\tpushl %ebx\n\tpushl %esi\n\tpushl %edi\n\t"	/* callee-saved */
    "movl 24(%esp), %eax\n\t"			/* nr */
    "movl 28(%esp), %ebp\n\t"			/* args */
    "movl 0(%ebp), %ebx\n\tmovl 4(%ebp), %ecx\n\tmovl 8(%ebp), %edx\n\t"
    "movl 12(%ebp), %esi\n\tmovl 16(%ebp), %edi\n\tmovl 20(%ebp), %ebp\n\t"
    "call *20(%esp)\n\t"			/* fn */
    "pushl %eax\n\t"
    "movl 36(%esp), %eax\n\t"			/* after */
    "movl %ebx, 0(%eax)\n\tmovl %ecx, 4(%eax)\n\tmovl %edx, 8(%eax)\n\t"
    "movl %esi, 12(%eax)\n\tmovl %edi, 16(%eax)\n\tmovl %ebp, 20(%eax)\n\t"
    "popl %eax\n\t"
    "popl %edi\n\tpopl %esi\n\tpopl %ebx\n\tpopl %ebp\n\t"
    "ret\n");

static const char *kernel_vsyscall_int80_does_getpid(void)
{
	static const long args[6] = { 0x11111111, 0x22222222, 0x33333333,
				      0x44444444, 0x55555555, 0x66666666 };
	void *fn = vdso_lookup("LINUX_2.5", "__kernel_vsyscall");
	const Elf32_Ehdr *eh = (const void *)vdso.base;
	long after[6], r;
	int i;

	if (!fn)
		return fail("no __kernel_vsyscall@LINUX_2.5");
	if ((unsigned char *)fn != vdso.base + eh->e_entry)
		return fail("e_entry %#x is not __kernel_vsyscall", eh->e_entry);
	r = call_vsyscall(fn, 20 /* __NR_getpid */, args, after);
	if (r != getpid())
		return fail("getpid through __kernel_vsyscall = %ld, want %d", r, getpid());
	for (i = 0; i < 6; i++)
		if (after[i] != args[i])
			return fail("register %d: %#lx before, %#lx after", i, args[i],
				    after[i]);
	return NULL;
}

/* The kernel's i386 sigaction structures (no glibc wrapper: it sets its own restorer). */
struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long long mask;
};
struct k_old_sigaction {
	void (*handler)(int);
	unsigned long mask;
	unsigned long flags;
	void (*restorer)(void);
};
#define K_SA_RESTORER	0x04000000
#define K_SA_SIGINFO	4

static volatile sig_atomic_t handled;
static void handler(int sig)
{
	handled = sig;
}

static long raw_syscall4(long nr, long a, long b, long c, long d)
{
	long r;

	asm volatile("int $0x80"
		     : "=a"(r)
		     : "0"(nr), "b"(a), "c"(b), "d"(c), "S"(d)
		     : "memory");
	return r;
}

/* Raise sig and check the handler ran and returned through `restorer`. */
static const char *signal_returns_through(int sig, int rt)
{
	void *restorer = vdso_lookup("LINUX_2.5", rt ? "__kernel_rt_sigreturn"
						     : "__kernel_sigreturn");
	volatile long canary = 0x5a5a5a5a;
	long r;

	if (!restorer)
		return fail("trampoline not exported");
	if (rt) {
		struct k_sigaction ka = { handler, K_SA_RESTORER | K_SA_SIGINFO,
					  restorer, 0 };

		r = raw_syscall4(174 /* rt_sigaction */, sig, (long)&ka, 0,
				 sizeof(ka.mask));
	} else {
		struct k_old_sigaction ka = { handler, 0, K_SA_RESTORER, restorer };

		r = raw_syscall4(67 /* sigaction */, sig, (long)&ka, 0, 0);
	}
	if (r)
		return fail("sigaction: %ld", r);
	handled = 0;
	kill(getpid(), sig);		/* the handler runs before kill returns */
	signal(sig, SIG_DFL);
	if (handled != sig || canary != 0x5a5a5a5a)
		return fail("handler saw %d, canary %#lx", (int)handled, canary);
	return NULL;
}

static const char *kernel_sigreturn_returns_from_handler(void)
{
	return signal_returns_through(SIGUSR1, 0);
}

static const char *kernel_rt_sigreturn_returns_from_handler(void)
{
	return signal_returns_through(SIGUSR2, 1);
}
#endif

const struct hosttest abi32_tests[] = {
#ifdef __i386__
	{ "kernel_vsyscall_int80_does_getpid", kernel_vsyscall_int80_does_getpid },
	{ "kernel_sigreturn_returns_from_handler", kernel_sigreturn_returns_from_handler },
	{ "kernel_rt_sigreturn_returns_from_handler",
	  kernel_rt_sigreturn_returns_from_handler },
#endif
	{ NULL, NULL }
};
