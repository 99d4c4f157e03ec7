/* malloc, free, calloc, realloc: a first-fit allocator with one address-ordered free
 * list. Small chunks come from the brk heap (sbrk), or from anonymous mmap when brk
 * cannot grow; requests of MMAP_THRESHOLD or more get their own mapping, returned
 * with munmap on free. Every chunk has a 16-byte header, payloads are 16-aligned.
 * Single-threaded, no locking. free() aborts on a pointer that is not in use. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

#define ALIGN		16
#define MMAP_THRESHOLD	(128 * 1024)
#define GROW_MIN	(64 * 1024)
#define PAGE		4096

#define C_INUSE	1	/* handed out by malloc */
#define C_MMAP	2	/* a mapping of its own */

struct chunk {
	size_t size;	/* bytes including this header, a multiple of ALIGN */
	size_t flags;
	struct chunk *next;	/* free chunks only: next free chunk by address */
} __attribute__((aligned(ALIGN)));

/* The header is always ALIGN bytes; `next` lives in the first payload bytes
 * (x86-64) or in the header's spare word (i386), only while the chunk is free. */
#define MIN_CHUNK	sizeof(struct chunk)
_Static_assert(offsetof(struct chunk, next) <= ALIGN, "chunk header layout");

static struct chunk *free_list;
static size_t in_use;

static size_t round_up(size_t n, size_t a)
{
	return (n + a - 1) & ~(a - 1);
}

static void *payload(struct chunk *c)
{
	return (char *)c + ALIGN;
}

static struct chunk *chunk_of(void *p)
{
	return (struct chunk *)((char *)p - ALIGN);
}

/* Put c on the free list in address order, merging with physical neighbours. */
static void insert_free(struct chunk *c)
{
	struct chunk **link = &free_list, *prev = NULL;

	while (*link && *link < c) {
		prev = *link;
		link = &(*link)->next;
	}
	c->flags = 0;
	c->next = *link;
	*link = c;
	if (c->next && (char *)c + c->size == (char *)c->next) {
		c->size += c->next->size;
		c->next = c->next->next;
	}
	if (prev && (char *)prev + prev->size == (char *)c) {
		prev->size += c->size;
		prev->next = c->next;
	}
}

/* Get at least `need` more bytes from the kernel onto the free list. */
static int grow(size_t need)
{
	size_t len = round_up(need > GROW_MIN ? need : GROW_MIN, PAGE);
	char *cur = sbrk(0);
	size_t pad = (cur == (char *)-1) ? 0 : (size_t)(-(uintptr_t)cur & (ALIGN - 1));
	char *p = sbrk(len + pad);
	struct chunk *c;

	if (p != (char *)-1) {
		c = (struct chunk *)(p + pad);
	} else {
		p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			 -1, 0);
		if (p == MAP_FAILED)
			return -1;
		c = (struct chunk *)p;
	}
	c->size = len;
	insert_free(c);
	return 0;
}

static void *alloc_mapped(size_t need)
{
	size_t len = round_up(need, PAGE);
	struct chunk *c = mmap(NULL, len, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (c == MAP_FAILED)
		return NULL;
	c->size = len;
	c->flags = C_INUSE | C_MMAP;
	in_use += len;
	return payload(c);
}

void *malloc(size_t n)
{
	struct chunk **link, *c;
	size_t need;

	if (n > SIZE_MAX / 2) {
		errno = ENOMEM;
		return NULL;
	}
	need = round_up(n + ALIGN, ALIGN);
	if (need < MIN_CHUNK)
		need = round_up(MIN_CHUNK, ALIGN);
	if (need >= MMAP_THRESHOLD)
		return alloc_mapped(need);
	for (;;) {
		for (link = &free_list; (c = *link); link = &c->next) {
			if (c->size < need)
				continue;
			if (c->size - need >= round_up(MIN_CHUNK, ALIGN)) {
				/* Split: the tail stays free in c's place. */
				struct chunk *rest = (struct chunk *)((char *)c + need);

				rest->size = c->size - need;
				rest->flags = 0;
				rest->next = c->next;
				*link = rest;
				c->size = need;
			} else {
				*link = c->next;
			}
			c->flags = C_INUSE;
			in_use += c->size;
			return payload(c);
		}
		if (grow(need) < 0) {
			errno = ENOMEM;
			return NULL;
		}
	}
}

void free(void *p)
{
	struct chunk *c;

	if (!p)
		return;
	c = chunk_of(p);
	if (!(c->flags & C_INUSE))
		abort();	/* double free or a pointer malloc never returned */
	in_use -= c->size;
	if (c->flags & C_MMAP)
		munmap(c, c->size);
	else
		insert_free(c);
}

void *calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

void *realloc(void *p, size_t n)
{
	size_t have;
	void *q;

	if (!p)
		return malloc(n);
	if (n == 0) {
		free(p);
		return NULL;
	}
	have = chunk_of(p)->size - ALIGN;
	if (n <= have)
		return p;
	q = malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, have);
	free(p);
	return q;
}

size_t __malloc_in_use(void)
{
	return in_use;
}
