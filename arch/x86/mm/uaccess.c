/*
 * arch/x86/mm/uaccess.c - copies between kernel and user memory. One faultable
 * instruction, `rep movsb`: if it faults, the exception table sends us to the fixup
 * with rcx = the bytes still to copy, which is what we return.
 */
#include <uaccess.h>
#include <string.h>
#include <mm.h>

bool smap_enabled;

struct smap_site {
	u64 addr;
	u8 insn;	/* the third byte of stac (0xcb) or clac (0xca) */
} __attribute__((packed, aligned(8)));

/* Turn every stac/clac site from a NOP into the real instruction. The text is
 * mapped read-only: write through the direct map's alias of the same frame. */
void smap_patch(void)
{
	extern const struct smap_site __smap_sites_start[], __smap_sites_end[];

	for (const struct smap_site *s = __smap_sites_start; s < __smap_sites_end; s++) {
		u8 *p = phys_to_virt(virt_to_phys((void *)s->addr));
		p[0] = 0x0f;
		p[1] = 0x01;
		p[2] = s->insn;
	}
	asm volatile("cpuid" ::: "eax", "ebx", "ecx", "edx", "memory");	/* serialize */
	smap_enabled = true;
}

static size_t copy_user_generic(void *dst, const void *src, size_t n)
{
	stac();
	asm volatile("1:	rep movsb\n"
		     "2:\n"
		     _ASM_EXTABLE(1b, 2b)	/* on a fault: stop, rcx = bytes left */
		     : "+D"(dst), "+S"(src), "+c"(n) :: "memory");
	clac();
	return n;
}

size_t copy_from_user(void *dst, const void __user *src, size_t n)
{
	if (!access_ok(src, n)) {
		memset(dst, 0, n);
		return n;
	}
	size_t left = copy_user_generic(dst, (const void *)src, n);
	if (left)	/* never leave kernel garbage in what the caller reads */
		memset((char *)dst + (n - left), 0, left);
	return left;
}

size_t copy_to_user(void __user *dst, const void *src, size_t n)
{
	if (!access_ok(dst, n))
		return n;
	return copy_user_generic((void *)dst, src, n);
}

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long i;

	for (i = 0; i < count; i++) {
		char c;
		if (!access_ok(src + i, 1) || copy_user_generic(&c, src + i, 1))
			return -EFAULT;
		dst[i] = c;
		if (!c)
			return i;
	}
	return count;
}
