/*
 * arch/x86/platform/rtc.c - read the wall-clock time once at boot from the CMOS
 * real-time clock (registers 0x00-0x09, BCD unless status B says binary), as
 * seconds since 1970. CLOCK_REALTIME starts from it.
 */
#include <types.h>
#include <asm/io.h>

static u8 cmos_read(u8 reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static unsigned int bcd(u8 v, bool binary)
{
	return binary ? v : (v & 0xf) + (v >> 4) * 10;
}

/* Days from 1970-01-01 to year-month-day (proleptic Gregorian). */
static u64 days_from_civil(unsigned int y, unsigned int m, unsigned int d)
{
	y -= m <= 2;
	u64 era = y / 400, yoe = y - era * 400;
	u64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	u64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

u64 rtc_read_seconds(void)
{
	while (cmos_read(0x0a) & 0x80)		/* update in progress: wait */
		;
	bool binary = cmos_read(0x0b) & 0x04;
	unsigned int sec = bcd(cmos_read(0x00), binary), min = bcd(cmos_read(0x02), binary);
	unsigned int hour = bcd(cmos_read(0x04) & 0x7f, binary);
	unsigned int day = bcd(cmos_read(0x07), binary), mon = bcd(cmos_read(0x08), binary);
	unsigned int year = 2000 + bcd(cmos_read(0x09), binary);

	return days_from_civil(year, mon, day) * 86400 + hour * 3600 + min * 60 + sec;
}
