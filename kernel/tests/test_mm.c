/*
 * kernel/tests/test_mm.c - the frame allocator and kmalloc: what is allocated is
 * usable and distinct, and everything freed comes back (no leak).
 */
#include <ktest.h>
#include <mm.h>
#include <string.h>

KTEST(frame_alloc_free_no_leak)
{
	size_t before = frames_free();
	phys_addr_t f[64];

	for (int i = 0; i < 64; i++) {
		f[i] = alloc_frame();
		KEXPECT_TRUE(f[i] != 0);
		KEXPECT_EQ(f[i] & ~PAGE_MASK, 0);
		*(u64 *)phys_to_virt(f[i]) = i;		/* usable through the direct map */
	}
	KEXPECT_EQ(frames_free(), before - 64);
	for (int i = 0; i < 64; i++) {
		KEXPECT_EQ(*(u64 *)phys_to_virt(f[i]), i);	/* and distinct */
		free_frame(f[i]);
	}
	KEXPECT_EQ(frames_free(), before);
	return 0;
}

KTEST(frame_alloc_is_zeroed_and_contiguous)
{
	size_t before = frames_free();
	phys_addr_t f = alloc_frames(8);

	KEXPECT_TRUE(f != 0);
	u8 *p = phys_to_virt(f);
	for (size_t i = 0; i < 8 * PAGE_SIZE; i++)
		if (p[i])
			KEXPECT_EQ(p[i], 0);
	memset(p, 0xa5, 8 * PAGE_SIZE);
	free_frames(f, 8);
	KEXPECT_EQ(frames_free(), before);
	return 0;
}

KTEST(kernel_image_and_modules_are_reserved)
{
	extern char __text_start[];
	size_t before = frames_free();
	phys_addr_t f = alloc_frame();

	/* The allocator must never hand out the first MiB or the kernel itself. */
	KEXPECT_TRUE(f >= 0x100000);
	KEXPECT_TRUE(f < virt_to_phys(__text_start) || f >= virt_to_phys(__text_start) + 0x1000 * 16);
	free_frame(f);
	KEXPECT_EQ(frames_free(), before);
	return 0;
}

KTEST(kmalloc_every_size_no_leak)
{
	static void *p[200];
	size_t before = frames_free();

	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < 200; i++) {
			size_t size = 1 + (i * 37) % 5000;
			p[i] = kmalloc(size);
			KEXPECT_TRUE(p[i] != NULL);
			memset(p[i], i, size);
		}
		for (int i = 0; i < 200; i++) {
			size_t size = 1 + (i * 37) % 5000;
			KEXPECT_EQ(((u8 *)p[i])[size - 1], (u8)i);	/* no overlap */
			kfree(p[i]);
		}
	}
	KEXPECT_EQ(frames_free(), before);
	return 0;
}

KTEST(kzalloc_returns_zeroed_memory)
{
	for (int i = 0; i < 16; i++) {
		u8 *p = kmalloc(128);
		memset(p, 0xff, 128);
		kfree(p);
	}
	u8 *z = kzalloc(128);
	KEXPECT_TRUE(z != NULL);
	for (int i = 0; i < 128; i++)
		KEXPECT_EQ(z[i], 0);
	kfree(z);
	return 0;
}
