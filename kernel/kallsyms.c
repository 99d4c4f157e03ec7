/*
 * kernel/kallsyms.c - name an address from the symbol table embedded by the second
 * link (scripts/kallsyms.py), and walk frame pointers for backtraces. Each frame
 * is [saved rbp][return address]; the walk stops at rbp = 0 (set at boot and on
 * entry from user mode) or at an address that is not readable kernel memory.
 */
#include <kallsyms.h>
#include <printk.h>
#include <string.h>
#include <asm/page.h>

extern const u64 kallsyms_num;
extern const u64 kallsyms_addresses[];
extern const char *const kallsyms_names[];
extern char __text_start[], __text_end[];

const char *kallsyms_lookup(unsigned long addr, unsigned long *offset)
{
	long lo = 0, hi = (long)kallsyms_num - 1;

	if (addr < (unsigned long)__text_start || addr >= (unsigned long)__text_end || hi < 0)
		return NULL;
	while (lo < hi) {		/* the last symbol at or below addr */
		long mid = (lo + hi + 1) / 2;
		if (kallsyms_addresses[mid] <= addr)
			lo = mid;
		else
			hi = mid - 1;
	}
	if (kallsyms_addresses[lo] > addr)
		return NULL;
	*offset = addr - kallsyms_addresses[lo];
	return kallsyms_names[lo];
}

unsigned long kallsyms_address(const char *name)
{
	for (u64 i = 0; i < kallsyms_num; i++)
		if (!strcmp(kallsyms_names[i], name))
			return kallsyms_addresses[i];
	return 0;
}

bool kernel_address_readable(unsigned long va);

void dump_backtrace_from(unsigned long ip, unsigned long bp)
{
	unsigned long off;
	const char *last = NULL;
	int repeats = 0;

	for (int depth = 0; depth < 48; depth++) {
		const char *name = kallsyms_lookup(ip, &off);
		if (name && name == last && ++repeats > 3) {
			if (repeats == 4)
				printk(KERN_EMERG " ... (%s repeats)\n", name);
		} else {
			if (name != last)
				repeats = 0;
			if (name)
				printk(KERN_EMERG " [<%016lx>] %s+0x%lx\n", ip, name, off);
			else
				printk(KERN_EMERG " [<%016lx>] ?\n", ip);
		}
		last = name;
		if (!bp || (bp & 7) || !kernel_address_readable(bp) ||
		    !kernel_address_readable(bp + 8))
			break;
		ip = ((unsigned long *)bp)[1];
		bp = ((unsigned long *)bp)[0];
		if (!ip)
			break;
	}
}

void dump_backtrace(unsigned long bp)
{
	unsigned long *frame = (unsigned long *)bp;

	dump_backtrace_from(frame[1], frame[0]);
}
