/*
 * kernel/panic.c - stop the machine on a kernel bug, loudly. Under `panic=exit`
 * (the test harness) QEMU is powered off with the "panic" status so a crash can
 * never pass for success; otherwise the CPU halts with interrupts off.
 */
#include <panic.h>
#include <printk.h>
#include <cmdline.h>
#include <kallsyms.h>
#include <asm/processor.h>
#include <asm/platform.h>

void __noreturn halt_forever(void)
{
	local_irq_disable();
	for (;;)
		halt();
}

void __noreturn panic(const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	static bool in_panic;

	local_irq_disable();
	if (in_panic)
		halt_forever();
	in_panic = true;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	console_loglevel = 7;
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	dump_backtrace((unsigned long)__builtin_frame_address(0));
	printk(KERN_EMERG "---[ end Kernel panic ]---\n");
	if (boot_params.panic_exit)
		qemu_exit(QEMU_EXIT_PANIC);
	halt_forever();
}
