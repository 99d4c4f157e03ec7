/*
 * kernel/mm/frame.c - the physical frame allocator: one bit per 4 KiB page of
 * RAM (set = in use). Everything starts in use; frame_init() frees what GRUB's
 * memory map calls available RAM, then takes back the first MiB, the kernel image,
 * GRUB's boot information and the modules - before anything is allocated.
 * Allocation scans from the lowest address: low frames are reachable through the
 * boot page tables, which only map the first GiB.
 */
#include <mm.h>
#include <string.h>
#include <printk.h>
#include <panic.h>
#include <asm/multiboot2.h>

#define MAX_PHYS	(4ULL << 30)		/* 4 GiB: more RAM is not used */
#define MAX_FRAMES	(MAX_PHYS / PAGE_SIZE)

static u64 bitmap[MAX_FRAMES / 64];
static size_t nr_frames, nr_free, search_hint;
/* Extra owners of each frame (0: one owner). Copy-on-write shares user frames
 * between processes; the last put_frame() frees it. */
static u8 *frame_refs;
extern char __kernel_end[];

static bool frame_used(size_t i) { return bitmap[i / 64] & (1ULL << (i % 64)); }
static void set_used(size_t i) { bitmap[i / 64] |= 1ULL << (i % 64); }
static void set_free(size_t i) { bitmap[i / 64] &= ~(1ULL << (i % 64)); }

void reserve_range(phys_addr_t start, phys_addr_t end)
{
	for (size_t i = start / PAGE_SIZE; i < ALIGN_UP(end, PAGE_SIZE) / PAGE_SIZE &&
	     i < MAX_FRAMES; i++)
		if (!frame_used(i)) {
			set_used(i);
			nr_free--;
		}
}

void release_range(phys_addr_t start, phys_addr_t end)
{
	for (size_t i = ALIGN_UP(start, PAGE_SIZE) / PAGE_SIZE;
	     i < end / PAGE_SIZE && i < MAX_FRAMES; i++)
		if (frame_used(i)) {
			set_free(i);
			nr_free++;
		}
	search_hint = 0;
}

void frame_init(void)
{
	struct boot_info *b = &boot_info;

	memset(bitmap, 0xff, sizeof(bitmap));
	for (int r = 0; r < b->nr_regions; r++) {
		u64 end = MIN(b->ram[r].end, MAX_PHYS);
		if (end > nr_frames * PAGE_SIZE)
			nr_frames = end / PAGE_SIZE;
		release_range(b->ram[r].start, end);
	}
	reserve_range(0, 0x100000);		/* real-mode IVT, BIOS data, VGA, ROMs */
	reserve_range(0x100000, virt_to_phys(__kernel_end));
	reserve_range(b->mbi_start, b->mbi_end);
	for (int m = 0; m < b->nr_modules; m++)
		reserve_range(b->modules[m].start, b->modules[m].end);
	phys_addr_t refs = alloc_frames(ALIGN_UP(nr_frames, PAGE_SIZE) / PAGE_SIZE);
	BUG_ON(!refs);
	frame_refs = phys_to_virt(refs);
	pr_info("mm: %lu MiB RAM, %lu frames free\n",
		(unsigned long)(b->ram_bytes >> 20), (unsigned long)nr_free);
}

phys_addr_t alloc_frames(size_t count)
{
	size_t run = 0;

	for (size_t i = search_hint; i < nr_frames; i++) {
		run = frame_used(i) ? 0 : run + 1;
		if (run < count)
			continue;
		size_t first = i + 1 - count;
		for (size_t j = first; j <= i; j++)
			set_used(j);
		nr_free -= count;
		if (count == 1)
			search_hint = i + 1;
		memset(phys_to_virt(first * PAGE_SIZE), 0, count * PAGE_SIZE);
		return first * PAGE_SIZE;
	}
	if (search_hint) {		/* wrap around once */
		search_hint = 0;
		return alloc_frames(count);
	}
	return 0;
}

phys_addr_t alloc_frame(void)
{
	return alloc_frames(1);
}

void free_frames(phys_addr_t first, size_t count)
{
	for (size_t i = first / PAGE_SIZE; count--; i++) {
		BUG_ON(i >= nr_frames || !frame_used(i));
		set_free(i);
		nr_free++;
		if (i < search_hint)
			search_hint = i;
	}
}

void free_frame(phys_addr_t frame)
{
	free_frames(frame, 1);
}

size_t frames_free(void)
{
	return nr_free;
}

size_t frames_total(void)
{
	return nr_frames;
}

/* Take one more reference to a frame; false if it cannot be shared any more
 * (255 owners): the caller copies instead. */
bool get_frame(phys_addr_t frame)
{
	u8 *r = &frame_refs[frame / PAGE_SIZE];

	if (*r == 255)
		return false;
	(*r)++;
	return true;
}

/* Drop a reference; the last one frees the frame. */
void put_frame(phys_addr_t frame)
{
	u8 *r = &frame_refs[frame / PAGE_SIZE];

	if (*r)
		(*r)--;
	else
		free_frame(frame);
}

bool frame_shared(phys_addr_t frame)
{
	return frame_refs[frame / PAGE_SIZE] != 0;
}
