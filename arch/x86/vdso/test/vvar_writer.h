/*
 * vvar_writer.h - the host test's stand-in for the kernel's timer tick: it fills a
 * fake vvar page through the kernel's own struct vdso_data (vvar_writer.c includes
 * asm/vdso.h; the test proper is a glibc program and must not).
 */
#ifndef _VVAR_WRITER_H
#define _VVAR_WRITER_H

#include <stdint.h>

extern const int vvar_mode_none, vvar_mode_tsc, vvar_max_clocks;

unsigned long vvar_size(void);
void vvar_clear(void *page);
/* Open (seq odd) and close (seq even) an update, as the kernel's tick does. */
void vvar_write_begin(void *page);
void vvar_write_end(void *page);
/* Setters: call between begin and end. */
void vvar_set_mode(void *page, int mode, uint32_t clock_valid);
void vvar_set_tsc(void *page, uint64_t cycle_last, uint32_t mult, uint32_t shift);
void vvar_set_base(void *page, int clk, uint64_t sec, uint64_t nsec);
void vvar_set_res(void *page, uint32_t hrtimer_res, uint32_t coarse_res);
void vvar_set_tz(void *page, int32_t minuteswest, int32_t dsttime);

#endif
