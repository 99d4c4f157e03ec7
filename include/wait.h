/*
 * wait.h - sleeping until something happens: a wait queue is a list of tasks to
 * wake. wait_event_interruptible(wq, cond) sleeps until cond is true, or returns
 * -ERESTARTSYS if a signal arrives first (the system call is then restarted or
 * fails with EINTR, as the handler's SA_RESTART says).
 */
#ifndef _WAIT_H
#define _WAIT_H

#include <types.h>
#include <errno.h>

struct task;

#define WAIT_QUEUE_MAX	16

struct wait_queue {
	struct task *waiters[WAIT_QUEUE_MAX];
};

/* Sleep on wq once (until woken, or a signal arrives). Interrupts must be off,
 * so that a wake-up between checking the condition and sleeping is not lost. */
void wait_queue_sleep(struct wait_queue *wq);
void wake_up_all(struct wait_queue *wq);
bool signal_pending(struct task *t);

#define wait_event_interruptible(wq, cond) ({				\
	long __ret = 0;							\
	u64 __flags = irq_save();					\
	while (!(cond)) {						\
		if (signal_pending(current)) {				\
			__ret = -ERESTARTSYS;				\
			break;						\
		}							\
		wait_queue_sleep(wq);					\
	}								\
	irq_restore(__flags);						\
	__ret;								\
})

#endif
