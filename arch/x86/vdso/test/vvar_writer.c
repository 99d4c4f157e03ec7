/*
 * vvar_writer.c - the writer side of the vvar seqcount for the host test, built
 * against the kernel's asm/vdso.h so the test and the kernel share one layout.
 * Same protocol as the tick: seq++ (odd), barrier, stores, barrier, seq++ (even).
 */
#include <compiler.h>
#include <asm/vdso.h>
#include "vvar_writer.h"

const int vvar_mode_none = VDSO_CLOCKMODE_NONE;
const int vvar_mode_tsc = VDSO_CLOCKMODE_TSC;
const int vvar_max_clocks = VDSO_MAX_CLOCKS;

unsigned long vvar_size(void)
{
	return sizeof(struct vdso_data);
}

/* Everything but the sequence counter (the update around it is still open). */
void vvar_clear(void *page)
{
	struct vdso_data *vd = page;
	u32 seq = vd->seq;

	__builtin_memset(vd, 0, sizeof(*vd));
	vd->seq = seq;
}

void vvar_write_begin(void *page)
{
	struct vdso_data *vd = page;

	WRITE_ONCE(vd->seq, vd->seq + 1);
	barrier();
}

void vvar_write_end(void *page)
{
	struct vdso_data *vd = page;

	barrier();
	WRITE_ONCE(vd->seq, vd->seq + 1);
}

void vvar_set_mode(void *page, int mode, uint32_t clock_valid)
{
	struct vdso_data *vd = page;

	vd->clock_mode = mode;
	vd->clock_valid = clock_valid;
}

void vvar_set_tsc(void *page, uint64_t cycle_last, uint32_t mult, uint32_t shift)
{
	struct vdso_data *vd = page;

	vd->cycle_last = cycle_last;
	vd->mult = mult;
	vd->shift = shift;
}

void vvar_set_base(void *page, int clk, uint64_t sec, uint64_t nsec)
{
	struct vdso_data *vd = page;

	WRITE_ONCE(vd->basetime[clk].sec, sec);
	WRITE_ONCE(vd->basetime[clk].nsec, nsec);
}

void vvar_set_res(void *page, uint32_t hrtimer_res, uint32_t coarse_res)
{
	struct vdso_data *vd = page;

	vd->hrtimer_res = hrtimer_res;
	vd->coarse_res = coarse_res;
}

void vvar_set_tz(void *page, int32_t minuteswest, int32_t dsttime)
{
	struct vdso_data *vd = page;

	vd->tz_minuteswest = minuteswest;
	vd->tz_dsttime = dsttime;
}
