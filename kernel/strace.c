/*
 * kernel/strace.c - the kernel-side system-call log (`strace` on the command line):
 * one line per call, decoded from the SYSCALL_DEFINEn metadata, e.g.
 *	[pid 3] write(fd=1, buf=0x401000, count=6) = 6
 * Tasks get TIF_SYSCALL_TRACE when they start; the entry and exit hooks in
 * arch/x86/entry/common.c call these (lecture: the PT_TRACESYS check).
 */
#include <syscalls.h>
#include <sched.h>
#include <printk.h>
#include <string.h>
#include <cmdline.h>

extern const struct syscall_metadata __syscall_meta_start[], __syscall_meta_end[];

const struct syscall_metadata *syscall_metadata_of(sys_call_ptr_t fn)
{
	for (const struct syscall_metadata *m = __syscall_meta_start; m < __syscall_meta_end; m++)
		if (fn && (m->x64 == fn || m->ia32 == fn))
			return m;
	return NULL;
}

static sys_call_ptr_t table_entry(unsigned long nr, bool compat)
{
	if (compat)
		return nr < nr_syscalls_32 ? ia32_sys_call_table[nr] : NULL;
	return nr < nr_syscalls_64 ? sys_call_table[nr] : NULL;
}

static unsigned long arg(const struct pt_regs *r, int i, bool compat)
{
	static const unsigned short x64[6] = { 112, 104, 96, 56, 72, 64 };	/* di si dx r10 r8 r9 */
	static const unsigned short ia32[6] = { 40, 88, 96, 104, 112, 32 };	/* bx cx dx si di bp */
	unsigned long v = *(const unsigned long *)((const char *)r + (compat ? ia32 : x64)[i]);

	return compat ? (u32)v : v;
}

void ptrace_report_syscall(struct pt_regs *regs, bool entry);
static void log_enter(struct pt_regs *regs, bool compat);

/* The entry hook (TIF_SYSCALL_TRACE): the log line, then a tracer's stop. */
void syscall_trace_enter(struct pt_regs *regs, bool compat)
{
	if (boot_params.strace)
		log_enter(regs, compat);
	ptrace_report_syscall(regs, true);
}

static void log_enter(struct pt_regs *regs, bool compat)
{
	const struct syscall_metadata *m = syscall_metadata_of(table_entry(regs->orig_ax, compat));
	char line[256];
	int n = snprintf(line, sizeof(line), "[pid %d%s] ", current->pid, compat ? " i386" : "");

	if (!m) {
		snprintf(line + n, sizeof(line) - n, "syscall_%ld(...)", (long)(int)regs->orig_ax);
	} else {
		const char *name = m->name + (m->name[0] == '_' ? 1 : 0);
		n += snprintf(line + n, sizeof(line) - n, "%s(", name);
		for (int i = 0; i < m->nargs && n < (int)sizeof(line); i++) {
			bool ptr = strchr(m->types[i], '*') != NULL;
			n += snprintf(line + n, sizeof(line) - n, ptr ? "%s%s=0x%lx" : "%s%s=%ld",
				      i ? ", " : "", m->args[i], arg(regs, i, compat));
		}
		snprintf(line + n, sizeof(line) - n, ")");
	}
	printk(KERN_INFO "%s", line);
}

void syscall_trace_exit(struct pt_regs *regs, bool compat)
{
	(void)compat;
	if (boot_params.strace)
		printk(KERN_CONT " = %ld\n", (long)regs->ax);
	ptrace_report_syscall(regs, false);
}
