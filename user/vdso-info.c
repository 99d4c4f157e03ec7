/*
 * vdso-info.c - show the vDSO this process was given (DESIGN §8, the vDSO slide):
 * its address from the aux vector (AT_SYSINFO_EHDR), every symbol it exports with
 * its version, and in an i386 process which instruction __kernel_vsyscall enters
 * the kernel with. Reads the ELF image in memory the way a libc does.
 */
#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <vdso.h>

#ifdef __x86_64__
#define ABI	"x86-64"
typedef Elf64_Ehdr Ehdr;
typedef Elf64_Phdr Phdr;
typedef Elf64_Dyn Dyn;
typedef Elf64_Sym Sym;
#define ST_BIND(i)	ELF64_ST_BIND(i)
#define ST_TYPE(i)	ELF64_ST_TYPE(i)
#else
#define ABI	"i386"
typedef Elf32_Ehdr Ehdr;
typedef Elf32_Phdr Phdr;
typedef Elf32_Dyn Dyn;
typedef Elf32_Sym Sym;
#define ST_BIND(i)	ELF32_ST_BIND(i)
#define ST_TYPE(i)	ELF32_ST_TYPE(i)
#endif

/* What the dynamic section tells us. */
struct image {
	unsigned long load;		/* runtime address = load + link address */
	const Sym *symtab;
	const char *strtab;
	const Elf32_Word *hash;		/* DT_HASH: nbucket, nchain, ... */
	const Elf32_Half *versym;
	const Elf32_Verdef *verdef;
	const char *soname;
};

static int read_image(unsigned long base, struct image *im)
{
	const Ehdr *eh = (const Ehdr *)base;
	const Dyn *dyn = NULL;
	unsigned long soname = 0;
	int i;

	memset(im, 0, sizeof(*im));
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0)
		return -1;
	for (i = 0; i < eh->e_phnum; i++) {
		const Phdr *ph = (const Phdr *)(base + eh->e_phoff + i * eh->e_phentsize);

		if (ph->p_type == PT_LOAD && !im->load)
			im->load = base + ph->p_offset - ph->p_vaddr;
		else if (ph->p_type == PT_DYNAMIC)
			dyn = (const Dyn *)(base + ph->p_offset);
	}
	for (; dyn && dyn->d_tag != DT_NULL; dyn++) {
		unsigned long p = im->load + dyn->d_un.d_ptr;

		switch (dyn->d_tag) {
		case DT_SYMTAB: im->symtab = (const Sym *)p; break;
		case DT_STRTAB: im->strtab = (const char *)p; break;
		case DT_HASH: im->hash = (const Elf32_Word *)p; break;
		case DT_VERSYM: im->versym = (const Elf32_Half *)p; break;
		case DT_VERDEF: im->verdef = (const Elf32_Verdef *)p; break;
		case DT_SONAME: soname = dyn->d_un.d_val; break;
		}
	}
	if (!im->symtab || !im->strtab || !im->hash)
		return -1;
	im->soname = soname ? im->strtab + soname : "?";
	return 0;
}

/* The name of version index `ndx`, "" if none. */
static const char *version_of(const struct image *im, unsigned ndx)
{
	const Elf32_Verdef *d = im->verdef;

	ndx &= VERSYM_VERSION;
	while (d) {
		if (d->vd_ndx == ndx && !(d->vd_flags & VER_FLG_BASE)) {
			const Elf32_Verdaux *a =
				(const Elf32_Verdaux *)((const char *)d + d->vd_aux);

			return im->strtab + a->vda_name;
		}
		d = d->vd_next ? (const Elf32_Verdef *)((const char *)d + d->vd_next)
			       : NULL;
	}
	return "";
}

static void print_symbols(const struct image *im)
{
	Elf32_Word i, nsyms = im->hash[1];	/* nchain = number of symbols */

	for (i = 1; i < nsyms; i++) {
		const Sym *s = &im->symtab[i];
		int bind = ST_BIND(s->st_info);

		if (s->st_shndx == SHN_UNDEF || (bind != STB_GLOBAL && bind != STB_WEAK))
			continue;
		if (ST_TYPE(s->st_info) != STT_FUNC && ST_TYPE(s->st_info) != STT_NOTYPE)
			continue;
		printf("  %p  %-24s %s%s\n", (void *)(im->load + s->st_value),
		       im->strtab + s->st_name,
		       im->versym ? version_of(im, im->versym[i]) : "",
		       bind == STB_WEAK ? " (weak)" : "");
	}
}

#ifdef __i386__
/*
 * __kernel_vsyscall is push ecx/edx/ebp, a slot the kernel patched at boot, then
 * int $0x80: the first 0f 34 (sysenter) or 0f 05 (syscall) before the cd 80 tells.
 */
static const char *vsyscall_insn(const unsigned char *p)
{
	int i;

	for (i = 0; i < 32; i++) {
		if (p[i] == 0xcd && p[i + 1] == 0x80)
			return "int $0x80 (no fast path)";
		if (p[i] == 0x0f && p[i + 1] == 0x34)
			return "sysenter (Intel)";
		if (p[i] == 0x0f && p[i + 1] == 0x05)
			return "syscall (AMD)";
	}
	return "unknown";
}

static void print_vsyscall(void)
{
	const unsigned char *at_sysinfo = (const unsigned char *)getauxval(AT_SYSINFO);
	const unsigned char *sym = __vdso_sym("LINUX_2.5", "__kernel_vsyscall");

	printf("AT_SYSINFO %p, __kernel_vsyscall@LINUX_2.5 %p%s\n", at_sysinfo, sym,
	       at_sysinfo == sym ? "" : "  (they differ!)");
	if (sym)
		printf("__kernel_vsyscall enters the kernel with %s\n", vsyscall_insn(sym));
}
#endif

int main(void)
{
	unsigned long base = getauxval(AT_SYSINFO_EHDR);
	struct image im;

	if (!base) {
		printf("no vDSO: AT_SYSINFO_EHDR is absent (booted with vdso=0?)\n");
		return 1;
	}
	if (read_image(base, &im) < 0) {
		printf("vDSO at %p: not a readable ELF image\n", (void *)base);
		return 1;
	}
	printf("vDSO at %p (%s, %s)\n", (void *)base, im.soname, ABI);
	print_symbols(&im);
#ifdef __i386__
	print_vsyscall();
#endif
	return 0;
}
