/*
 * vdso_init.c - the kernel's half of the vDSO (DESIGN §8): at boot, copy both
 * embedded images into frames the exec code maps into every process, patch
 * __kernel_vsyscall's slot for this CPU (the lecture's SYSENTER vs SYSCALL choice),
 * and allocate the vvar page the timer tick writes. It maps nothing itself.
 */
#include <mm.h>
#include <panic.h>
#include <printk.h>
#include <string.h>
#include <asm/vdso.h>
#include "vsyscall_patch.h"

struct vdso_data *vdso_data;
phys_addr_t vdso_data_phys;
/* vsyscall_mode itself lives with the MSR setup that picks it (syscall_init.c). */

/* What the slot holds per mode, and what pr_info() calls it. */
static const struct {
	u8 bytes[VSYSCALL_PATCH_SIZE];
	const char *insn;
} vsyscall_patches[] = {
	[VSYSCALL_INT80] = { { VSYSCALL_PATCH_INT80 }, "int $0x80" },
	[VSYSCALL_SYSENTER] = { { VSYSCALL_PATCH_SYSENTER }, "sysenter" },
	[VSYSCALL_SYSCALL32] = { { VSYSCALL_PATCH_SYSCALL }, "syscall" },
};

/* The kernel maps exactly one vvar page below each image. */
_Static_assert(sizeof(struct vdso_data) <= PAGE_SIZE, "vvar is one page");

/* A private, page-aligned copy of `img` that the processes will share. */
static u8 *vdso_copy_image(struct vdso_image *img)
{
	u8 *copy;

	if (img->size == 0 || img->size % PAGE_SIZE || memcmp(img->data, "\177ELF", 4))
		panic("vdso: embedded image at %p is not a page-padded ELF file",
		      img->data);
	img->npages = img->size / PAGE_SIZE;
	img->pages = alloc_frames(img->npages);
	if (!img->pages)
		panic("vdso: no memory for a %zu-page image", img->npages);
	copy = phys_to_virt(img->pages);
	memcpy(copy, img->data, img->size);
	return copy;
}

void vdso_init(enum vsyscall_mode mode)
{
	u8 *image32;

	if ((unsigned)mode >= ARRAY_SIZE(vsyscall_patches))
		mode = VSYSCALL_INT80;		/* int $0x80 works on every CPU */

	vdso_data_phys = alloc_frame();		/* zeroed: seq 0, clock_mode NONE */
	if (!vdso_data_phys)
		panic("vdso: no memory for the vvar page");
	vdso_data = phys_to_virt(vdso_data_phys);

	vdso_copy_image(&vdso_image_64);
	image32 = vdso_copy_image(&vdso_image_32);

	/* vdso2c checked the slot sits between the pushes and the int $0x80. */
	BUG_ON(vdso_image_32.sym_vsyscall_patch < 0);
	memcpy(image32 + vdso_image_32.sym_vsyscall_patch,
	       vsyscall_patches[mode].bytes, VSYSCALL_PATCH_SIZE);
	vsyscall_mode = mode;

	pr_info("vdso: %zu+%zu pages, __kernel_vsyscall uses %s\n",
		vdso_image_64.npages, vdso_image_32.npages,
		vsyscall_patches[mode].insn);
}
