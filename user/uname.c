/*
 * user/uname.c - uname [-asnrvm]: the fields of uname(2); no option means -s,
 * -a means all of them in Linux's order.
 */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;
	const char *fields[5];
	int want[5] = { 0 }, i, any = 0, first = 1;
	const char *p;

	uname(&u);
	fields[0] = u.sysname, fields[1] = u.nodename, fields[2] = u.release;
	fields[3] = u.version, fields[4] = u.machine;
	for (i = 1; i < argc; i++) {
		if (argv[i][0] != '-') {
			fprintf(stderr, "uname: extra operand '%s'\n", argv[i]);
			return 1;
		}
		for (p = argv[i] + 1; *p; p++) {
			const char *k = strchr("snrvm", *p);

			if (*p == 'a')
				want[0] = want[1] = want[2] = want[3] = want[4] = 1;
			else if (k)
				want[k - "snrvm"] = 1;
			else {
				fprintf(stderr, "uname: invalid option -- '%c'\n", *p);
				return 1;
			}
			any = 1;
		}
	}
	if (!any)
		want[0] = 1;
	for (i = 0; i < 5; i++)
		if (want[i]) {
			printf("%s%s", first ? "" : " ", fields[i]);
			first = 0;
		}
	putchar('\n');
	return 0;
}
