/*
 * kernel/tests/test_process.c - processes from the kernel's side: a program that
 * faults in user mode dies by the matching signal and the kernel goes on; a bad
 * IRET frame (the kind sigreturn or ptrace could forge) kills the task, not the
 * kernel; and starting and reaping processes gives back every frame.
 */
#include <ktest.h>
#include <sched.h>
#include <vm.h>
#include <mm.h>
#include <string.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/page.h>

#define CODE	0x400000UL

/* A one-page process whose first instruction is `code`, entered with `regs`. */
static int run_tiny(const u8 *code, size_t len, u16 cs, u16 ss)
{
	struct task *t = task_create("ktest-tiny");
	struct mm *mm = mm_create(cs == __USER32_CS);
	struct pt_regs r = { 0 };

	if (!t || !mm || vm_map_anon(mm, CODE, PAGE_SIZE, PROT_READ | PROT_EXEC))
		return -1;
	memcpy(phys_to_virt(*lookup_pte(mm->pml4, CODE) & PTE_ADDR_MASK), code, len);
	t->mm = mm;
	t->ppid = current->pid;
	r.ip = CODE;
	r.sp = CODE + PAGE_SIZE;
	r.cs = cs;
	r.ss = ss;
	r.flags = X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	r.orig_ax = -1;
	task_start_user(t, &r);
	t->state = TASK_RUNNING;
	return task_wait(t);
}

static const u8 ud2[] = { 0x0f, 0x0b };
static const u8 int3[] = { 0xcc };
static const u8 div0[] = { 0x31, 0xc9, 0xf7, 0xf1 };			/* xor ecx,ecx; div ecx */
static const u8 int81[] = { 0xcd, 0x81 };				/* no DPL-3 gate: #GP */
static const u8 exit42[] = { 0xb8, 0xe7, 0, 0, 0, 0xbf, 42, 0, 0, 0, 0x0f, 0x05 };
				/* mov $231,%eax; mov $42,%edi; syscall (exit_group) */

KTEST(user_faults_become_fatal_signals)
{
	KEXPECT_EQ(run_tiny(ud2, sizeof(ud2), __USER_CS, __USER_DS), 4);	/* SIGILL */
	KEXPECT_EQ(run_tiny(int3, sizeof(int3), __USER_CS, __USER_DS), 5);	/* SIGTRAP */
	KEXPECT_EQ(run_tiny(div0, sizeof(div0), __USER_CS, __USER_DS), 8);	/* SIGFPE */
	KEXPECT_EQ(run_tiny(int81, sizeof(int81), __USER_CS, __USER_DS), 11);	/* SIGSEGV */
	KEXPECT_EQ(run_tiny(ud2, sizeof(ud2), __USER32_CS, __USER_DS), 4);	/* compat too */
	return 0;
}

KTEST(exit_group_status_reaches_the_parent)
{
	KEXPECT_EQ(run_tiny(exit42, sizeof(exit42), __USER_CS, __USER_DS), 42 << 8);
	return 0;
}

KTEST(bad_iret_frame_kills_the_task_not_the_kernel)
{
	/* SS with RPL 0 for a ring-3 return: the final iretq raises #GP in the
	 * kernel, with the user's GS already loaded. */
	KEXPECT_EQ(run_tiny(exit42, sizeof(exit42), __USER_CS, __KERNEL_DS), 11);
	/* a null SS is legal in 64-bit mode below ring 3 only: #GP too */
	KEXPECT_EQ(run_tiny(exit42, sizeof(exit42), __USER_CS, 0), 11);
	/* a 32-bit code segment with a DPL-0 data SS: #GP as well */
	KEXPECT_EQ(run_tiny(ud2, sizeof(ud2), __USER32_CS, __KERNEL_DS), 11);
	return 0;
}

KTEST(processes_give_back_every_frame)
{
	run_tiny(exit42, sizeof(exit42), __USER_CS, __USER_DS);	/* warm the slabs */
	size_t before = frames_free();
	for (int i = 0; i < 50; i++)
		KEXPECT_EQ(run_tiny(exit42, sizeof(exit42), __USER_CS, __USER_DS), 42 << 8);
	KEXPECT_EQ(frames_free(), before);
	return 0;
}

#include <exec.h>
#include <fs.h>

/* Run a ring-3 test program from /tests with its output thrown away. */
static int run_quietly(const char *path)
{
	struct inode *null = lookup_path("/dev/null");
	struct files *files = files_create();
	const char *argv[] = { path, NULL }, *envp[] = { NULL };
	int err;

	if (!null || !files)
		return -1;
	struct file *f = file_open_ops(null->ops);
	for (int fd = 0; fd < 3; fd++)
		fd_install(files, fd, f);
	file_put(f);
	struct task *t = spawn_user(path, argv, envp, files, &err);
	if (!t)
		return err;
	t->ppid = current->pid;
	return task_wait(t);
}

/* fork/exec/wait of hundreds of processes (proc_fork64 forks 300 and more),
 * copy-on-write included: afterwards every frame is free again. The first runs
 * warm the allocators' caches; the second ones are measured. */
KTEST(hundreds_of_processes_leave_no_frame_behind)
{
	KEXPECT_EQ(run_quietly("/tests/proc_fork64"), 0);
	KEXPECT_EQ(run_quietly("/tests/proc_fork32"), 0);
	size_t before = frames_free();
	KEXPECT_EQ(run_quietly("/tests/proc_fork64"), 0);
	KEXPECT_EQ(run_quietly("/tests/proc_fork32"), 0);
	KEXPECT_EQ(frames_free(), before);
	return 0;
}
