/*
 * arch/x86/kernel/apic.c - the local APIC's registers, mapped uncached from the
 * physical base in MSR IA32_APIC_BASE (SDM vol. 3A, 10.4). We enable it in
 * software (spurious-vector register) but leave LINT0 in virtual-wire mode, so
 * the 8259 PIC keeps delivering the timer.
 */
#include <printk.h>
#include <asm/apic.h>
#include <asm/msr.h>
#include <asm/page.h>
#include <asm/cpufeature.h>

#define APIC_ID		0x020
#define APIC_SVR	0x0f0	/* spurious-interrupt vector, bit 8 = APIC enabled */
#define APIC_ICR_LOW	0x300
#define APIC_ICR_HIGH	0x310
#define ICR_DELIVERY_NMI	(4 << 8)
#define ICR_LEVEL_ASSERT	(1 << 14)
#define ICR_BUSY		(1 << 12)
#define APIC_BASE_ENABLE	(1 << 11)

static volatile u32 *apic;

static u32 apic_read(u32 reg) { return apic[reg / 4]; }
static void apic_write(u32 reg, u32 v) { apic[reg / 4] = v; }

bool apic_available(void)
{
	return apic != NULL;
}

void apic_init(void)
{
	if (!boot_cpu_data.apic)
		return;
	u64 base = rdmsr(MSR_IA32_APICBASE);
	wrmsr(MSR_IA32_APICBASE, base | APIC_BASE_ENABLE);	/* globally enabled */
	apic = ioremap(base & 0xfffff000, 4096);
	if (!apic)
		return;
	apic_write(APIC_SVR, apic_read(APIC_SVR) | 0x100 | 0xff);	/* on, vector 0xff */
	pr_info("apic: local APIC id %u at phys 0x%lx\n", apic_read(APIC_ID) >> 24,
		(unsigned long)(base & 0xfffff000));
}

void apic_send_nmi_self(void)
{
	/* The "self" shorthand is not valid with NMI delivery (SDM table 10-3), so
	 * address our own APIC ID physically. */
	apic_write(APIC_ICR_HIGH, apic_read(APIC_ID) & 0xff000000);
	apic_write(APIC_ICR_LOW, ICR_DELIVERY_NMI | ICR_LEVEL_ASSERT);
	while (apic_read(APIC_ICR_LOW) & ICR_BUSY)
		;
}
