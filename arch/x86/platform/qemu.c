/*
 * arch/x86/platform/qemu.c - QEMU's debug devices, used by the test harness:
 * isa-debug-exit (port 0xf4) ends QEMU with status (code << 1) | 1, and debugcon
 * (port 0xe9) is the channel test verdicts travel on (-debugcon file:...).
 * On real hardware neither exists; qemu_exit then halts.
 */
#include <asm/io.h>
#include <asm/processor.h>
#include <asm/platform.h>

#define DEBUG_EXIT_PORT	0xf4
#define DEBUGCON_PORT	0xe9

void qemu_exit(u8 code)
{
	outl(DEBUG_EXIT_PORT, code);
	local_irq_disable();
	for (;;)
		halt();
}

void debugcon_write(const char *s, size_t n)
{
	while (n--)
		outb(DEBUGCON_PORT, *s++);
}

/* Power off through the PIIX4 ACPI PM control register (QEMU's `pc` machine has
 * it at I/O port 0x604): SLP_TYP = 0 with SLP_EN set. Falls back to halting. */
void machine_power_off(void)
{
	outw(0x604, 0x2000);
	qemu_exit(QEMU_EXIT_PASS);
}
