/* <asm/ldt.h>: struct user_desc for i386 set_thread_area (Linux's layout: entry
 * number, base, limit, then flag bits). entry_number -1 asks the kernel for a free
 * TLS slot and returns the chosen one in it. */
#ifndef _ASM_LDT_H
#define _ASM_LDT_H

struct user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit:1;
	unsigned int contents:2;
	unsigned int read_exec_only:1;
	unsigned int limit_in_pages:1;
	unsigned int seg_not_present:1;
	unsigned int useable:1;
	unsigned int lm:1;
};

#endif
