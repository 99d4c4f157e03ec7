/*
 * arch/x86/mm/uaccess.c - copies between kernel and user memory. One faultable
 * instruction, `rep movsb`: if it faults, the exception table sends us to the fixup
 * with rcx = the bytes still to copy, which is what we return.
 */
#include <uaccess.h>
#include <string.h>

bool smap_enabled;

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
