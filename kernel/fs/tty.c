/*
 * kernel/fs/tty.c - the serial console as a file (fds 0, 1, 2 of init) and the
 * test channel. Output goes to COM1 with "\n" -> "\r\n". Input arrives on IRQ 4
 * into a ring buffer; a read sleeps until a whole line is there (canonical mode),
 * echoing as it goes and handling backspace. The full line discipline (^C, ^U,
 * termios) is the shell issue's.
 */
#include <fs.h>
#include <sched.h>
#include <errno.h>
#include <string.h>
#include <uaccess.h>
#include <asm/platform.h>
#include <asm/processor.h>
#include <asm/io.h>

#define TCGETS		0x5401
#define TIOCGWINSZ	0x5413
#define TTY_BUF		1024

static char line[TTY_BUF];
static size_t line_len, line_ready;	/* bytes typed; bytes readable (complete lines) */
static struct task *reader;

static void tty_putc(char c)
{
	if (c == '\n')
		uart_putc('\r');
	uart_putc(c);
}

static void tty_interrupt(struct pt_regs *regs)
{
	(void)regs;
	for (int c; (c = uart_getc()) >= 0; ) {
		if (c == '\r')
			c = '\n';
		if (c == 0x7f || c == '\b') {		/* erase */
			if (line_len > line_ready) {
				line_len--;
				tty_putc('\b'), tty_putc(' '), tty_putc('\b');
			}
			continue;
		}
		if (line_len < TTY_BUF) {
			line[line_len++] = c;
			tty_putc(c);			/* echo */
		}
		if (c == '\n' || c == 4 /* ^D */)
			line_ready = line_len;
	}
	if (line_ready && reader)
		wake_up(reader);
}

void tty_init(void)
{
	install_irq_handler(4, tty_interrupt);
	outb(0x3f8 + 1, 0x01);		/* UART IER: interrupt on received data */
	pic_unmask(4);
}

static long console_read(struct file *f, char *buf, size_t n)
{
	(void)f;
	u64 flags = irq_save();
	while (!line_ready) {
		reader = current;
		sleep_until(0);
	}
	reader = NULL;
	/* one line per read: up to and including '\n', or up to a ^D (end of file) */
	size_t end = 0;
	while (end < line_ready - 1 && line[end] != '\n' && line[end] != 4)
		end++;
	bool eof = line[end] == 4;
	size_t take = eof ? end : end + 1;
	size_t k = MIN(n, take);
	size_t used = (eof && k == take) ? take + 1 : k;	/* swallow the ^D */
	memcpy(buf, line, k);
	memmove(line, line + used, line_len - used);
	line_len -= used;
	line_ready -= used;
	irq_restore(flags);
	return k;
}

static long console_write(struct file *f, const char *buf, size_t n)
{
	(void)f;
	for (size_t i = 0; i < n; i++)
		tty_putc(buf[i]);
	return n;
}

struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; };
struct termios {
	u32 c_iflag, c_oflag, c_cflag, c_lflag;
	u8 c_line, c_cc[19];
};

static long console_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	(void)f;
	if (cmd == TIOCGWINSZ) {
		struct winsize ws = { 24, 80, 0, 0 };
		return copy_to_user((void __user *)arg, &ws, sizeof(ws)) ? -EFAULT : 0;
	}
	if (cmd == TCGETS) {
		/* canonical, echo, signals; 38400 8N1 (Linux's defaults) */
		struct termios t = { 0x500, 0x5, 0xbf, 0x8a3b, 0, { 3, 28, 127, 21, 4, 0, 1 } };
		return copy_to_user((void __user *)arg, &t, sizeof(t)) ? -EFAULT : 0;
	}
	return -ENOTTY;
}

const struct file_ops console_ops = {
	.read = console_read, .write = console_write, .ioctl = console_ioctl,
};

static long testchan_write(struct file *f, const char *buf, size_t n)
{
	(void)f;
	debugcon_write(buf, n);
	return n;
}

/* The test channel: what ring-3 tests print on fd 1 goes to QEMU's debugcon. */
const struct file_ops testchan_ops = { .write = testchan_write };
