/* args.c: turning raw argument registers into what a person reads - strings and
 * buffers fetched from the tracee word by word with PTRACE_PEEKDATA (a tracer
 * cannot simply dereference a tracee's pointer: it is another address space),
 * argv arrays, open flags, signal names, AT_FDCWD. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include "strace.h"

#define MAX_STR		32	/* strings and buffers are cut here, "..." */
#define MAX_ARGV	8	/* argv elements shown */

void line_add(struct line *l, const char *fmt, ...)
{
	int room = (int)sizeof(l->buf) - l->len;
	va_list ap;
	int n;

	if (room <= 1)
		return;
	va_start(ap, fmt);
	n = vsnprintf(l->buf + l->len, room, fmt, ap);
	va_end(ap);
	l->len += n < room ? n : room - 1;
}

/* Copy up to n bytes from the tracee at addr, one aligned word at a time (an
 * unaligned word could reach into an unmapped page). Returns the bytes copied:
 * fewer than n if a word could not be read. */
static size_t peek_bytes(pid_t pid, unsigned long addr, char *buf, size_t n)
{
	size_t done = 0;

	while (done < n) {
		unsigned long at = addr + done;
		unsigned long base = at & ~(sizeof(long) - 1);
		size_t off = at - base, take = sizeof(long) - off;
		long word;

		errno = 0;
		word = ptrace(PTRACE_PEEKDATA, pid, (void *)base, NULL);
		if (errno)
			break;
		if (take > n - done)
			take = n - done;
		memcpy(buf + done, (char *)&word + off, take);
		done += take;
	}
	return done;
}

/* Append n bytes as a C string literal: "a\tb\n\0". */
static void add_quoted(struct line *l, const char *s, size_t n)
{
	size_t i;

	line_add(l, "\"");
	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		switch (c) {
		case '\n': line_add(l, "\\n"); break;
		case '\t': line_add(l, "\\t"); break;
		case '\r': line_add(l, "\\r"); break;
		case '"': line_add(l, "\\\""); break;
		case '\\': line_add(l, "\\\\"); break;
		default:
			if (c >= 0x20 && c < 0x7f)
				line_add(l, "%c", c);
			else
				line_add(l, "\\%o", c);
		}
	}
	line_add(l, "\"");
}

static void add_pointer(struct line *l, unsigned long p)
{
	if (p)
		line_add(l, "%#lx", p);
	else
		line_add(l, "NULL");
}

/* A NUL-terminated string in the tracee: "text" or "first 32 chars"... */
static void add_string(struct line *l, pid_t pid, unsigned long addr)
{
	char buf[MAX_STR + 1];
	size_t n, len;

	if (!addr) {
		line_add(l, "NULL");
		return;
	}
	n = peek_bytes(pid, addr, buf, sizeof(buf));
	len = strnlen(buf, n);
	if (len == n && n < sizeof(buf)) {	/* unreadable before its end */
		add_pointer(l, addr);
		return;
	}
	add_quoted(l, buf, len > MAX_STR ? MAX_STR : len);
	if (len > MAX_STR)
		line_add(l, "...");
}

/* A buffer of count bytes (write's): its first 32 bytes. */
static void add_buffer(struct line *l, pid_t pid, unsigned long addr,
		       unsigned long count)
{
	char buf[MAX_STR];
	size_t want = count > MAX_STR ? MAX_STR : count;

	if (peek_bytes(pid, addr, buf, want) != want) {
		add_pointer(l, addr);
		return;
	}
	add_quoted(l, buf, want);
	if (count > MAX_STR)
		line_add(l, "...");
}

/* Element i of a pointer array in the tracee (4-byte pointers if compat). */
static int peek_pointer(pid_t pid, unsigned long array, int i, int compat,
			unsigned long *p)
{
	unsigned int p32;
	size_t size = compat ? 4 : 8;

	*p = 0;
	if (compat) {
		if (peek_bytes(pid, array + i * size, (char *)&p32, size) != size)
			return 0;
		*p = p32;
		return 1;
	}
	return peek_bytes(pid, array + i * size, (char *)p, size) == size;
}

/* execve's argv: ["prog", "arg1", ...]. */
static void add_argv(struct line *l, pid_t pid, unsigned long array, int compat)
{
	unsigned long p;
	int i;

	if (!array || !peek_pointer(pid, array, 0, compat, &p)) {
		add_pointer(l, array);
		return;
	}
	line_add(l, "[");
	for (i = 0; peek_pointer(pid, array, i, compat, &p) && p; i++) {
		if (i == MAX_ARGV) {
			line_add(l, ", ...");
			break;
		}
		line_add(l, i ? ", " : "");
		add_string(l, pid, p);
	}
	line_add(l, "]");
}

/* execve's envp: only the address and how many strings it holds. */
static void add_envp(struct line *l, pid_t pid, unsigned long array, int compat)
{
	unsigned long p;
	int n = 0;

	add_pointer(l, array);
	if (!array)
		return;
	while (n < 10000 && peek_pointer(pid, array, n, compat, &p) && p)
		n++;
	line_add(l, " /* %d var%s */", n, n == 1 ? "" : "s");
}

/* open()'s flags: O_RDONLY|O_CREAT|..., leftover bits in hex. */
static void add_open_flags(struct line *l, unsigned long f)
{
	static const struct { unsigned long bit; const char *name; } bits[] = {
		{ O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" },
		{ O_NOCTTY, "O_NOCTTY" }, { O_TRUNC, "O_TRUNC" },
		{ O_APPEND, "O_APPEND" }, { O_NONBLOCK, "O_NONBLOCK" },
		{ 0100000, "O_LARGEFILE" }, { O_DIRECTORY, "O_DIRECTORY" },
		{ O_NOFOLLOW, "O_NOFOLLOW" }, { O_CLOEXEC, "O_CLOEXEC" },
	};
	static const char *const modes[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "3" };
	unsigned int i;

	line_add(l, "%s", modes[f & 3]);
	f &= ~3UL;
	for (i = 0; i < sizeof(bits) / sizeof(bits[0]); i++) {
		if (f & bits[i].bit) {
			line_add(l, "|%s", bits[i].name);
			f &= ~bits[i].bit;
		}
	}
	if (f)
		line_add(l, "|%#lx", f);
}

/* Argument i of call c, printed as `kind` says (the letters of syscall.c's
 * table). Returns nothing: a bad pointer is printed as its address. */
void print_arg(struct line *l, pid_t pid, char kind, const struct call *c, int i,
	       int compat)
{
	unsigned long v = c->arg[i];
	const char *name;

	switch (kind) {
	case 'd':			/* int */
		line_add(l, "%d", (int)v);
		break;
	case 'u':			/* size_t, unsigned */
		line_add(l, "%lu", v);
		break;
	case 'l':			/* long, off_t */
		line_add(l, "%ld", compat ? (long)(int)v : (long)v);
		break;
	case 'L':			/* a 64-bit offset: two registers if compat */
		if (compat)
			line_add(l, "%lld", (long long)(v | (c->arg[i + 1] << 32)));
		else
			line_add(l, "%ld", (long)v);
		break;
	case 'x':
		line_add(l, "%#lx", v);
		break;
	case 'o':			/* a mode: 0644, or 0 */
		line_add(l, v ? "0%lo" : "0", v);
		break;
	case 'p':
		add_pointer(l, v);
		break;
	case 's':
		add_string(l, pid, v);
		break;
	case 'b':			/* the next argument is its length */
		add_buffer(l, pid, v, i < 5 ? c->arg[i + 1] : 0);
		break;
	case 'a':
		add_argv(l, pid, v, compat);
		break;
	case 'e':
		add_envp(l, pid, v, compat);
		break;
	case 'f':
		add_open_flags(l, v);
		break;
	case 'D':			/* a directory fd for the *at calls */
		if ((int)v == AT_FDCWD)
			line_add(l, "AT_FDCWD");
		else
			line_add(l, "%d", (int)v);
		break;
	case 'S':
		name = signal_name((int)v);
		if (name)
			line_add(l, "%s", name);
		else
			line_add(l, "%d", (int)v);
		break;
	default:
		line_add(l, "%#lx", v);
	}
}
