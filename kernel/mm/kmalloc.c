/*
 * kernel/mm/kmalloc.c - kmalloc/kfree. Small objects (up to 2 KiB) come from
 * power-of-two size classes carved out of whole pages ("slabs"); larger ones get
 * contiguous frames. Every allocation's page begins with a header, so kfree finds
 * it by rounding the pointer down to its page: no lookup table needed.
 */
#include <mm.h>
#include <string.h>
#include <panic.h>
#include <asm/processor.h>

#define SLAB_MAGIC	0x51ab51ab
#define LARGE_MAGIC	0x1a12e000
#define MIN_SHIFT	5		/* 32-byte objects ... */
#define MAX_SHIFT	11		/* ... up to 2048 */
#define NR_CLASSES	(MAX_SHIFT - MIN_SHIFT + 1)

struct page_header {
	u32 magic;
	u32 objects_in_use;	/* slab: live objects; large: page count */
	size_t size;		/* slab: object size */
	void *free;		/* slab: free list of objects in this page */
	struct page_header *next; /* slab: next page of the same class with room */
};

/* Objects start after the header, at an offset that keeps them size-aligned. */
#define SLAB_FIRST(sz)	ALIGN_UP(sizeof(struct page_header), (sz))

static struct page_header *partial[NR_CLASSES];

static int size_class(size_t size)
{
	int c = 0;

	while ((1UL << (c + MIN_SHIFT)) < size)
		c++;
	return c;
}

static struct page_header *new_slab(int c)
{
	size_t size = 1UL << (c + MIN_SHIFT);
	phys_addr_t frame = alloc_frame();

	if (!frame)
		return NULL;
	struct page_header *h = phys_to_virt(frame);
	h->magic = SLAB_MAGIC;
	h->size = size;
	char *obj = (char *)h + SLAB_FIRST(size);
	for (; obj + size <= (char *)h + PAGE_SIZE; obj += size) {
		*(void **)obj = h->free;
		h->free = obj;
	}
	return h;
}

static void *large_alloc(size_t size)
{
	size_t pages = ALIGN_UP(size + sizeof(struct page_header), PAGE_SIZE) / PAGE_SIZE;
	phys_addr_t first = alloc_frames(pages);

	if (!first)
		return NULL;
	struct page_header *h = phys_to_virt(first);
	h->magic = LARGE_MAGIC;
	h->objects_in_use = pages;
	return h + 1;
}

void *kmalloc(size_t size)
{
	if (!size)
		size = 1;
	if (size > (1UL << MAX_SHIFT))
		return large_alloc(size);

	u64 flags = irq_save();
	int c = size_class(size);
	struct page_header *h = partial[c];
	if (!h)
		h = partial[c] = new_slab(c);
	void *obj = NULL;
	if (h) {
		obj = h->free;
		h->free = *(void **)obj;
		h->objects_in_use++;
		if (!h->free)
			partial[c] = h->next;	/* full: off the list */
	}
	irq_restore(flags);
	return obj;
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

static void slab_free(struct page_header *h, void *p)
{
	int c = size_class(h->size);
	bool was_full = !h->free;

	*(void **)p = h->free;
	h->free = p;
	if (--h->objects_in_use == 0) {
		/* empty: unlink it (it is on the list unless it was full) and free it */
		struct page_header **pp = &partial[c];
		while (*pp && *pp != h)
			pp = &(*pp)->next;
		if (*pp)
			*pp = h->next;
		h->magic = 0;
		free_frame(virt_to_phys(h));
	} else if (was_full) {
		h->next = partial[c];
		partial[c] = h;
	}
}

void kfree(void *p)
{
	if (!p)
		return;
	struct page_header *h = (void *)((unsigned long)p & PAGE_MASK);
	u64 flags = irq_save();
	if (h->magic == SLAB_MAGIC) {
		slab_free(h, p);
	} else if (h->magic == LARGE_MAGIC && p == (void *)(h + 1)) {
		h->magic = 0;
		free_frames(virt_to_phys(h), h->objects_in_use);
	} else {
		panic("kfree: %p was not allocated by kmalloc", p);
	}
	irq_restore(flags);
}
