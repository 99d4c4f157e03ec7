/*
 * vgetcpu.c - getcpu() without entering the kernel (DESIGN §8). The kernel keeps
 * `cpu | node << 12` in the *limit* of GDT entry 15 (asm/segment.h), a descriptor
 * ring 3 may inspect: `lsl` reads a limit without touching memory.
 */
#include "vdso_arch.h"
#include <asm/segment.h>

long __vdso_getcpu(unsigned int *cpu, unsigned int *node, void *unused)
{
	u32 p;
	bool ok;

	/* lsl sets ZF only if the selector is valid and visible at CPL 3. */
	asm("lsl %[seg], %[p]"
	    : [p] "=r"(p), "=@ccz"(ok)
	    : [seg] "r"((u32)__CPUNODE_SEG));
	if (unlikely(!ok))		/* no CPUNODE descriptor: ask the kernel */
		return vdso_syscall3(__NR_vdso_getcpu, (long)cpu, (long)node,
				     (long)unused);
	if (cpu)
		*cpu = p & 0xfff;
	if (node)
		*node = p >> 12;
	return 0;
}

#ifdef __x86_64__
long getcpu(unsigned int *cpu, unsigned int *node, void *unused)
	__attribute__((weak, alias("__vdso_getcpu")));
#endif
