/*
 * kernel/printk.c - the kernel log: level filtering, a timestamp prefix like
 * Linux's ("[    1.234567] "), and fan-out to every registered console.
 * Messages above console_loglevel are dropped (no log buffer yet).
 */
#include <printk.h>
#include <string.h>
#include <time.h>

int console_loglevel = 6;
static struct console *consoles;
static bool line_start = true;

void register_console(struct console *con)
{
	con->next = consoles;
	consoles = con;
}

void console_write(const char *s, size_t n)
{
	for (struct console *c = consoles; c; c = c->next)
		c->write(s, n);
}

int vprintk(const char *fmt, va_list ap)
{
	char buf[512];
	int level = 6;

	if (fmt[0] == '\001' && fmt[1]) {
		if (fmt[1] != 'c')
			level = fmt[1] - '0';
		fmt += 2;
	}
	if (level > console_loglevel)
		return 0;

	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;
	if (line_start) {
		char ts[24];
		u64 ns = ktime_get_ns();
		int t = snprintf(ts, sizeof(ts), "[%5lu.%06lu] ", (unsigned long)(ns / 1000000000),
				 (unsigned long)(ns / 1000 % 1000000));
		console_write(ts, t);
	}
	console_write(buf, n);
	line_start = n > 0 && buf[n - 1] == '\n';
	return n;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}
