/* Finding functions in the vDSO (DESIGN §8): the kernel maps a small ELF shared
 * object into every process and passes its address as AT_SYSINFO_EHDR. We read its
 * dynamic section once, then look names up through the SysV hash table (DT_HASH),
 * checking the symbol version (DT_VERSYM + DT_VERDEF) when the caller names one.
 * Works on the host Linux's vDSO and on Trapdoor's; never writes to the image. */
#include <elf.h>
#include <string.h>
#include "internal.h"

#ifdef __x86_64__
#define ELFCLASS_NATIVE	ELFCLASS64
typedef Elf64_Ehdr Ehdr;
typedef Elf64_Phdr Phdr;
typedef Elf64_Dyn Dyn;
typedef Elf64_Sym Sym;
typedef Elf64_Verdef Verdef;
typedef Elf64_Verdaux Verdaux;
typedef Elf64_Versym Versym;
#define ST_TYPE(i)	ELF64_ST_TYPE(i)
#define ST_BIND(i)	ELF64_ST_BIND(i)
#else
#define ELFCLASS_NATIVE	ELFCLASS32
typedef Elf32_Ehdr Ehdr;
typedef Elf32_Phdr Phdr;
typedef Elf32_Dyn Dyn;
typedef Elf32_Sym Sym;
typedef Elf32_Verdef Verdef;
typedef Elf32_Verdaux Verdaux;
typedef Elf32_Versym Versym;
#define ST_TYPE(i)	ELF32_ST_TYPE(i)
#define ST_BIND(i)	ELF32_ST_BIND(i)
#endif

static struct {
	uintptr_t load_offset;	/* runtime address = load_offset + link address */
	const Sym *symtab;
	const char *strtab;
	const Elf32_Word *bucket, *chain;	/* DT_HASH words are 32-bit in both */
	Elf32_Word nbucket;
	const Versym *versym;	/* NULL: versions not checked */
	const Verdef *verdef;
} vdso;

/* The SysV ELF hash (gABI, "Hash Table"); also used for version names. */
static uint32_t elf_hash(const char *name)
{
	uint32_t h = 0, g;

	while (*name) {
		h = (h << 4) + (unsigned char)*name++;
		g = h & 0xf0000000;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

static int parse_dynamic(const Dyn *dyn)
{
	const Elf32_Word *hash = NULL;

	for (; dyn->d_tag != DT_NULL; dyn++) {
		uintptr_t addr = vdso.load_offset + dyn->d_un.d_ptr;

		switch (dyn->d_tag) {
		case DT_STRTAB:
			vdso.strtab = (const char *)addr;
			break;
		case DT_SYMTAB:
			vdso.symtab = (const Sym *)addr;
			break;
		case DT_HASH:
			hash = (const Elf32_Word *)addr;
			break;
		case DT_VERSYM:
			vdso.versym = (const Versym *)addr;
			break;
		case DT_VERDEF:
			vdso.verdef = (const Verdef *)addr;
			break;
		}
	}
	if (!vdso.strtab || !vdso.symtab || !hash)
		return 0;
	if (!vdso.verdef)		/* versym means nothing without verdef */
		vdso.versym = NULL;
	vdso.nbucket = hash[0];
	vdso.bucket = &hash[2];
	vdso.chain = &hash[2 + hash[0]];
	return vdso.nbucket != 0;
}

void __vdso_init(uintptr_t base)
{
	const Ehdr *eh = (const Ehdr *)base;
	const Dyn *dyn = NULL;
	int have_load = 0;
	int i;

	memset(&vdso, 0, sizeof(vdso));
	if (!base || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
	    eh->e_ident[EI_CLASS] != ELFCLASS_NATIVE)
		return;
	for (i = 0; i < eh->e_phnum; i++) {
		const Phdr *ph = (const Phdr *)(base + eh->e_phoff +
						(uintptr_t)i * eh->e_phentsize);

		if (ph->p_type == PT_LOAD && !have_load) {
			/* The image is mapped as one piece starting at file offset 0. */
			vdso.load_offset = base + ph->p_offset - ph->p_vaddr;
			have_load = 1;
		} else if (ph->p_type == PT_DYNAMIC) {
			dyn = (const Dyn *)(base + ph->p_offset);
		}
	}
	if (!have_load || !dyn || !parse_dynamic(dyn))
		memset(&vdso, 0, sizeof(vdso));
}

/* Does version index `ver` name the version `version` (whose hash is vhash)? */
static int version_matches(Versym ver, const char *version, uint32_t vhash)
{
	const Verdef *def = vdso.verdef;
	const Verdaux *aux;

	ver &= VERSYM_VERSION;
	while (def->vd_ndx != ver || (def->vd_flags & VER_FLG_BASE)) {
		if (!def->vd_next)
			return 0;
		def = (const Verdef *)((const char *)def + def->vd_next);
	}
	aux = (const Verdaux *)((const char *)def + def->vd_aux);
	return def->vd_hash == vhash &&
	       strcmp(version, vdso.strtab + aux->vda_name) == 0;
}

/* Address of `name` in the vDSO, NULL if absent. version NULL: any version. */
void *__vdso_sym(const char *version, const char *name)
{
	uint32_t vhash;
	Elf32_Word i;

	if (!vdso.symtab)
		return NULL;
	vhash = version ? elf_hash(version) : 0;
	for (i = vdso.bucket[elf_hash(name) % vdso.nbucket]; i != STN_UNDEF;
	     i = vdso.chain[i]) {
		const Sym *sym = &vdso.symtab[i];
		int type = ST_TYPE(sym->st_info), bind = ST_BIND(sym->st_info);

		if (type != STT_FUNC && type != STT_NOTYPE && type != STT_OBJECT)
			continue;
		if (bind != STB_GLOBAL && bind != STB_WEAK)
			continue;
		if (sym->st_shndx == SHN_UNDEF)
			continue;
		if (strcmp(name, vdso.strtab + sym->st_name) != 0)
			continue;
		if (version && vdso.versym &&
		    !version_matches(vdso.versym[i], version, vhash))
			continue;
		return (void *)(vdso.load_offset + sym->st_value);
	}
	return NULL;
}
