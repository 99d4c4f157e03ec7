/*
 * arch/x86/entry/syscall_32.c - the i386 system-call table, used by int $0x80,
 * SYSENTER and SYSCALL32 alike; from syscalls/syscall_32.tbl. Where the .tbl has a
 * compat column (32-bit structures differ), the compat entry is used.
 */
#include <syscalls.h>

#define __SYSCALL(nr, sym) long __ia32_##sym(const struct pt_regs *);
#define __SYSCALL_WITH_COMPAT(nr, native, compat) long __ia32_##compat(const struct pt_regs *);
#include <generated/syscalls_32.h>
#undef __SYSCALL
#undef __SYSCALL_WITH_COMPAT

#define __SYSCALL(nr, sym) [nr] = __ia32_##sym,
#define __SYSCALL_WITH_COMPAT(nr, native, compat) [nr] = __ia32_##compat,
const sys_call_ptr_t ia32_sys_call_table[] = {
#include <generated/syscalls_32.h>
};
#undef __SYSCALL
#undef __SYSCALL_WITH_COMPAT

const unsigned int nr_syscalls_32 = ARRAY_SIZE(ia32_sys_call_table);
