/*
 * time.h - kernel time: jiffies counted by the timer tick (HZ per second) and a
 * nanosecond clock since boot. arch/x86/platform/pit.c drives them.
 */
#ifndef _TIME_H
#define _TIME_H

#include <types.h>

#define HZ		100
#define NSEC_PER_SEC	1000000000ULL

extern volatile u64 jiffies;
u64 ktime_get_ns(void);
void timer_tick(void);

#endif
