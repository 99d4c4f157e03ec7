/*
 * arch/x86/kernel/tls.c - set_thread_area(2): i386 libcs keep thread-local
 * storage in a GDT segment loaded into %gs. A task owns three slots, GDT entries
 * 12-14 (selectors 0x63, 0x6b, 0x73), reloaded on every context switch.
 * The descriptor is built from Linux's struct user_desc; only 32-bit, present,
 * non-system data or code segments of DPL 3 can result.
 */
#include <syscalls.h>
#include <sched.h>
#include <uaccess.h>
#include <errno.h>
#include <asm/segment.h>

struct user_desc {
	u32 entry_number;
	u32 base_addr;
	u32 limit;
	u32 seg_32bit:1, contents:2, read_exec_only:1, limit_in_pages:1,
	    seg_not_present:1, useable:1, lm:1;
};

void load_tls(struct task *t);

static bool desc_empty(const struct user_desc *u)
{
	return !u->base_addr && !u->limit && !u->contents && u->read_exec_only &&
	       !u->seg_32bit && !u->limit_in_pages && u->seg_not_present && !u->useable;
}

static u64 make_desc(const struct user_desc *u)
{
	u64 d = (u->limit & 0xffff) | ((u64)(u->base_addr & 0xffffff) << 16);

	d |= (u64)((!u->read_exec_only << 1) | (u->contents << 2) | 0x10 /* S */ |
		   (3 << 5) /* DPL 3 */ | (!u->seg_not_present << 7)) << 40;
	d |= (u64)((u->limit >> 16) & 0xf) << 48;
	d |= (u64)((u->useable) | (u->seg_32bit << 2) | (u->limit_in_pages << 3)) << 52;
	d |= (u64)(u->base_addr >> 24) << 56;
	return d;
}

SYSCALL_DEFINE1(set_thread_area, struct user_desc __user *, u_info)
{
	struct user_desc u;
	struct task *t = current;

	if (copy_from_user(&u, u_info, sizeof(u)))
		return -EFAULT;
	int idx = u.entry_number;
	if (idx == -1) {		/* pick a free slot and tell the caller */
		for (idx = GDT_ENTRY_TLS_MIN; idx < GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES; idx++)
			if (!t->tls[idx - GDT_ENTRY_TLS_MIN])
				break;
		if (idx == GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
			return -ESRCH;
		if (put_user((u32)idx, &u_info->entry_number))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return -EINVAL;
	/* no 16-bit segments (the espfix leak, CVE-2014-8133), no 64-bit code */
	if (!desc_empty(&u) && (!u.seg_32bit || u.lm))
		return -EINVAL;
	if (u.contents == 3 && !desc_empty(&u))
		return -EINVAL;		/* conforming code: never */
	t->tls[idx - GDT_ENTRY_TLS_MIN] = desc_empty(&u) ? 0 : make_desc(&u);
	load_tls(t);
	return 0;
}
