/*
 * asm/multiboot2.h - what GRUB tells us (multiboot2 spec, section 3.6): we read the
 * command line, the memory map and the modules (the initramfs).
 */
#ifndef _ASM_MULTIBOOT2_H
#define _ASM_MULTIBOOT2_H

#include <types.h>

#define MB2_BOOTLOADER_MAGIC	0x36d76289
#define MB2_TAG_END		0
#define MB2_TAG_CMDLINE		1
#define MB2_TAG_BOOTLOADER	2
#define MB2_TAG_MODULE		3
#define MB2_TAG_MMAP		6
#define MB2_MEMORY_AVAILABLE	1

#define MAX_MEM_REGIONS		32
#define MAX_MODULES		4

struct mem_region { u64 start, end; };
struct boot_module { u64 start, end; const char *name; };

struct boot_info {
	const char *cmdline;
	const char *bootloader;
	phys_addr_t mbi_start, mbi_end;
	int nr_regions, nr_modules;
	struct mem_region ram[MAX_MEM_REGIONS];	/* available RAM, as GRUB reports */
	struct boot_module modules[MAX_MODULES];
	u64 ram_bytes;
};

extern struct boot_info boot_info;
/* Returns 0, or a negative value when magic or structure is wrong. */
int multiboot2_parse(u32 magic, phys_addr_t mbi);

#endif
