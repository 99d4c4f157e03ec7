/* <asm/prctl.h>: arch_prctl codes (Linux's x86 values). The FS base is what 64-bit
 * libcs use as the thread pointer. */
#ifndef _ASM_PRCTL_H
#define _ASM_PRCTL_H

#define ARCH_SET_GS	0x1001
#define ARCH_SET_FS	0x1002
#define ARCH_GET_FS	0x1003
#define ARCH_GET_GS	0x1004

#endif
