/*
 * kernel/main.c - start_kernel(): the boot sequence after head_32.S, in order
 * (DESIGN §3): console, boot information, command line, memory, descriptor tables,
 * trap_init(), syscall_init(), interrupts and the timer, the vDSO, the initramfs;
 * then the boot context becomes the idle task and kernel_init() runs as a thread:
 * the in-kernel tests, the ring-3 tests, or /sbin/init.
 */
#include <printk.h>
#include <string.h>
#include <panic.h>
#include <cmdline.h>
#include <ktest.h>
#include <mm.h>
#include <time.h>
#include <sched.h>
#include <fs.h>
#include <exec.h>
#include <vm.h>
#include <version.h>
#include <asm/processor.h>
#include <asm/platform.h>
#include <asm/multiboot2.h>
#include <asm/cpufeature.h>
#include <asm/percpu.h>
#include <asm/traps.h>
#include <asm/page.h>
#include <asm/apic.h>
#include <asm/vdso.h>

void set_kernel_stack(unsigned long top);
void syscall_init(void);
void timekeeping_init(void);
void timekeeping_tick(void);
void signal_tick(void);
void timekeeping_use_vdso_page(struct vdso_data *page);
void kthread_start(struct task *t, void (*fn)(void));
void cpu_idle(void) __attribute__((noreturn));
void enter_user_mode(struct pt_regs *regs) __attribute__((noreturn));
void fpu_restore(struct task *t);
int run_user_tests(const char *dir);

/* The timer tick's work (from the PIT interrupt). */
void timer_tick(void)
{
	timekeeping_tick();
	signal_tick();
	sched_tick();
}

static void banner(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;

	printk(KERN_NOTICE "Trapdoor %s - a teaching kernel about system calls\n",
	       TRAPDOOR_VERSION);
	printk(KERN_NOTICE "CPU: %s (%s%s%s%s%s%s), memory: %lu MiB\n", c->vendor_id,
	       c->sep ? "sep " : "", c->syscall ? "syscall " : "", c->nx ? "nx " : "",
	       c->smep ? "smep " : "", c->smap ? "smap " : "", c->umip ? "umip" : "",
	       (unsigned long)(boot_info.ram_bytes >> 20));
	pr_info("command line: %s\n", boot_params.cmdline);
}

/* Files 0, 1, 2 of a process started by the kernel: the console, or for ring-3
 * tests, fd 1 on the test channel. */
struct files *console_files(bool stdout_to_testchan)
{
	struct files *files = files_create();
	struct file *con = file_open_ops(&console_ops);
	struct file *out = stdout_to_testchan ? file_open_ops(&testchan_ops) : con;

	fd_install(files, 0, con);
	fd_install(files, 1, out);
	fd_install(files, 2, con);
	file_put(con);
	if (out != con)
		file_put(out);
	return files;
}

/* Become /sbin/init (pid 1): load it into this thread and leave for user mode. */
static void __attribute__((noreturn)) run_init(void)
{
	const char *argv[INIT_ARGS_MAX + 1] = { boot_params.init };
	struct inode *ino = lookup_path(boot_params.init);
	struct pt_regs *regs = task_pt_regs(current);
	struct mm *mm;

	for (int i = 0; i < boot_params.init_argc; i++)
		argv[i + 1] = boot_params.init_argv[i];
	if (!ino)
		panic("No working init found: %s does not exist (try init=)", boot_params.init);
	int err = exec_load(ino, boot_params.init, argv, boot_params.init_envp, &mm, regs);
	if (err)
		panic("Cannot run %s: error %d", boot_params.init, err);
	current->mm = mm;
	current->compat = regs->cs != 0x33;
	current->pgid = current->sid = current->pid;	/* init: session 1 */
	strlcpy(current->comm, "init", sizeof(current->comm));
	current->files = console_files(false);
	write_cr3(virt_to_phys(mm->pml4));
	fpu_restore(current);
	pr_info("Run %s as init process\n", boot_params.init);
	enter_user_mode(regs);
}

static void kernel_init(void)
{
	if (boot_params.strace)
		current->flags |= TIF_SYSCALL_TRACE;
	if (!boot_params.ktest && !boot_params.utest)
		run_init();
	int failed = 0;
	if (boot_params.ktest)
		failed += run_ktests(boot_params.ktest);
	if (boot_params.utest)
		failed += run_user_tests(boot_params.utest_dir);
	test_channel_printf("# all done\n");
	qemu_exit(failed ? QEMU_EXIT_FAIL : QEMU_EXIT_PASS);
}

static void load_initramfs(void)
{
	ramfs_init();
	if (!boot_info.nr_modules) {
		pr_warn("initramfs: no module: the root file system is empty\n");
		return;
	}
	struct boot_module *m = &boot_info.modules[0];
	if (initramfs_unpack(phys_to_virt(m->start), m->end - m->start) < 0)
		pr_err("initramfs: not a cpio newc archive\n");
	release_range(m->start, m->end);	/* unpacked: its frames are free again */
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
	syscall_init();
	cpu_print_features();
	cpu_enable_protections(boot_params.nosmep, boot_params.nosmap);
	pic_init();
	pit_init();
	apic_init();
	timekeeping_init();
	vdso_init(vsyscall_mode);
	timekeeping_use_vdso_page(vdso_data);
	load_initramfs();
	devices_init();		/* /dev, /tmp, /proc */
	tty_init();
	sched_init();
	local_irq_enable();

	struct task *init = task_create("kinit");
	kthread_start(init, kernel_init);
	cpu_idle();
}
