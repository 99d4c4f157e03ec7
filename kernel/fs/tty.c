/*
 * kernel/fs/tty.c - the serial console as a terminal (/dev/console, fds 0-2 of
 * init) and the test channel. Output goes to COM1 with "\n" -> "\r\n". Input
 * arrives on IRQ 4 and passes the line discipline: in canonical mode (ICANON) a
 * read gets one whole line, with echo, erase (DEL/^H), kill (^U) and end of file
 * (^D); with ISIG, ^C and ^\ send SIGINT and SIGQUIT to the foreground process
 * group (TIOCSPGRP), which is how a shell's ^C stops `sleep 100` and not itself.
 */
#include <fs.h>
#include <sched.h>
#include <signal.h>
#include <wait.h>
#include <errno.h>
#include <string.h>
#include <uaccess.h>
#include <asm/platform.h>
#include <asm/processor.h>
#include <asm/io.h>

#define TCGETS		0x5401
#define TCSETS		0x5402
#define TCSETSW		0x5403
#define TCSETSF		0x5404
#define TIOCSCTTY	0x540e
#define TIOCGPGRP	0x540f
#define TIOCSPGRP	0x5410
#define TIOCGWINSZ	0x5413
#define TIOCSWINSZ	0x5414
#define FIONREAD	0x541b
#define TIOCNOTTY	0x5422
#define ISIG		0x0001
#define ICANON		0x0002
#define ECHO		0x0008
#define VINTR		0
#define VQUIT		1
#define VERASE		2
#define VKILL		3
#define VEOF		4
#define TTY_BUF		1024

struct termios {
	u32 c_iflag, c_oflag, c_cflag, c_lflag;
	u8 c_line, c_cc[19];
};
struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; };

/* Linux's defaults for a serial console: canonical, echo, signals, 38400 8N1. */
static struct termios termios = {
	.c_iflag = 0x500, .c_oflag = 0x5, .c_cflag = 0xbf, .c_lflag = 0x8a3b,
	.c_cc = { 3, 28, 127, 21, 4, 0, 1 },
};
static struct winsize winsize = { 24, 80, 0, 0 };
static char line[TTY_BUF];
static size_t line_len, line_ready;	/* bytes typed; bytes a read may take */
static struct wait_queue readers;
static int fg_pgrp;			/* the foreground process group */

static void tty_putc(char c)
{
	if (c == '\n')
		uart_putc('\r');
	uart_putc(c);
}

static void echo(char c)
{
	if (!(termios.c_lflag & ECHO))
		return;
	if ((unsigned char)c < 32 && c != '\n' && c != '\t') {	/* ^C as "^C" */
		tty_putc('^');
		tty_putc(c + 64);
	} else {
		tty_putc(c);
	}
}

/* One input character through the line discipline (interrupts off). */
static void receive(char c)
{
	const u8 *cc = termios.c_cc;

	if (c == '\r')
		c = '\n';
	if ((termios.c_lflag & ISIG) && (c == cc[VINTR] || c == cc[VQUIT])) {
		echo(c);
		tty_putc('\n');
		line_len = line_ready;		/* the unfinished line is dropped */
		if (fg_pgrp)
			kill_pgrp(fg_pgrp, c == cc[VINTR] ? SIGINT : SIGQUIT);
		return;
	}
	if (termios.c_lflag & ICANON) {
		if (c == cc[VERASE] || c == '\b') {
			if (line_len > line_ready) {
				line_len--;
				if (termios.c_lflag & ECHO)
					tty_putc('\b'), tty_putc(' '), tty_putc('\b');
			}
			return;
		}
		if (c == cc[VKILL]) {
			while (line_len > line_ready) {
				line_len--;
				if (termios.c_lflag & ECHO)
					tty_putc('\b'), tty_putc(' '), tty_putc('\b');
			}
			return;
		}
	}
	if (line_len == TTY_BUF)
		return;
	line[line_len++] = c;
	if (c != cc[VEOF] || !(termios.c_lflag & ICANON))
		echo(c);
	if (!(termios.c_lflag & ICANON) || c == '\n' || c == cc[VEOF])
		line_ready = line_len;
}

static void tty_interrupt(struct pt_regs *regs)
{
	(void)regs;
	for (int c; (c = uart_getc()) >= 0; )
		receive(c);
	if (line_ready)
		wake_up_all(&readers);
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
	long err = wait_event_interruptible(&readers, line_ready > 0);
	if (err) {
		irq_restore(flags);
		return err;
	}
	/* canonical: one line per read, up to and including '\n'; ^D ends the
	 * read without being part of it (at a line's start: end of file) */
	size_t end = 0, take, used;
	bool canon = termios.c_lflag & ICANON;
	while (canon && end < line_ready - 1 && line[end] != '\n' && line[end] != termios.c_cc[VEOF])
		end++;
	bool eof = canon && line[end] == termios.c_cc[VEOF];
	take = canon ? (eof ? end : end + 1) : line_ready;
	size_t k = MIN(n, take);
	used = (eof && k == take) ? take + 1 : k;
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

static unsigned int console_poll(struct file *f)
{
	(void)f;
	return POLLOUT | (line_ready ? POLLIN : 0);
}

static long console_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	void __user *p = (void __user *)arg;

	(void)f;
	switch (cmd) {
	case TCGETS:
		return copy_to_user(p, &termios, sizeof(termios)) ? -EFAULT : 0;
	case TCSETSF:
		line_len = line_ready = 0;	/* flush pending input */
		/* fall through */
	case TCSETS:
	case TCSETSW:
		if (copy_from_user(&termios, p, sizeof(termios)))
			return -EFAULT;
		if (!(termios.c_lflag & ICANON))
			line_ready = line_len;
		return 0;
	case TIOCGWINSZ:
		return copy_to_user(p, &winsize, sizeof(winsize)) ? -EFAULT : 0;
	case TIOCSWINSZ:
		return copy_from_user(&winsize, p, sizeof(winsize)) ? -EFAULT : 0;
	case TIOCGPGRP:
		return put_user(fg_pgrp ? fg_pgrp : current->pgid, (int __user *)p);
	case TIOCSPGRP: {
		int pgrp;
		if (get_user(pgrp, (int __user *)p))
			return -EFAULT;
		if (pgrp <= 0)
			return -EINVAL;
		fg_pgrp = pgrp;
		return 0;
	}
	case FIONREAD:
		return put_user((int)line_ready, (int __user *)p);
	case TIOCSCTTY:
	case TIOCNOTTY:
		return 0;		/* one terminal, everybody's */
	}
	return -ENOTTY;
}

const struct file_ops console_ops = {
	.read = console_read, .write = console_write, .ioctl = console_ioctl,
	.poll = console_poll,
};

static long testchan_write(struct file *f, const char *buf, size_t n)
{
	(void)f;
	debugcon_write(buf, n);
	return n;
}

/* The test channel: what ring-3 tests print on fd 1 goes to QEMU's debugcon. */
const struct file_ops testchan_ops = { .write = testchan_write };
