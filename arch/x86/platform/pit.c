/*
 * arch/x86/platform/pit.c - the 8254 timer, channel 0, periodic at HZ: the tick
 * that counts jiffies (and later drives the scheduler and the vDSO's clock data).
 * The TSC, calibrated here against the PIT, measures time between ticks (kernel/time.c).
 */
#include <time.h>
#include <printk.h>
#include <asm/io.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <asm/platform.h>

#define PIT_FREQ	1193182
#define PIT_CH0		0x40
#define PIT_CMD		0x43

volatile u64 jiffies;
u64 tsc_khz;			/* calibrated in pit_init() */

static void pit_interrupt(struct pt_regs *regs)
{
	(void)regs;
	jiffies++;
	timer_tick();
}

/* Count TSC ticks across 10 ms of PIT channel 2 (gated, no interrupt needed). */
static u64 calibrate_tsc_khz(void)
{
	u16 count = PIT_FREQ / 100;

	outb(0x61, (inb(0x61) & ~0x02) | 0x01);	/* gate ch2 on, speaker off */
	outb(PIT_CMD, 0xb0);			/* ch2, lo/hi, mode 0 */
	outb(0x42, count & 0xff);
	outb(0x42, count >> 8);
	u64 start = rdtsc();
	while (!(inb(0x61) & 0x20))		/* OUT2 goes high at terminal count */
		;
	return (rdtsc() - start) / 10;
}

void pit_init(void)
{
	u16 divisor = PIT_FREQ / HZ;

	tsc_khz = calibrate_tsc_khz();
	outb(PIT_CMD, 0x34);		/* channel 0, lo/hi byte, mode 2 (rate generator) */
	outb(PIT_CH0, divisor & 0xff);
	outb(PIT_CH0, divisor >> 8);
	install_irq_handler(0, pit_interrupt);
	pic_unmask(0);
	pr_info("timer: PIT at %d Hz, TSC %lu.%03lu MHz\n", HZ,
		(unsigned long)(tsc_khz / 1000), (unsigned long)(tsc_khz % 1000));
}
