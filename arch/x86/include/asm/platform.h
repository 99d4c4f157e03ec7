/*
 * asm/platform.h - the PC devices Trapdoor drives (arch/x86/platform/): the 16550
 * UART, the VGA text screen, the 8259 PIC, the 8254 PIT, and QEMU's two debug
 * ports: isa-debug-exit (0xf4, power off with a status) and debugcon (0xe9, the
 * test-result channel, kept apart from the console so log lines are never
 * mistaken for verdicts).
 */
#ifndef _ASM_PLATFORM_H
#define _ASM_PLATFORM_H

#include <types.h>

void uart_init(void);
void uart_putc(char c);
int uart_getc(void);		/* -1 when nothing is waiting */
void vga_init(void);

void pic_init(void);
void pic_unmask(unsigned irq);
void pic_eoi(unsigned irq);
void pit_init(void);

/* QEMU's exit status is (code << 1) | 1. */
#define QEMU_EXIT_PASS	0x10	/* status 33 */
#define QEMU_EXIT_FAIL	0x11	/* status 35 */
#define QEMU_EXIT_PANIC	0x12	/* status 37 */
void __attribute__((noreturn)) qemu_exit(u8 code);
void debugcon_write(const char *s, size_t n);

#endif
