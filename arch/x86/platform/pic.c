/*
 * arch/x86/platform/pic.c - the two cascaded 8259 PICs. They power up sending IRQ0
 * to vector 8, where the first timer tick would look like a double fault; remap
 * them to vectors 0x20-0x2f and mask every line until a driver asks for it.
 */
#include <asm/io.h>
#include <asm/traps.h>
#include <asm/platform.h>

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1
#define PIC_EOI		0x20

static u16 irq_mask = 0xffff & ~(1 << 2);	/* all masked but the cascade (IRQ2) */

static void pic_write_mask(void)
{
	outb(PIC1_DATA, irq_mask & 0xff);
	outb(PIC2_DATA, irq_mask >> 8);
}

void pic_init(void)
{
	outb(PIC1_CMD, 0x11);		/* ICW1: initialise, ICW4 follows */
	io_delay();
	outb(PIC2_CMD, 0x11);
	io_delay();
	outb(PIC1_DATA, IRQ0_VECTOR);	/* ICW2: master's vector base */
	io_delay();
	outb(PIC2_DATA, IRQ0_VECTOR + 8); /* ICW2: slave's vector base */
	io_delay();
	outb(PIC1_DATA, 1 << 2);	/* ICW3: slave on master's line 2 */
	io_delay();
	outb(PIC2_DATA, 2);		/* ICW3: slave's cascade identity */
	io_delay();
	outb(PIC1_DATA, 0x01);		/* ICW4: 8086 mode */
	io_delay();
	outb(PIC2_DATA, 0x01);
	io_delay();
	pic_write_mask();
}

void pic_unmask(unsigned irq)
{
	irq_mask &= ~(1u << irq);
	pic_write_mask();
}

void pic_eoi(unsigned irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, PIC_EOI);
	outb(PIC1_CMD, PIC_EOI);
}
