/*
 * arch/x86/platform/vga.c - a mirror of the console on the VGA text screen
 * (80x25 at physical 0xb8000), for `make run GRAPHIC=1`. Scrolls, no colours.
 */
#include <printk.h>
#include <string.h>
#include <mm.h>
#include <asm/platform.h>

#define VGA_COLS	80
#define VGA_ROWS	25
#define VGA_ATTR	0x0700	/* light grey on black */

static u16 *screen;
static int row, col;

static void vga_newline(void)
{
	col = 0;
	if (++row < VGA_ROWS)
		return;
	memmove(screen, screen + VGA_COLS, (VGA_ROWS - 1) * VGA_COLS * 2);
	for (int i = 0; i < VGA_COLS; i++)
		screen[(VGA_ROWS - 1) * VGA_COLS + i] = VGA_ATTR | ' ';
	row = VGA_ROWS - 1;
}

static void vga_write(const char *s, size_t n)
{
	for (; n; n--, s++) {
		if (*s == '\n') {
			vga_newline();
			continue;
		}
		if (*s == '\r' || *s == '\001')
			continue;
		screen[row * VGA_COLS + col] = VGA_ATTR | (u8)*s;
		if (++col == VGA_COLS)
			vga_newline();
	}
}

static struct console vga_console = { .name = "vga", .write = vga_write };

void vga_init(void)
{
	screen = phys_to_virt(0xb8000);
	for (int i = 0; i < VGA_ROWS * VGA_COLS; i++)
		screen[i] = VGA_ATTR | ' ';
	register_console(&vga_console);
}
