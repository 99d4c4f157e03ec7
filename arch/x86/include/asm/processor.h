/*
 * asm/processor.h - control registers, CPUID, flags and the one-instruction helpers
 * (cli, sti, hlt) the rest of arch/x86 uses.
 */
#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H

#include <asm/boot.h>

#define X86_EFLAGS_CF	0x00000001
#define X86_EFLAGS_FIXED 0x00000002	/* bit 1 always reads 1 */
#define X86_EFLAGS_PF	0x00000004
#define X86_EFLAGS_AF	0x00000010
#define X86_EFLAGS_ZF	0x00000040
#define X86_EFLAGS_SF	0x00000080
#define X86_EFLAGS_TF	0x00000100
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_DF	0x00000400
#define X86_EFLAGS_OF	0x00000800
#define X86_EFLAGS_IOPL	0x00003000
#define X86_EFLAGS_NT	0x00004000
#define X86_EFLAGS_RF	0x00010000
#define X86_EFLAGS_VM	0x00020000
#define X86_EFLAGS_AC	0x00040000
#define X86_EFLAGS_ID	0x00200000

#define X86_CR4_PGE		(1 << 7)
#define X86_CR0_MP		(1 << 1)
#define X86_CR0_EM		(1 << 2)
#define X86_CR0_TS		(1 << 3)
#define X86_CR4_OSFXSR		(1 << 9)
#define X86_CR4_OSXMMEXCPT	(1 << 10)
#define X86_CR4_UMIP		(1 << 11)
#define X86_CR4_FSGSBASE	(1 << 16)
#define X86_CR4_SMEP		(1 << 20)
#define X86_CR4_SMAP		(1 << 21)

#ifndef __ASSEMBLY__
#include <types.h>

struct cpuid_regs { u32 eax, ebx, ecx, edx; };

static inline struct cpuid_regs cpuid(u32 leaf, u32 subleaf)
{
	struct cpuid_regs r;
	asm volatile("cpuid" : "=a"(r.eax), "=b"(r.ebx), "=c"(r.ecx), "=d"(r.edx)
		     : "a"(leaf), "c"(subleaf));
	return r;
}

#define DEFINE_CR(n)							\
static inline u64 read_cr##n(void)					\
{									\
	u64 v;								\
	asm volatile("mov %%cr" #n ", %0" : "=r"(v));			\
	return v;							\
}									\
static inline void write_cr##n(u64 v)					\
{									\
	asm volatile("mov %0, %%cr" #n :: "r"(v) : "memory");		\
}
DEFINE_CR(0)
DEFINE_CR(2)
DEFINE_CR(3)
DEFINE_CR(4)
#undef DEFINE_CR

static inline u64 read_flags(void)
{
	u64 f;
	asm volatile("pushfq; popq %0" : "=r"(f));
	return f;
}
static inline void local_irq_disable(void) { asm volatile("cli" ::: "memory"); }
static inline void local_irq_enable(void) { asm volatile("sti" ::: "memory"); }
static inline void halt(void) { asm volatile("hlt" ::: "memory"); }
/* sti takes effect after the next instruction, so no interrupt slips in between. */
static inline void safe_halt(void) { asm volatile("sti; hlt" ::: "memory"); }
static inline u64 rdtsc(void)
{
	u32 lo, hi;
	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}
static inline void invlpg(unsigned long va)
{
	asm volatile("invlpg (%0)" :: "r"(va) : "memory");
}
static inline u64 irq_save(void)
{
	u64 f = read_flags();
	local_irq_disable();
	return f;
}
static inline void irq_restore(u64 flags)
{
	if (flags & X86_EFLAGS_IF)
		local_irq_enable();
}
#endif

#endif
