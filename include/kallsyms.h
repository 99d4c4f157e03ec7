/*
 * kallsyms.h - the kernel's own symbol table (embedded at link time by
 * scripts/kallsyms.py) and the frame-pointer backtrace that uses it.
 */
#ifndef _KALLSYMS_H
#define _KALLSYMS_H

#include <types.h>

/* Name of the function containing addr and the offset into it, or NULL. */
const char *kallsyms_lookup(unsigned long addr, unsigned long *offset);
unsigned long kallsyms_address(const char *name);
/* Print "  [<addr>] func+0x12" for ip, then walk the rbp chain from bp. */
void dump_backtrace_from(unsigned long ip, unsigned long bp);
void dump_backtrace(unsigned long bp);

#endif
