/*
 * syscalls.h - SYSCALL_DEFINEn: a system call is written once, as
 *
 *	SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf, size_t, count)
 *	{ ... }
 *
 * and this header turns it into (lecture: "sign-extension protection", the
 * CVE-2009-0029 lesson):
 *  - __do_sys_write(unsigned int fd, const char *buf, size_t count): the body;
 *  - __x64_sys_write(const struct pt_regs *): the 64-bit table entry, taking the
 *    arguments from rdi, rsi, rdx, r10, r8, r9;
 *  - __ia32_sys_write(const struct pt_regs *): the i386 table entry, taking them from
 *    ebx, ecx, edx, esi, edi, ebp, zero-extended (sign-extended if declared long);
 *  - a metadata record (name, argument types and names) for the strace log.
 * Each wrapper casts every register to the declared type, so whatever garbage sits
 * in the upper bits of a register cannot reach the body. The table entries take only
 * a pt_regs pointer: registers the call does not use never flow into C.
 * COMPAT_SYSCALL_DEFINEn defines only __ia32_compat_sys_<name>, for i386 calls whose
 * structures differ from the 64-bit ones (32-bit time_t, timespec, iovec...).
 */
#ifndef _SYSCALLS_H
#define _SYSCALLS_H

#include <types.h>
#include <compiler.h>
#include <asm/ptrace.h>

#define __user		/* marks a user-space pointer: only uaccess may touch it */

typedef long (*sys_call_ptr_t)(const struct pt_regs *);

struct syscall_metadata {
	const char *name;
	int nargs;
	const char *types[6];
	const char *args[6];
	sys_call_ptr_t x64, ia32;	/* the table entries this record describes */
};

/* Apply m(index, type, name) to each (type, name) pair; the index is a constant
 * expression (0, 0+1, ...) naming the argument's position. */
#define __MAP1(m, i, t, a)	m(i, t, a)
#define __MAP2(m, i, t, a, ...)	m(i, t, a), __MAP1(m, i+1, __VA_ARGS__)
#define __MAP3(m, i, t, a, ...)	m(i, t, a), __MAP2(m, i+1, __VA_ARGS__)
#define __MAP4(m, i, t, a, ...)	m(i, t, a), __MAP3(m, i+1, __VA_ARGS__)
#define __MAP5(m, i, t, a, ...)	m(i, t, a), __MAP4(m, i+1, __VA_ARGS__)
#define __MAP6(m, i, t, a, ...)	m(i, t, a), __MAP5(m, i+1, __VA_ARGS__)
#define __MAP(n, m, ...)	__MAP##n(m, 0, __VA_ARGS__)

#define __SC_DECL(i, t, a)	t a
#define __SC_TYPE_STR(i, t, a)	#t
#define __SC_NAME_STR(i, t, a)	#a

/* The x86-64 convention: rdi, rsi, rdx, r10 (rcx is taken by SYSCALL), r8, r9. */
static inline unsigned long __x64_arg(const struct pt_regs *r, int i)
{
	switch (i) {
	case 0: return r->di;
	case 1: return r->si;
	case 2: return r->dx;
	case 3: return r->r10;
	case 4: return r->r8;
	default: return r->r9;
	}
}

/* The i386 convention: ebx, ecx, edx, esi, edi, ebp - 32 bits each. */
static inline long __ia32_arg(const struct pt_regs *r, int i, bool is_signed_long)
{
	static const unsigned short off[6] = {
		__builtin_offsetof(struct pt_regs, bx), __builtin_offsetof(struct pt_regs, cx),
		__builtin_offsetof(struct pt_regs, dx), __builtin_offsetof(struct pt_regs, si),
		__builtin_offsetof(struct pt_regs, di), __builtin_offsetof(struct pt_regs, bp),
	};
	u32 v = *(const u32 *)((const char *)r + off[i]);

	return is_signed_long ? (long)(s32)v : (long)v;
}

#define __SC_IS_LONG(t) \
	(__builtin_types_compatible_p(t, long) || __builtin_types_compatible_p(t, ssize_t))
#define __SC_X64(i, t, a)	(t)__x64_arg(regs, i)
#define __SC_IA32(i, t, a)	(t)__ia32_arg(regs, i, __SC_IS_LONG(t))

#define SYSCALL_METADATA(sname, n, types, args)				\
	static const struct syscall_metadata __meta_##sname		\
		__section("__syscalls_metadata") __used __aligned(8) =	\
		{ #sname, n, types, args, __x64_sys##sname, __ia32_sys##sname };

#define __SYSCALL_DEFINEx(n, sname, ...)				\
	long __x64_sys##sname(const struct pt_regs *regs);		\
	long __ia32_sys##sname(const struct pt_regs *regs);		\
	static long __do_sys##sname(__MAP(n, __SC_DECL, __VA_ARGS__));	\
	long __x64_sys##sname(const struct pt_regs *regs)		\
	{								\
		return __do_sys##sname(__MAP(n, __SC_X64, __VA_ARGS__));\
	}								\
	long __ia32_sys##sname(const struct pt_regs *regs)		\
	{								\
		return __do_sys##sname(__MAP(n, __SC_IA32, __VA_ARGS__));\
	}								\
	SYSCALL_METADATA(sname, n, { __MAP(n, __SC_TYPE_STR, __VA_ARGS__) },	\
			 { __MAP(n, __SC_NAME_STR, __VA_ARGS__) })	\
	static long __do_sys##sname(__MAP(n, __SC_DECL, __VA_ARGS__))

#define SYSCALL_DEFINE0(sname)						\
	long __x64_sys_##sname(const struct pt_regs *regs);		\
	long __ia32_sys_##sname(const struct pt_regs *regs);		\
	static long __do_sys_##sname(void);				\
	long __x64_sys_##sname(const struct pt_regs *regs)		\
	{								\
		(void)regs;						\
		return __do_sys_##sname();				\
	}								\
	long __ia32_sys_##sname(const struct pt_regs *regs)		\
		__attribute__((alias("__x64_sys_" #sname)));		\
	SYSCALL_METADATA(_##sname, 0, { NULL }, { NULL })		\
	static long __do_sys_##sname(void)

#define SYSCALL_DEFINE1(name, ...) __SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...) __SYSCALL_DEFINEx(2, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...) __SYSCALL_DEFINEx(3, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...) __SYSCALL_DEFINEx(4, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...) __SYSCALL_DEFINEx(5, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...) __SYSCALL_DEFINEx(6, _##name, __VA_ARGS__)

#define COMPAT_SYSCALL_METADATA(sname, n, types, args)			\
	static const struct syscall_metadata __meta_compat##sname	\
		__section("__syscalls_metadata") __used __aligned(8) =	\
		{ "compat" #sname, n, types, args, NULL, __ia32_compat_sys##sname };

#define __COMPAT_SYSCALL_DEFINEx(n, sname, ...)				\
	long __ia32_compat_sys##sname(const struct pt_regs *regs);	\
	static long __do_compat_sys##sname(__MAP(n, __SC_DECL, __VA_ARGS__)); \
	long __ia32_compat_sys##sname(const struct pt_regs *regs)	\
	{								\
		return __do_compat_sys##sname(__MAP(n, __SC_IA32, __VA_ARGS__)); \
	}								\
	COMPAT_SYSCALL_METADATA(sname, n, { __MAP(n, __SC_TYPE_STR, __VA_ARGS__) }, \
				{ __MAP(n, __SC_NAME_STR, __VA_ARGS__) })	\
	static long __do_compat_sys##sname(__MAP(n, __SC_DECL, __VA_ARGS__))

#define COMPAT_SYSCALL_DEFINE1(name, ...) __COMPAT_SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE2(name, ...) __COMPAT_SYSCALL_DEFINEx(2, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE3(name, ...) __COMPAT_SYSCALL_DEFINEx(3, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE4(name, ...) __COMPAT_SYSCALL_DEFINEx(4, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE5(name, ...) __COMPAT_SYSCALL_DEFINEx(5, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE6(name, ...) __COMPAT_SYSCALL_DEFINEx(6, _##name, __VA_ARGS__)

/* The two tables (arch/x86/entry/syscall_64.c, syscall_32.c) and their sizes. */
extern const sys_call_ptr_t sys_call_table[];
extern const sys_call_ptr_t ia32_sys_call_table[];
extern const unsigned int nr_syscalls_64, nr_syscalls_32;

/* The strace log (kernel/strace.c): describe table entry fn for a log line. */
const struct syscall_metadata *syscall_metadata_of(sys_call_ptr_t fn);

#endif
