/*
 * arch/x86/kernel/cpu.c - identify the boot CPU with CPUID: vendor, family/model,
 * and the features Trapdoor uses (SEP = SYSENTER, SYSCALL, NX, SMEP, SMAP, UMIP,
 * FSGSBASE, RDRAND). Leaf numbers and bits: SDM vol. 2A, CPUID; AMD APM vol. 3.
 */
#include <string.h>
#include <printk.h>
#include <asm/processor.h>
#include <asm/cpufeature.h>

struct cpuinfo_x86 boot_cpu_data;

void cpu_detect(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;
	struct cpuid_regs r = cpuid(0, 0);
	u32 max_leaf = r.eax;

	memcpy(c->vendor_id + 0, &r.ebx, 4);
	memcpy(c->vendor_id + 4, &r.edx, 4);
	memcpy(c->vendor_id + 8, &r.ecx, 4);
	c->vendor_id[12] = 0;
	if (!strcmp(c->vendor_id, "GenuineIntel"))
		c->vendor = X86_VENDOR_INTEL;
	else if (!strcmp(c->vendor_id, "AuthenticAMD"))
		c->vendor = X86_VENDOR_AMD;

	r = cpuid(1, 0);
	c->stepping = r.eax & 0xf;
	c->model = (r.eax >> 4) & 0xf;
	c->family = (r.eax >> 8) & 0xf;
	if (c->family == 0xf)
		c->family += (r.eax >> 20) & 0xff;
	if (c->family >= 6)
		c->model |= ((r.eax >> 16) & 0xf) << 4;
	c->apic_id = r.ebx >> 24;
	c->sep = r.edx & (1 << 11);
	c->apic = r.edx & (1 << 9);
	c->rdrand = r.ecx & (1 << 30);
	if (max_leaf >= 7) {
		r = cpuid(7, 0);
		c->fsgsbase = r.ebx & (1 << 0);
		c->smep = r.ebx & (1 << 7);
		c->smap = r.ebx & (1 << 20);
		c->umip = r.ecx & (1 << 2);
	}
	r = cpuid(0x80000000, 0);
	u32 max_ext = r.eax;
	if (max_ext >= 0x80000001) {
		r = cpuid(0x80000001, 0);
		c->syscall = r.edx & (1 << 11);
		c->nx = r.edx & (1 << 20);
		c->rdtscp = r.edx & (1 << 27);
		c->lm = r.edx & (1 << 29);
	}
	if (max_ext >= 0x80000004) {
		for (u32 i = 0; i < 3; i++) {
			r = cpuid(0x80000002 + i, 0);
			memcpy(c->model_id + 16 * i, &r, 16);
		}
		c->model_id[48] = 0;
	}
}

void cpu_print_features(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;

	pr_info("cpu: %s family %u model %u stepping %u: %s\n", c->vendor_id, c->family,
		c->model, c->stepping, c->model_id);
	pr_info("cpu: features:%s%s%s%s%s%s%s%s\n", c->sep ? " sep" : "",
		c->syscall ? " syscall" : "", c->nx ? " nx" : "", c->smep ? " smep" : "",
		c->smap ? " smap" : "", c->umip ? " umip" : "",
		c->fsgsbase ? " fsgsbase" : "", c->rdrand ? " rdrand" : "");
}

/* Turn on the protections the CPU has (and the command line allows):
 * SMEP - the kernel cannot execute user pages; SMAP - nor touch them outside
 * stac/clac (uaccess.h); UMIP - sgdt/sidt/sldt/smsw/str are #GP in ring 3. */
void cpu_enable_protections(bool nosmep, bool nosmap)
{
	void smap_patch(void);
	struct cpuinfo_x86 *c = &boot_cpu_data;
	u64 cr4 = read_cr4();

	if (c->smep && !nosmep)
		cr4 |= X86_CR4_SMEP;
	if (c->smap && !nosmap) {
		cr4 |= X86_CR4_SMAP;
		smap_patch();		/* stac/clac in every uaccess helper */
	}
	if (c->umip)
		cr4 |= X86_CR4_UMIP;
	/* SSE for user programs: CR4.OSFXSR (fxsave/fxrstor, SSE allowed) and
	 * OSXMMEXCPT (SIMD exceptions as #XM); CR0: no emulation, MP set. */
	cr4 |= X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT;
	write_cr4(cr4);
	write_cr0((read_cr0() & ~(X86_CR0_EM | X86_CR0_TS)) | X86_CR0_MP);
	asm volatile("fninit");
	pr_info("cpu: SMEP %s, SMAP %s, UMIP %s\n", cr4 & X86_CR4_SMEP ? "on" : "off",
		cr4 & X86_CR4_SMAP ? "on" : "off", cr4 & X86_CR4_UMIP ? "on" : "off");
}
