/*
 * linux/auxvec.h - the aux vector's keys (linux/auxvec.h and asm/auxvec.h
 * numbers).
 * Shared by the kernel and Trapdoor's libc: one definition of the ABI (Linux's
 * uapi values), so the two sides can never disagree.
 */
#ifndef _UAPI_LINUX_AUXVEC_H
#define _UAPI_LINUX_AUXVEC_H

#define AT_NULL		0
#define AT_IGNORE	1
#define AT_EXECFD	2
#define AT_PHDR		3	/* program headers of the executable */
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_BASE		7	/* interpreter base (0 for static programs) */
#define AT_FLAGS	8
#define AT_ENTRY	9
#define AT_NOTELF	10
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15
#define AT_HWCAP	16
#define AT_CLKTCK	17
#define AT_SECURE	23
#define AT_BASE_PLATFORM 24
#define AT_RANDOM	25	/* 16 random bytes */
#define AT_HWCAP2	26
#define AT_EXECFN	31
#define AT_SYSINFO	32	/* i386: address of __kernel_vsyscall */
#define AT_SYSINFO_EHDR	33	/* address of the vDSO's ELF header */
#define AT_MINSIGSTKSZ	51

#endif
