/*
 * user/init.c - /sbin/init until the shell arrives: it proves the console
 * round trip through system calls. It greets, then reads lines from fd 0 and
 * answers them: `uname`, `pid`, `time`, `poweroff`, anything else is echoed.
 * (The processes issue replaces it with a real init that starts /bin/sh.)
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <sys/utsname.h>
#include <sys/reboot.h>

static void say(const char *s)
{
	write(1, s, strlen(s));
}

int main(void)
{
	struct utsname u;
	char line[256];

	uname(&u);
	printf("\ninit: %s %s %s (pid %d) - type a line; try uname, pid, time, poweroff\n",
	       u.sysname, u.release, u.machine, getpid());
	for (;;) {
		say("trapdoor> ");
		fflush(stdout);
		ssize_t n = read(0, line, sizeof(line) - 1);
		if (n <= 0) {
			say("\n");
			continue;
		}
		line[n] = 0;
		if (line[n - 1] == '\n')
			line[n - 1] = 0;
		if (!strcmp(line, "uname")) {
			printf("%s %s %s %s\n", u.sysname, u.nodename, u.release, u.version);
		} else if (!strcmp(line, "pid")) {
			printf("pid %d ppid %d\n", getpid(), getppid());
		} else if (!strcmp(line, "time")) {
			struct timespec ts;
			clock_gettime(CLOCK_MONOTONIC, &ts);
			printf("%ld.%09ld s since boot\n", (long)ts.tv_sec, ts.tv_nsec);
		} else if (!strcmp(line, "poweroff")) {
			fflush(stdout);
			reboot(RB_POWER_OFF);
		} else if (line[0]) {
			printf("you said: %s\n", line);
		}
		fflush(stdout);
	}
}
