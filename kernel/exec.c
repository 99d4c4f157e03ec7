/*
 * kernel/exec.c - load a static ELF64 or ELF32 executable into a fresh address
 * space and build Linux's initial process stack (DESIGN §9, reference §4.3):
 *
 *	high	execfn, argv and envp strings, "x86_64"/"i686", 16 random bytes
 *		auxv pairs (AT_SYSINFO_EHDR first; AT_SYSINFO before it for i386)
 *		NULL, envp[], NULL, argv[], argc	<- sp, 16-byte aligned
 *
 * The caller gets a new mm and the pt_regs of the first entry into user mode:
 * every register zero, RFLAGS 0x202, CS 0x33 (or 0x23 for i386), SS 0x2b.
 */
#include <exec.h>
#include <vm.h>
#include <mm.h>
#include <fs.h>
#include <elf.h>
#include <string.h>
#include <errno.h>
#include <cmdline.h>
#include <sched.h>
#include <signal.h>
#include <syscalls.h>
#include <uaccess.h>
#include <asm/msr.h>
#include <asm/page.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/cpufeature.h>
#include <asm/vdso.h>

#define STACK_SIZE	(128 * 1024)		/* mapped at exec, no growth */
#define STACK_GAP	(8UL << 20)		/* between the stack and mmap_base */

u64 get_random_u64(void);

/* Copy into another address space through the direct map (the target need not be
 * the current one; its pages are all present). */
static int copy_to_mm(struct mm *mm, unsigned long va, const void *src, size_t len)
{
	const char *s = src;

	while (len) {
		u64 *pte = lookup_pte(mm->pml4, va);
		if (!pte)
			return -EFAULT;
		size_t off = va & ~PAGE_MASK, n = MIN(len, PAGE_SIZE - off);
		memcpy((char *)phys_to_virt(*pte & PTE_ADDR_MASK) + off, s, n);
		va += n, s += n, len -= n;
	}
	return 0;
}

/* One loadable segment, normalised from either ELF class. */
struct segment {
	unsigned long vaddr, memsz, offset, filesz;
	unsigned int prot;
};

static unsigned int elf_prot(u32 flags)
{
	return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
	       (flags & PF_X ? PROT_EXEC : 0);
}

/* Map a segment's pages; a page shared with the previous segment gets both's
 * permissions. */
static int map_segment(struct mm *mm, const struct segment *s)
{
	unsigned long start = ALIGN_DOWN(s->vaddr, PAGE_SIZE);
	unsigned long end = ALIGN_UP(s->vaddr + s->memsz, PAGE_SIZE);

	for (unsigned long va = start; va < end; ) {
		struct vm_area *a = vm_find(mm, va);
		if (a) {
			if ((a->prot | s->prot) != a->prot &&
			    vm_protect(mm, va, PAGE_SIZE, a->prot | s->prot))
				return -ENOMEM;
			va += PAGE_SIZE;
			continue;
		}
		unsigned long run = va;
		while (run < end && !vm_find(mm, run))
			run += PAGE_SIZE;
		int err = vm_map_anon(mm, va, run - va, s->prot);
		if (err)
			return err;
		va = run;
	}
	return 0;
}

struct image {
	const char *data;
	size_t size;
	bool compat;
	unsigned long entry, phdr, phnum, phent, brk;
};

/* Read the ELF headers (either class) and map every PT_LOAD. */
static int load_elf(struct mm *mm, struct image *im)
{
	const struct elf64_ehdr *e64 = (const void *)im->data;
	const struct elf32_ehdr *e32 = (const void *)im->data;

	if (im->size < sizeof(*e64) || memcmp(e64->e_ident, "\177ELF", 4))
		return -ENOEXEC;
	im->compat = e64->e_ident[4] == ELFCLASS32;
	if (im->compat ? e32->e_machine != EM_386 || e32->e_type != ET_EXEC
		       : e64->e_machine != EM_X86_64 || e64->e_type != ET_EXEC)
		return -ENOEXEC;
	unsigned long phoff = im->compat ? e32->e_phoff : e64->e_phoff;
	im->phnum = im->compat ? e32->e_phnum : e64->e_phnum;
	im->phent = im->compat ? sizeof(struct elf32_phdr) : sizeof(struct elf64_phdr);
	im->entry = im->compat ? e32->e_entry : e64->e_entry;
	if (phoff > im->size || im->phnum > 64 || phoff + im->phnum * im->phent > im->size)
		return -ENOEXEC;

	for (unsigned long i = 0; i < im->phnum; i++) {
		const char *ph = im->data + phoff + i * im->phent;
		const struct elf64_phdr *p64 = (const void *)ph;
		const struct elf32_phdr *p32 = (const void *)ph;
		u32 type = im->compat ? p32->p_type : p64->p_type;
		struct segment s = {
			.vaddr = im->compat ? p32->p_vaddr : p64->p_vaddr,
			.memsz = im->compat ? p32->p_memsz : p64->p_memsz,
			.offset = im->compat ? p32->p_offset : p64->p_offset,
			.filesz = im->compat ? p32->p_filesz : p64->p_filesz,
			.prot = elf_prot(im->compat ? p32->p_flags : p64->p_flags),
		};
		if (type == PT_INTERP)
			return -ENOEXEC;		/* static executables only */
		if (type == PT_PHDR)
			im->phdr = s.vaddr;
		if (type != PT_LOAD || !s.memsz)
			continue;
		if (s.filesz > s.memsz || s.offset + s.filesz > im->size ||
		    s.vaddr + s.memsz > mm->task_size || s.vaddr < USER_MIN)
			return -ENOEXEC;
		int err = map_segment(mm, &s);
		if (err)
			return err;
		if (copy_to_mm(mm, s.vaddr, im->data + s.offset, s.filesz))
			return -EFAULT;
		if (!im->phdr && s.offset <= phoff && phoff < s.offset + s.filesz)
			im->phdr = s.vaddr + (phoff - s.offset);
		im->brk = MAX(im->brk, ALIGN_UP(s.vaddr + s.memsz, PAGE_SIZE));
	}
	return im->brk ? 0 : -ENOEXEC;
}

static unsigned long random_pages(unsigned long max_pages)
{
	return boot_params.norandmaps ? 0 : (get_random_u64() % max_pages) * PAGE_SIZE;
}

static int map_vdso(struct mm *mm, bool compat)
{
	struct vdso_image *img = compat ? &vdso_image_32 : &vdso_image_64;
	unsigned long base = vm_find_free(mm, (img->npages + 1) * PAGE_SIZE);

	if (!base)
		return -ENOMEM;
	/* the vvar page (read-only data) right below the text (read + execute) */
	int err = vm_map_frames(mm, base, vdso_data_phys, 1, PROT_READ);
	if (!err)
		err = vm_map_frames(mm, base + PAGE_SIZE, img->pages, img->npages,
				    PROT_READ | PROT_EXEC);
	mm->vdso_base = base + PAGE_SIZE;
	if (compat)
		mm->vdso_landing_pad = mm->vdso_base + img->sym_int80_landing_pad;
	return err;
}

/* A tiny bump allocator building the stack downwards in a kernel buffer that is
 * then copied to the top of the user stack in one go. */
struct stack_builder {
	char *buf;
	unsigned long top, sp;		/* user addresses */
	bool compat;
};

static unsigned long push_bytes(struct stack_builder *b, const void *p, size_t n)
{
	b->sp -= n;
	memcpy(b->buf + (b->sp - (b->top - STACK_SIZE)), p, n);
	return b->sp;
}

static void push_word(struct stack_builder *b, unsigned long v)
{
	if (b->compat) {
		u32 w = v;
		push_bytes(b, &w, 4);
	} else {
		push_bytes(b, &v, 8);
	}
}

static int count_strings(const char *const *v)
{
	int n = 0;

	while (v && v[n])
		n++;
	return n;
}

static int build_stack(struct mm *mm, const struct image *im, const char *path,
		       const char *const *argv, const char *const *envp, unsigned long *sp)
{
	struct stack_builder b = { kmalloc(STACK_SIZE), mm->stack_top, mm->stack_top,
				   im->compat };
	int argc = count_strings(argv), envc = count_strings(envp);
	unsigned long *argp = kmalloc(sizeof(long) * (argc + envc + 2)), *envpp = argp + argc + 1;
	size_t strings = strlen(path) + 64 + (argc + envc + 40) * sizeof(long) * 2;

	for (int i = 0; i < argc; i++)
		strings += strlen(argv[i]) + 1;
	for (int i = 0; i < envc; i++)
		strings += strlen(envp[i]) + 1;
	if (!b.buf || !argp || strings > STACK_SIZE / 2) {
		kfree(b.buf);
		kfree(argp);
		return -E2BIG;
	}
	unsigned long execfn = push_bytes(&b, path, strlen(path) + 1);
	for (int i = envc - 1; i >= 0; i--)
		envpp[i] = push_bytes(&b, envp[i], strlen(envp[i]) + 1);
	for (int i = argc - 1; i >= 0; i--)
		argp[i] = push_bytes(&b, argv[i], strlen(argv[i]) + 1);
	const char *platform = im->compat ? "i686" : "x86_64";
	unsigned long plat = push_bytes(&b, platform, strlen(platform) + 1);
	u64 rnd[2] = { get_random_u64(), get_random_u64() };
	b.sp &= ~15UL;
	unsigned long random = push_bytes(&b, rnd, 16);

	unsigned long auxv[2 * 24], *a = auxv;
	if (im->compat && mm->vdso_base) {
		*a++ = AT_SYSINFO;
		*a++ = mm->vdso_base + vdso_image_32.sym_kernel_vsyscall;
	}
	if (mm->vdso_base) {
		*a++ = AT_SYSINFO_EHDR;
		*a++ = mm->vdso_base;
	}
	unsigned long pairs[][2] = {
		{ AT_MINSIGSTKSZ, 2048 }, { AT_HWCAP, cpuid(1, 0).edx },
		{ AT_PAGESZ, PAGE_SIZE }, { AT_CLKTCK, 100 }, { AT_PHDR, im->phdr },
		{ AT_PHENT, im->phent }, { AT_PHNUM, im->phnum }, { AT_BASE, 0 },
		{ AT_FLAGS, 0 }, { AT_ENTRY, im->entry }, { AT_UID, 0 }, { AT_EUID, 0 },
		{ AT_GID, 0 }, { AT_EGID, 0 }, { AT_SECURE, 0 }, { AT_RANDOM, random },
		{ AT_HWCAP2, 0 }, { AT_EXECFN, execfn }, { AT_PLATFORM, plat },
		{ AT_NULL, 0 },
	};
	memcpy(a, pairs, sizeof(pairs));
	a += 2 * ARRAY_SIZE(pairs);

	/* argc's address must end 16-byte aligned: count the words still to push */
	size_t words = (a - auxv) + envc + 1 + argc + 1 + 1;
	size_t wsize = im->compat ? 4 : 8;
	b.sp = (b.sp - words * wsize) & ~15UL;
	b.sp += words * wsize;
	while (a > auxv)
		push_word(&b, *--a);
	push_word(&b, 0);
	for (int i = envc - 1; i >= 0; i--)
		push_word(&b, envpp[i]);
	push_word(&b, 0);
	for (int i = argc - 1; i >= 0; i--)
		push_word(&b, argp[i]);
	push_word(&b, argc);

	int err = copy_to_mm(mm, b.sp, b.buf + (b.sp - (b.top - STACK_SIZE)), b.top - b.sp);
	kfree(b.buf);
	kfree(argp);
	*sp = b.sp;
	return err;
}

int exec_load(struct inode *ino, const char *path, const char *const *argv,
	      const char *const *envp, struct mm **mm_out, struct pt_regs *regs)
{
	struct image im = { .data = ino->data, .size = ino->size };

	if (!S_ISREG(ino->mode))
		return -EACCES;
	/* peek at the class first: it decides the address-space size */
	if (im.size < 5 || memcmp(im.data, "\177ELF", 4))
		return -ENOEXEC;
	struct mm *mm = mm_create(im.data[4] == ELFCLASS32);
	if (!mm)
		return -ENOMEM;
	int err = load_elf(mm, &im);
	if (err)
		goto fail;
	mm->start_brk = mm->brk = im.brk;
	mm->stack_top = mm->task_size - random_pages(4096);
	err = vm_map_anon(mm, mm->stack_top - STACK_SIZE, STACK_SIZE, PROT_READ | PROT_WRITE);
	if (err)
		goto fail;
	mm->mmap_base = mm->stack_top - STACK_SIZE - STACK_GAP - random_pages(65536);
	if (!boot_params.vdso_off && (err = map_vdso(mm, im.compat)))
		goto fail;
	unsigned long sp;
	if ((err = build_stack(mm, &im, path, argv, envp, &sp)))
		goto fail;

	memset(regs, 0, sizeof(*regs));
	regs->ip = im.entry;
	regs->sp = sp;
	regs->cs = im.compat ? __USER32_CS : __USER_CS;
	regs->ss = __USER_DS;
	regs->flags = X86_EFLAGS_IF | X86_EFLAGS_FIXED;	/* 0x202 */
	regs->orig_ax = -1;
	*mm_out = mm;
	return 0;
fail:
	mm_destroy(mm);
	return err;
}

/* ---- execve(2) ---- */

#define MAX_ARGS	4096
#define ARGS_BYTES	(STACK_SIZE / 2)

void vfork_release(struct task *child);
void fpu_init_state(struct task *t);
void fpu_restore(struct task *t);
void load_tls(struct task *t);
void load_gs_index(u16 sel);

/* Copy a NULL-terminated array of user strings (pointers of 8 or 4 bytes) into
 * one kernel buffer: the vector first, then the strings. */
static const char **copy_strings(const void __user *uvec, bool compat, char **pool,
				 size_t *pool_left, long *err)
{
	const char **vec = kmalloc(sizeof(char *) * (MAX_ARGS + 1));
	int n = 0;

	*err = -ENOMEM;
	if (!vec)
		return NULL;
	for (; uvec; n++) {
		unsigned long p = 0;
		*err = -E2BIG;
		if (n == MAX_ARGS)
			goto fail;
		*err = -EFAULT;
		if (compat ? get_user(*(u32 *)&p, (const u32 __user *)uvec + n)
			   : get_user(p, (const unsigned long __user *)uvec + n))
			goto fail;
		if (!p)
			break;
		long len = strncpy_from_user(*pool, (const char __user *)p, *pool_left);
		*err = len < 0 ? len : -E2BIG;
		if (len < 0 || (size_t)len == *pool_left)
			goto fail;
		vec[n] = *pool;
		*pool += len + 1;
		*pool_left -= len + 1;
	}
	vec[n] = NULL;
	*err = 0;
	return vec;
fail:
	kfree(vec);
	return NULL;
}

/* The new program starts clean: default signal handlers (ignored ones stay
 * ignored), no alternate stack, no TLS, fresh FPU state. */
static void flush_old_exec(struct task *t, bool compat, const char *path)
{
	for (int i = 0; i < 64; i++) {
		struct k_sigaction *ka = &t->sighand[i];
		unsigned long h = ka->handler == 1 ? 1 : 0;
		*ka = (struct k_sigaction){ .handler = h };
	}
	t->altstack_sp = t->altstack_size = 0;
	t->altstack_flags = 2;		/* SS_DISABLE */
	t->clear_child_tid = 0;
	memset(t->tls, 0, sizeof(t->tls));
	load_tls(t);
	t->fs_base = t->gs_base = 0;
	t->fsindex = t->gsindex = 0;
	asm volatile("movl %0, %%fs" :: "r"(0));
	load_gs_index(0);
	wrmsr(MSR_FS_BASE, 0);
	wrmsr(MSR_KERNEL_GS_BASE, 0);
	fpu_init_state(t);
	fpu_restore(t);
	t->compat = compat;
	const char *name = path + strlen(path);
	while (name > path && name[-1] != '/')
		name--;
	strlcpy(t->comm, name, sizeof(t->comm));
}

static long do_execve(const char __user *ufilename, const void __user *uargv,
		      const void __user *uenvp, bool compat)
{
	struct task *t = current;
	char *buf = kmalloc(PATH_MAX + ARGS_BYTES), *pool = buf + PATH_MAX;
	size_t pool_left = ARGS_BYTES;
	const char **argv = NULL, **envp = NULL;
	long err = -ENOMEM;

	if (!buf)
		return -ENOMEM;
	err = strncpy_from_user(buf, ufilename, PATH_MAX);
	if (err >= 0)
		err = err == PATH_MAX ? -ENAMETOOLONG : 0;
	if (!err)
		argv = copy_strings(uargv, compat, &pool, &pool_left, &err);
	if (!err)
		envp = copy_strings(uenvp, compat, &pool, &pool_left, &err);
	struct inode *ino = err ? NULL : exec_lookup(buf, &err);
	struct pt_regs regs;
	struct mm *mm;
	if (ino)
		err = exec_load(ino, buf, argv, envp, &mm, &regs);
	if (!err) {
		/* the point of no return: the old program is gone */
		struct mm *old = t->mm;
		t->mm = mm;
		write_cr3(virt_to_phys(mm->pml4));
		vfork_release(t);		/* a vfork parent gets its memory back */
		mm_put(old);
		files_close_on_exec(t->files);
		flush_old_exec(t, regs.cs == __USER32_CS, buf);
		*task_pt_regs(t) = regs;
		t->flags |= TIF_FORCE_IRET;	/* new registers: back by IRET */
		if (t->ptrace & PT_PTRACED)
			send_signal(t, SIGTRAP);	/* the tracer sees the new program */
	}
	kfree(argv);
	kfree(envp);
	kfree(buf);
	return err;
}

SYSCALL_DEFINE3(execve, const char __user *, filename, const char __user *const __user *, argv,
		const char __user *const __user *, envp)
{
	return do_execve(filename, argv, envp, false);
}

COMPAT_SYSCALL_DEFINE3(execve, const char __user *, filename, const u32 __user *, argv,
		       const u32 __user *, envp)
{
	return do_execve(filename, argv, envp, true);
}

struct inode *exec_lookup(const char *path, long *err)
{
	struct inode *ino;

	*err = path_lookupat(AT_FDCWD, path, &ino);
	if (*err)
		return NULL;
	if (!S_ISREG(ino->mode) || !(ino->mode & 0111)) {
		*err = -EACCES;		/* a directory, a device, not executable */
		return NULL;
	}
	return ino;
}
