/*
 * uaccess.h - the only way the kernel touches user memory (DESIGN §4). Each helper
 * checks the address range (all of it below TASK_SIZE_MAX), opens SMAP for the
 * copy alone (stac/clac), and has an exception-table entry: a fault - unmapped,
 * read-only, a straddled page - returns -EFAULT instead of an oops.
 */
#ifndef _UACCESS_H
#define _UACCESS_H

#include <types.h>
#include <errno.h>
#include <syscalls.h>
#include <asm/page.h>
#include <asm/extable.h>

extern bool smap_enabled;

/*
 * stac/clac are 3-byte instructions that #UD on CPUs without SMAP. Each site is
 * assembled as a 3-byte NOP and listed in .smap_sites; smap_patch() rewrites them
 * into stac/clac at boot when SMAP is on (a tiny version of Linux's alternatives).
 */
#define SMAP_SITE(label)						\
	"661:	.byte 0x0f, 0x1f, 0x00\n"	/* nopl (%rax): 3 bytes */	\
	"	.pushsection .smap_sites, \"a\"\n"				\
	"	.balign 8\n"							\
	"	.quad 661b\n"							\
	"	.byte " label "\n"						\
	"	.popsection\n"
#define SMAP_STAC	0xcb	/* 0f 01 cb: stac */
#define SMAP_CLAC	0xca	/* 0f 01 ca: clac */
void smap_patch(void);

static inline bool access_ok(const void __user *ptr, size_t size)
{
	unsigned long a = (unsigned long)ptr;

	return a <= TASK_SIZE_MAX && size <= TASK_SIZE_MAX - a;
}

/* AC = 1: the kernel may touch user pages (with SMAP on). */
static inline void stac(void)
{
	asm volatile(SMAP_SITE("0xcb") ::: "memory");
}

/* AC = 0: SMAP guards user pages again. */
static inline void clac(void)
{
	asm volatile(SMAP_SITE("0xca") ::: "memory");
}

/* Both return the number of bytes NOT copied (0 = success), as in Linux. */
size_t copy_from_user(void *dst, const void __user *src, size_t n);
size_t copy_to_user(void __user *dst, const void *src, size_t n);
/* Copy a NUL-terminated string of at most count bytes (with the NUL): its length,
 * -EFAULT, or count if it did not fit (dst then not terminated). */
long strncpy_from_user(char *dst, const char __user *src, long count);

/* One aligned-size value, with a single faultable move. 0 or -EFAULT. */
#define __get_user_asm(x, ptr, err, itype)				\
	asm volatile("1:	mov" itype " (%[p]), %[v]\n"		\
		     "2:\n"						\
		     "	.pushsection .text.fixup, \"ax\"\n"		\
		     "3:	mov %[ef], %[e]\n"			\
		     "	xor %k[v], %k[v]\n"				\
		     "	jmp 2b\n"					\
		     "	.popsection\n"					\
		     _ASM_EXTABLE(1b, 3b)				\
		     : [e] "+r"(err), [v] "=r"(x)			\
		     : [p] "r"(ptr), [ef] "i"(-EFAULT))

#define __put_user_asm(x, ptr, err, itype)				\
	asm volatile("1:	mov" itype " %[v], (%[p])\n"		\
		     "2:\n"						\
		     "	.pushsection .text.fixup, \"ax\"\n"		\
		     "3:	mov %[ef], %[e]\n"			\
		     "	jmp 2b\n"					\
		     "	.popsection\n"					\
		     _ASM_EXTABLE(1b, 3b)				\
		     : [e] "+r"(err)					\
		     : [v] "r"(x), [p] "r"(ptr), [ef] "i"(-EFAULT)	\
		     : "memory")

/* __get_user: for a caller that already knows the range is a user one. */
#define __get_user(x, ptr) ({						\
	long __err = 0;							\
	__typeof__(((void)0, *(ptr))) __val = 0; /* (void)0, : drops const */\
	stac();								\
	__get_user_asm(*(u32 *)&__val, ptr, __err, "l");		\
	_Static_assert(sizeof(*(ptr)) == 4, "__get_user: 4 bytes only");\
	clac();								\
	(x) = __val;							\
	__err;								\
})

#define get_user(x, ptr) ({						\
	long __err = 0;							\
	__typeof__(((void)0, *(ptr))) __val = 0; /* (void)0, : drops const */\
	if (!access_ok(ptr, sizeof(*(ptr)))) {				\
		__err = -EFAULT;					\
	} else {							\
		stac();							\
		if (sizeof(*(ptr)) == 8)				\
			__get_user_asm(*(u64 *)&__val, ptr, __err, "q");\
		else if (sizeof(*(ptr)) == 4)				\
			__get_user_asm(*(u32 *)&__val, ptr, __err, "l");\
		else							\
			__err = copy_from_user((void *)&__val, ptr, sizeof(__val)) ? -EFAULT : 0; \
		clac();							\
	}								\
	(x) = __val;							\
	__err;								\
})

#define put_user(x, ptr) ({						\
	long __err = 0;							\
	__typeof__(*(ptr)) __val = (x);					\
	if (!access_ok(ptr, sizeof(*(ptr)))) {				\
		__err = -EFAULT;					\
	} else {							\
		stac();							\
		if (sizeof(*(ptr)) == 8)				\
			__put_user_asm(*(u64 *)&__val, ptr, __err, "q");\
		else if (sizeof(*(ptr)) == 4)				\
			__put_user_asm(*(u32 *)&__val, ptr, __err, "l");\
		else							\
			__err = copy_to_user(ptr, &__val, sizeof(__val)) ? -EFAULT : 0; \
		clac();							\
	}								\
	__err;								\
})

#endif
