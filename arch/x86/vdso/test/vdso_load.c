/*
 * vdso_load.c - the host test's loader: maps a vDSO image the way Trapdoor's exec
 * does (vvar page, then the image right above it), finds symbols through DT_HASH
 * and the version tables like a libc would, and counts instructions with ptrace.
 */
#include <elf.h>
#include <link.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/user.h>
#include <sys/wait.h>
#include "hosttest.h"

#define PAGE	4096UL

struct vdso vdso;

static const ElfW(Sym) *symtab;
static const char *strtab;
static const Elf32_Word *hash;		/* nbucket, nchain, buckets, chains */
static const ElfW(Versym) *versym;
static const ElfW(Verdef) *verdef;

int vdso_load(const char *path)
{
	FILE *f = fopen(path, "rb");
	const ElfW(Ehdr) *eh;
	const ElfW(Phdr) *ph;
	const ElfW(Dyn) *dyn = NULL;
	struct stat st;
	unsigned char *map;
	size_t len;
	int i;

	if (!f || fstat(fileno(f), &st) < 0)
		return -1;
	vdso.size = (st.st_size + PAGE - 1) & ~(PAGE - 1);
	len = PAGE + vdso.size;
	map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED || fread(map + PAGE, 1, st.st_size, f) != (size_t)st.st_size)
		return -1;
	fclose(f);
	vdso.vvar = map;
	vdso.base = map + PAGE;
	if (mprotect(vdso.base, vdso.size, PROT_READ | PROT_EXEC) < 0 ||
	    mprotect(vdso.vvar, PAGE, PROT_READ) < 0)
		return -1;

	eh = (const ElfW(Ehdr) *)vdso.base;
	ph = (const ElfW(Phdr) *)(vdso.base + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_DYNAMIC)
			dyn = (const ElfW(Dyn) *)(vdso.base + ph[i].p_offset);
	for (; dyn && dyn->d_tag != DT_NULL; dyn++) {
		const void *p = vdso.base + dyn->d_un.d_ptr;	/* linked at 0 */

		switch (dyn->d_tag) {
		case DT_SYMTAB: symtab = p; break;
		case DT_STRTAB: strtab = p; break;
		case DT_HASH: hash = p; break;
		case DT_VERSYM: versym = p; break;
		case DT_VERDEF: verdef = p; break;
		}
	}
	return symtab && strtab && hash ? 0 : -1;
}

/* The name of version index `ndx` (from .gnu.version), NULL for none. */
static const char *version_name(ElfW(Versym) ndx)
{
	const ElfW(Verdef) *d = verdef;

	ndx &= 0x7fff;
	for (; d; d = d->vd_next ? (const void *)((const char *)d + d->vd_next) : NULL) {
		if (d->vd_ndx == ndx && !(d->vd_flags & VER_FLG_BASE)) {
			const ElfW(Verdaux) *a = (const void *)((const char *)d + d->vd_aux);

			return strtab + a->vda_name;
		}
	}
	return NULL;
}

static int exported(const ElfW(Sym) *s)
{
	int bind = ELF64_ST_BIND(s->st_info);	/* same encoding in ELF32 */

	return s->st_shndx != SHN_UNDEF && (bind == STB_GLOBAL || bind == STB_WEAK) &&
	       ELF64_ST_TYPE(s->st_info) == STT_FUNC;
}

void *vdso_lookup(const char *version, const char *name)
{
	Elf32_Word i, nchain = hash[1];

	/* Linear like musl: the hash chains are checked by glibc and libc/src/vdso.c. */
	for (i = 1; i < nchain; i++) {
		const char *v = versym ? version_name(versym[i]) : NULL;

		if (!exported(&symtab[i]) || strcmp(strtab + symtab[i].st_name, name))
			continue;
		if (version && (!v || strcmp(v, version)))
			continue;
		return vdso.base + symtab[i].st_value;
	}
	return NULL;
}

void vdso_for_each_export(void (*fn)(const char *, const char *, void *), void *arg)
{
	Elf32_Word i;

	for (i = 1; i < hash[1]; i++)
		if (exported(&symtab[i]))
			fn(strtab + symtab[i].st_name,
			   versym ? version_name(versym[i]) : NULL, arg);
}

void vvar_begin(void)
{
	mprotect(vdso.vvar, PAGE, PROT_READ | PROT_WRITE);
	vvar_write_begin(vdso.vvar);
}

void vvar_end(void)
{
	vvar_write_end(vdso.vvar);
	mprotect(vdso.vvar, PAGE, PROT_READ);	/* the vDSO must only read it */
}

uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	asm volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

int64_t ts_ns(const struct timespec *ts)
{
	return (int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec;
}

const char *fail(const char *fmt, ...)
{
	static char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return msg;
}

static unsigned long user_ip(pid_t pid)
{
	struct user_regs_struct regs;

	if (ptrace(PTRACE_GETREGS, pid, NULL, &regs) < 0)
		return 0;
#ifdef __x86_64__
	return regs.rip;
#else
	return regs.eip;
#endif
}

long count_image_insns(void *fn, int a, void *b)
{
	unsigned long lo = (unsigned long)vdso.base, hi = lo + vdso.size, ip;
	long count = 0;
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		raise(SIGSTOP);
		_exit(((int (*)(int, void *))fn)(a, b) == 0 ? 0 : 1);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFSTOPPED(status))
		return -1;
	for (;;) {
		ip = user_ip(pid);
		if (ip >= lo && ip < hi)
			count++;	/* the instruction at ip is about to run */
		if (ptrace(PTRACE_SINGLESTEP, pid, NULL, NULL) < 0 ||
		    waitpid(pid, &status, 0) < 0)
			return -1;
		if (WIFEXITED(status))
			return WEXITSTATUS(status) == 0 ? count : -1;
	}
}
