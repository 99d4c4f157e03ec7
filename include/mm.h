/*
 * mm.h - physical memory: the frame allocator (kernel/mm/frame.c) and the direct
 * map through which the kernel reaches every byte of RAM (PAGE_OFFSET + phys).
 */
#ifndef _MM_H
#define _MM_H

#include <types.h>
#include <compiler.h>
#include <asm/boot.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	4096UL
#define PAGE_MASK	(~(PAGE_SIZE - 1))

static inline void *phys_to_virt(phys_addr_t p)
{
	return (void *)(p + PAGE_OFFSET);
}

/* Works for direct-map and kernel-image addresses (not for vmapped stacks). */
static inline phys_addr_t virt_to_phys(const void *v)
{
	unsigned long a = (unsigned long)v;

	return a >= KERNEL_VMA ? a - KERNEL_VMA : a - PAGE_OFFSET;
}

void frame_init(void);
/* A zeroed physical page, or 0 when memory is exhausted. */
phys_addr_t alloc_frame(void);
void free_frame(phys_addr_t frame);
/* `count` physically contiguous zeroed pages, or 0. */
phys_addr_t alloc_frames(size_t count);
void free_frames(phys_addr_t first, size_t count);
size_t frames_free(void);
size_t frames_total(void);
/* Mark [start, end) as not allocatable (boot modules, firmware, the kernel). */
void reserve_range(phys_addr_t start, phys_addr_t end);
void release_range(phys_addr_t start, phys_addr_t end);

/* Shared frames (copy-on-write): one more owner / one fewer / more than one? */
bool get_frame(phys_addr_t frame);
void put_frame(phys_addr_t frame);
bool frame_shared(phys_addr_t frame);

void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(void *p);

#endif
