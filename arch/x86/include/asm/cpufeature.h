/*
 * asm/cpufeature.h - what the boot CPU is and has, read once from CPUID
 * (arch/x86/kernel/cpu.c). The vendor decides the compat fast path: SYSENTER on
 * Intel, SYSCALL on AMD (each vendor's other instruction is #UD in compat mode).
 */
#ifndef _ASM_CPUFEATURE_H
#define _ASM_CPUFEATURE_H

#include <types.h>

enum x86_vendor { X86_VENDOR_OTHER, X86_VENDOR_INTEL, X86_VENDOR_AMD };

struct cpuinfo_x86 {
	char vendor_id[13];
	char model_id[49];
	enum x86_vendor vendor;
	u32 family, model, stepping;
	u32 apic_id;
	bool sep, syscall, nx, smep, smap, umip, fsgsbase, rdrand, rdtscp, apic, lm;
};

extern struct cpuinfo_x86 boot_cpu_data;
void cpu_detect(void);
void cpu_print_features(void);
void cpu_enable_protections(bool nosmep, bool nosmap);

#endif
