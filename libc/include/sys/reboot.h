/* <sys/reboot.h>: reboot(howto). The wrapper adds Linux's two magic numbers
 * (0xfee1dead and 672274793) that the kernel checks before looking at the command;
 * Trapdoor powers QEMU off on RB_POWER_OFF. */
#ifndef _SYS_REBOOT_H
#define _SYS_REBOOT_H

#define LINUX_REBOOT_MAGIC1	0xfee1dead
#define LINUX_REBOOT_MAGIC2	672274793	/* 0x28121969 */

#define RB_AUTOBOOT	0x01234567
#define RB_HALT_SYSTEM	0xcdef0123
#define RB_ENABLE_CAD	0x89abcdef
#define RB_DISABLE_CAD	0
#define RB_POWER_OFF	0x4321fedc

int reboot(int howto);

#endif
