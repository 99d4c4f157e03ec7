/*
 * user/poweroff.c - poweroff: flushes output and asks the kernel to power the
 * machine off (reboot(RB_POWER_OFF); Trapdoor exits QEMU). Only returns on error.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/reboot.h>

int main(void)
{
	printf("poweroff: powering off\n");
	fflush(stdout);
	reboot(RB_POWER_OFF);
	fprintf(stderr, "poweroff: %s\n", strerror(errno));
	return 1;
}
