/* The lecture's _syscall0 .. _syscall6 macros, shared by both arch headers: each
 * expands to a function `type name(args)` that makes system call __NR_name through
 * the arch's __syscallN (the asm is in libc/arch/<arch>/syscall_arch.h) and returns
 * through __syscall_return. Example: _syscall3(ssize_t, write, int, fd,
 * const void *, buf, size_t, count). Include <sys/syscall.h>, not this file. */
#ifndef _BITS_SYSCALL_MACROS_H
#define _BITS_SYSCALL_MACROS_H

#define _syscall0(type, name)						\
type name(void)								\
{									\
	long __res = __syscall0(__NR_##name);				\
	__syscall_return(type, __res);					\
}

#define _syscall1(type, name, t1, a1)					\
type name(t1 a1)							\
{									\
	long __res = __syscall1(__NR_##name, (long)(a1));		\
	__syscall_return(type, __res);					\
}

#define _syscall2(type, name, t1, a1, t2, a2)				\
type name(t1 a1, t2 a2)							\
{									\
	long __res = __syscall2(__NR_##name, (long)(a1), (long)(a2));	\
	__syscall_return(type, __res);					\
}

#define _syscall3(type, name, t1, a1, t2, a2, t3, a3)			\
type name(t1 a1, t2 a2, t3 a3)						\
{									\
	long __res = __syscall3(__NR_##name, (long)(a1), (long)(a2),	\
				(long)(a3));				\
	__syscall_return(type, __res);					\
}

#define _syscall4(type, name, t1, a1, t2, a2, t3, a3, t4, a4)		\
type name(t1 a1, t2 a2, t3 a3, t4 a4)					\
{									\
	long __res = __syscall4(__NR_##name, (long)(a1), (long)(a2),	\
				(long)(a3), (long)(a4));		\
	__syscall_return(type, __res);					\
}

#define _syscall5(type, name, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)	\
type name(t1 a1, t2 a2, t3 a3, t4 a4, t5 a5)				\
{									\
	long __res = __syscall5(__NR_##name, (long)(a1), (long)(a2),	\
				(long)(a3), (long)(a4), (long)(a5));	\
	__syscall_return(type, __res);					\
}

#define _syscall6(type, name, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5,	\
		  t6, a6)						\
type name(t1 a1, t2 a2, t3 a3, t4 a4, t5 a5, t6 a6)			\
{									\
	long __res = __syscall6(__NR_##name, (long)(a1), (long)(a2),	\
				(long)(a3), (long)(a4), (long)(a5),	\
				(long)(a6));				\
	__syscall_return(type, __res);					\
}

#endif
