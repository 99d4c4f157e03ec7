/*
 * asm/percpu.h - the per-CPU area, reached through the GS base while in the kernel
 * (swapgs exchanges it with the user's on every entry and exit). Its first words
 * are read by the entry assembly at the fixed offsets of asm/entry.h.
 * Convention the paranoid entry relies on: the kernel's GS base is a kernel-half
 * (negative) address; a user GS base never is (arch_prctl refuses kernel addresses).
 */
#ifndef _ASM_PERCPU_H
#define _ASM_PERCPU_H

#include <types.h>
#include <asm/entry.h>
#include <asm/desc.h>
#include <asm/segment.h>

struct task;

struct percpu {
	struct percpu *self;
	unsigned long user_rsp_scratch;
	unsigned long top_of_stack;
	struct task *cur_task;		/* "current" */
	int cpu;
	u64 gdt[GDT_ENTRIES] __aligned(8);
	struct tss64 tss __aligned(16);
	unsigned long ist_top[IST_COUNT + 1];	/* [IST_DF..IST_MC] */
	unsigned long ist_bottom[IST_COUNT + 1];
};

_Static_assert(__builtin_offsetof(struct percpu, self) == PERCPU_SELF, "self");
_Static_assert(__builtin_offsetof(struct percpu, user_rsp_scratch) == PERCPU_USER_RSP, "rsp");
_Static_assert(__builtin_offsetof(struct percpu, top_of_stack) == PERCPU_TOP_OF_STACK, "top");
_Static_assert(__builtin_offsetof(struct percpu, cur_task) == PERCPU_CURRENT, "current");

static inline struct percpu *this_cpu(void)
{
	struct percpu *p;
	asm volatile("movq %%gs:%c1, %0" : "=r"(p) : "i"(PERCPU_SELF));
	return p;
}

void cpu_init_tables(void);
extern struct percpu boot_cpu;

#endif
