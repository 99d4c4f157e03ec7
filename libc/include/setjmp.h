/* <setjmp.h>: setjmp/longjmp save and restore the callee-saved registers, the stack
 * pointer and the return address (libc/arch/<arch>/setjmp.S). sigsetjmp also saves
 * the signal mask when asked, so a handler can siglongjmp out of a fault. */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <signal.h>

/* x86-64: rbx rbp r12 r13 r14 r15 rsp rip; i386: ebx esi edi ebp esp eip. */
typedef struct {
	unsigned long __regs[8];
	int __mask_saved;
	sigset_t __mask;
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);
int _setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void _longjmp(jmp_buf env, int val);
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
_Noreturn void siglongjmp(sigjmp_buf env, int val);

#endif
