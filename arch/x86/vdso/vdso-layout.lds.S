/*
 * vdso-layout.lds.S - the shape of both vDSO images (DESIGN §8), included by
 * vdso64.lds.S and vdso32.lds.S. Linked at 0, one read+execute PT_LOAD that starts
 * with the ELF header, nothing writable; the vvar page sits one page below it.
 * Preprocessed with cpp, so C comments only.
 */

SECTIONS
{
	/*
	 * The kernel maps struct vdso_data one page below the image; code reaches
	 * it PC-relatively (vdso_arch.h), so it is just a symbol at -4096.
	 */
	vvar_page = . - 4096;

	/* Headers first: the PT_LOAD covers them, so the image is the file. */
	. = SIZEOF_HEADERS;

	.hash		: { *(.hash) }			:text
	.gnu.hash	: { *(.gnu.hash) }
	.dynsym		: { *(.dynsym) }
	.dynstr		: { *(.dynstr) }
	.gnu.version	: { *(.gnu.version) }
	.gnu.version_d	: { *(.gnu.version_d) }
	.gnu.version_r	: { *(.gnu.version_r) }

	.dynamic	: { *(.dynamic) }		:text	:dynamic

	/*
	 * Everything that would be data folds in here: the image is shared by
	 * every process and mapped read-only, so none of it may ever be written.
	 * vdso.mk fails the build if any of it is writable.
	 */
	.rodata		: {
		*(.rodata .rodata.*)
		*(.data .data.*)
		*(.got.plt) *(.got)
		*(.bss .bss.*) *(COMMON)
	}						:text

	.note		: { *(.note.*) }		:text	:note

	.eh_frame_hdr	: { *(.eh_frame_hdr) }		:text	:eh_frame_hdr
	.eh_frame	: { KEEP(*(.eh_frame)) }	:text

	.text		: { *(.text .text.*) }		:text	=0x90909090

	/* No relocations may survive (vdso.mk checks); CET notes differ in size. */
	/DISCARD/	: {
		*(.note.gnu.property)
		*(.comment)
	}
}

PHDRS
{
	text		PT_LOAD		FLAGS(5) FILEHDR PHDRS;	/* R+X */
	dynamic		PT_DYNAMIC	FLAGS(4);		/* R */
	note		PT_NOTE		FLAGS(4);
	eh_frame_hdr	PT_GNU_EH_FRAME	FLAGS(4);
}
