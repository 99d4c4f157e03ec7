/*
 * asm/apic.h - the local APIC, used so far for one thing: sending this CPU an NMI
 * (the IST test). Interrupts still come through the 8259 PIC.
 */
#ifndef _ASM_APIC_H
#define _ASM_APIC_H

#include <types.h>

void apic_init(void);
bool apic_available(void);
void apic_send_nmi_self(void);

#endif
