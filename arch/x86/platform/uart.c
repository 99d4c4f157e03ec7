/*
 * arch/x86/platform/uart.c - COM1, a 16550 UART at 0x3f8: the system console.
 * 115200 baud, 8N1, FIFOs on. Output polls the transmit-holding-register-empty bit.
 */
#include <printk.h>
#include <asm/io.h>
#include <asm/platform.h>

#define COM1		0x3f8
#define UART_DATA	0	/* with DLAB=1: divisor low */
#define UART_IER	1	/* with DLAB=1: divisor high */
#define UART_FCR	2
#define UART_LCR	3
#define UART_MCR	4
#define UART_LSR	5
#define LSR_DATA_READY	0x01
#define LSR_THR_EMPTY	0x20

void uart_putc(char c)
{
	for (int spin = 0; spin < 100000; spin++)
		if (inb(COM1 + UART_LSR) & LSR_THR_EMPTY)
			break;
	outb(COM1 + UART_DATA, c);
}

int uart_getc(void)
{
	if (!(inb(COM1 + UART_LSR) & LSR_DATA_READY))
		return -1;
	return inb(COM1 + UART_DATA);
}

static void uart_write(const char *s, size_t n)
{
	for (; n; n--, s++) {
		if (*s == '\n')
			uart_putc('\r');
		uart_putc(*s);
	}
}

static struct console uart_console = { .name = "ttyS0", .write = uart_write };

void uart_init(void)
{
	outb(COM1 + UART_IER, 0x00);	/* no interrupts yet */
	outb(COM1 + UART_LCR, 0x80);	/* DLAB: program the divisor */
	outb(COM1 + UART_DATA, 1);	/* 115200 / 1 */
	outb(COM1 + UART_IER, 0);
	outb(COM1 + UART_LCR, 0x03);	/* 8 bits, no parity, one stop bit */
	outb(COM1 + UART_FCR, 0xc7);	/* FIFOs on and cleared, 14-byte threshold */
	outb(COM1 + UART_MCR, 0x0b);	/* DTR, RTS, OUT2 (IRQ line enabled) */
	register_console(&uart_console);
}
