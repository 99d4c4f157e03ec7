/*
 * kernel/random.c - random numbers for AT_RANDOM, address-space randomisation and
 * getrandom(2). RDRAND when the CPU has it, mixed into a xorshift generator seeded
 * from the TSC; not cryptographic, but never the same twice.
 */
#include <types.h>
#include <syscalls.h>
#include <uaccess.h>
#include <errno.h>
#include <asm/processor.h>
#include <asm/cpufeature.h>

#define GRND_NONBLOCK	0x1
#define GRND_RANDOM	0x2
#define GRND_INSECURE	0x4

static u64 state = 0x9e3779b97f4a7c15ULL;

u64 get_random_u64(void)
{
	u64 x = state ^ rdtsc();

	if (boot_cpu_data.rdrand) {
		u64 r;
		unsigned char ok;
		asm volatile("rdrand %0; setc %1" : "=r"(r), "=qm"(ok));
		if (ok)
			x ^= r;
	}
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	state = x;
	return x;
}

SYSCALL_DEFINE3(getrandom, char __user *, buf, size_t, count, unsigned int, flags)
{
	if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if ((flags & GRND_INSECURE) && (flags & GRND_RANDOM))
		return -EINVAL;
	if (count > 0x1ffffff)
		count = 0x1ffffff;		/* Linux caps one call at 32 MiB - 1 */
	for (size_t done = 0; done < count; done += 8) {
		u64 r = get_random_u64();
		size_t n = MIN(count - done, (size_t)8);
		if (copy_to_user(buf + done, &r, n))
			return done ? (long)done : -EFAULT;
	}
	return count;
}
