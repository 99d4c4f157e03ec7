/*
 * kernel/main.c - start_kernel(): the boot sequence after head_32.S, in order
 * (DESIGN §3): console, boot information, command line, memory, descriptor tables,
 * trap_init(), interrupts and the timer, then the in-kernel tests or the idle loop.
 */
#include <printk.h>
#include <panic.h>
#include <cmdline.h>
#include <ktest.h>
#include <mm.h>
#include <time.h>
#include <version.h>
#include <asm/processor.h>
#include <asm/platform.h>
#include <asm/multiboot2.h>
#include <asm/cpufeature.h>
#include <asm/percpu.h>
#include <asm/traps.h>
#include <asm/page.h>
#include <asm/apic.h>

#define KERNEL_STACK_SIZE	16384

void set_kernel_stack(unsigned long top);
void __noreturn halt_forever(void);

/* The timer tick's work; the scheduler will hook in here. */
void timer_tick(void)
{
}

static void banner(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;

	printk(KERN_NOTICE "Trapdoor %s - a teaching kernel about system calls\n",
	       TRAPDOOR_VERSION);
	printk(KERN_NOTICE "CPU: %s (%s%s%s%s%s%s%s), memory: %lu MiB\n", c->vendor_id,
	       c->sep ? "sep " : "", c->syscall ? "syscall " : "", c->nx ? "nx " : "",
	       c->smep ? "smep " : "", c->smap ? "smap " : "", c->umip ? "umip " : "",
	       c->vendor == X86_VENDOR_INTEL ? "-> sysenter" :
	       c->vendor == X86_VENDOR_AMD ? "-> syscall32" : "-> int80",
	       (unsigned long)(boot_info.ram_bytes >> 20));
	pr_info("command line: %s\n", boot_params.cmdline);
}

/* Runs on a proper kernel stack (16 KiB, guard page below). */
static void __noreturn kernel_main(void)
{
	if (boot_params.ktest) {
		int failed = run_ktests(boot_params.ktest);
		qemu_exit(failed ? QEMU_EXIT_FAIL : QEMU_EXIT_PASS);
	}
	printk(KERN_NOTICE "Trapdoor is up. No init yet: the CPU idles (Ctrl-A X quits QEMU).\n");
	for (;;)
		safe_halt();
}

/* Switch to `top` and call fn there; the old stack is abandoned. */
static void __noreturn call_on_stack(unsigned long top, void (*fn)(void))
{
	asm volatile("movq %0, %%rsp\n\t"
		     "xorl %%ebp, %%ebp\n\t"	/* the backtrace stops here */
		     "call *%1\n\t"
		     "ud2" :: "r"(top), "r"(fn) : "memory");
	__builtin_unreachable();
}

void __noreturn start_kernel(u32 magic, u32 mbi)
{
	uart_init();
	cpu_detect();
	int mb = multiboot2_parse(magic, mbi);
	if (mb == 0)
		parse_cmdline(boot_info.cmdline);
	banner();
	if (mb)
		panic("not booted by a multiboot2 loader (magic 0x%x, error %d)", magic, mb);

	frame_init();
	paging_init();
	vga_init();
	cpu_init_tables();
	trap_init();
	cpu_print_features();
	pic_init();
	pit_init();
	apic_init();
	local_irq_enable();

	char *stack = vmap_stack(KERNEL_STACK_SIZE);
	set_kernel_stack((unsigned long)stack + KERNEL_STACK_SIZE);
	call_on_stack((unsigned long)stack + KERNEL_STACK_SIZE, kernel_main);
}
