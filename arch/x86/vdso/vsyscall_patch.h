/*
 * vsyscall_patch.h - the slot in __kernel_vsyscall (vdso32/system_call.S) that
 * vdso_init() fills at boot, and the three things it can hold (DESIGN §8). Shared by
 * the assembler (the default bytes) and the kernel (the patches), so they agree.
 */
#ifndef _VSYSCALL_PATCH_H
#define _VSYSCALL_PATCH_H

#define VSYSCALL_PATCH_SIZE	4

/* nopl 0(%eax): one 4-byte NOP, so the int $0x80 path pays one instruction. */
#define VSYSCALL_PATCH_INT80	0x0f, 0x1f, 0x40, 0x00
/* movl %esp,%ebp (SYSENTER forgets esp: the kernel finds the stack in ebp); sysenter */
#define VSYSCALL_PATCH_SYSENTER	0x89, 0xe5, 0x0f, 0x34
/* movl %ecx,%ebp (SYSCALL overwrites ecx: the kernel takes arg 2 from ebp); syscall */
#define VSYSCALL_PATCH_SYSCALL	0x89, 0xcd, 0x0f, 0x05

#endif
