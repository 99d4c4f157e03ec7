/*
 * user/echo.c - echo [-n] [-e] [words...]: the words, separated by spaces, then a
 * newline (not with -n). -e interprets \n \t \\ \c (stop here) and \0NNN.
 */
#include <stdio.h>
#include <string.h>

/* Print s with -e escapes; 1 if \c asked to stop all output. */
static int put_escaped(const char *s)
{
	for (; *s; s++) {
		if (*s != '\\' || !s[1]) {
			putchar(*s);
			continue;
		}
		switch (*++s) {
		case 'n': putchar('\n'); break;
		case 't': putchar('\t'); break;
		case 'r': putchar('\r'); break;
		case 'a': putchar('\a'); break;
		case '\\': putchar('\\'); break;
		case 'c': return 1;
		case '0': {
			int v = 0, k;

			for (k = 0; k < 3 && s[1] >= '0' && s[1] <= '7'; k++)
				v = v * 8 + (*++s - '0');
			putchar(v);
			break;
		}
		default: putchar('\\'); putchar(*s);
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	int i = 1, newline = 1, escapes = 0;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o = argv[i] + 1;

		if (strspn(o, "ne") != strlen(o))
			break;			/* not an option: a word */
		newline &= !strchr(o, 'n');
		escapes |= !!strchr(o, 'e');
	}
	for (; i < argc; i++) {
		if (escapes ? put_escaped(argv[i]) : (fputs(argv[i], stdout), 0))
			return 0;
		if (i < argc - 1)
			putchar(' ');
	}
	if (newline)
		putchar('\n');
	return 0;
}
