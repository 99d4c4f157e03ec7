/*
 * arch/x86/kernel/multiboot2.c - read GRUB's boot information: a list of 8-byte
 * aligned tags. We copy out what we need (command line, RAM map, modules) into
 * boot_info, so the rest of the kernel never parses tags.
 */
#include <string.h>
#include <mm.h>
#include <asm/multiboot2.h>

struct boot_info boot_info;

struct mb2_tag { u32 type, size; };
struct mb2_mmap_entry { u64 addr, len; u32 type, reserved; };
struct mb2_tag_mmap { u32 type, size, entry_size, entry_version; };
struct mb2_tag_module { u32 type, size, mod_start, mod_end; char name[]; };

static void add_ram(u64 start, u64 len)
{
	struct boot_info *b = &boot_info;

	if (b->nr_regions == MAX_MEM_REGIONS || !len)
		return;
	b->ram[b->nr_regions].start = start;
	b->ram[b->nr_regions].end = start + len;
	b->nr_regions++;
	b->ram_bytes += len;
}

static void parse_mmap(const struct mb2_tag_mmap *t)
{
	const u8 *p = (const u8 *)(t + 1), *end = (const u8 *)t + t->size;

	for (; p + t->entry_size <= end; p += t->entry_size) {
		const struct mb2_mmap_entry *e = (const void *)p;
		if (e->type == MB2_MEMORY_AVAILABLE)
			add_ram(e->addr, e->len);
	}
}

int multiboot2_parse(u32 magic, phys_addr_t mbi)
{
	struct boot_info *b = &boot_info;

	if (magic != MB2_BOOTLOADER_MAGIC)
		return -1;
	const u8 *base = phys_to_virt(mbi);
	u32 total = *(const u32 *)base;
	b->mbi_start = mbi;
	b->mbi_end = mbi + total;
	b->cmdline = "";
	for (const u8 *p = base + 8; p < base + total;
	     p += ALIGN_UP(((const struct mb2_tag *)p)->size, 8)) {
		const struct mb2_tag *tag = (const void *)p;
		if (tag->type == MB2_TAG_END)
			break;
		if (tag->size < 8)
			return -2;
		switch (tag->type) {
		case MB2_TAG_CMDLINE:
			b->cmdline = (const char *)(tag + 1);
			break;
		case MB2_TAG_BOOTLOADER:
			b->bootloader = (const char *)(tag + 1);
			break;
		case MB2_TAG_MMAP:
			parse_mmap((const void *)tag);
			break;
		case MB2_TAG_MODULE: {
			const struct mb2_tag_module *m = (const void *)tag;
			if (b->nr_modules < MAX_MODULES) {
				struct boot_module *bm = &b->modules[b->nr_modules++];
				bm->start = m->mod_start;
				bm->end = m->mod_end;
				bm->name = m->name;
			}
			break;
		}
		}
	}
	return b->nr_regions ? 0 : -3;
}
