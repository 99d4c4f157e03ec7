/*
 * arch/x86/entry/syscall_64.c - the x86-64 system-call table (lecture: "the
 * syscall table"), expanded from the list scripts/syscalltbl.py generated from
 * syscalls/syscall_64.tbl. Gaps are sys_ni_syscall: -ENOSYS.
 */
#include <syscalls.h>
#include <errno.h>

SYSCALL_DEFINE0(ni_syscall)
{
	return -ENOSYS;
}

/* Declare every entry, then list them in number order. */
#define __SYSCALL(nr, sym) long __x64_##sym(const struct pt_regs *);
#include <generated/syscalls_64.h>
#undef __SYSCALL

#define __SYSCALL(nr, sym) [nr] = __x64_##sym,
const sys_call_ptr_t sys_call_table[] = {
#include <generated/syscalls_64.h>
};
#undef __SYSCALL

const unsigned int nr_syscalls_64 = ARRAY_SIZE(sys_call_table);
