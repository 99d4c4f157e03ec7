/*
 * kernel/sched.c - a preemptive round-robin scheduler. The boot context becomes
 * the idle task (pid 0), which runs only when nothing else can. The timer tick
 * wakes sleepers whose time has come and asks the running task to reschedule;
 * the request is honoured on the way back to user mode (ret_from_sys_call's
 * need_resched check) or when a kernel path sleeps.
 */
#include <sched.h>
#include <mm.h>
#include <string.h>
#include <printk.h>
#include <panic.h>
#include <time.h>
#include <asm/processor.h>
#include <asm/page.h>
#include <wait.h>

static struct task idle_task = { .pid = 0, .comm = "idle", .state = TASK_RUNNING };
static struct task *all_tasks = &idle_task;
static int next_pid = 1;

struct task *__switch_to_asm(struct task *prev, struct task *next);
void arch_switch_to(struct task *prev, struct task *next);
void fpu_init_state(struct task *t);

void sched_init(void)
{
	extern char init_stack_top[];

	idle_task.stack_top = (unsigned long)init_stack_top;
	boot_cpu.cur_task = &idle_task;
}

struct task *task_list(void)
{
	return all_tasks;
}

struct task *find_task(int pid)
{
	for (struct task *t = all_tasks; t; t = t->next_task)
		if (t->pid == pid && t->state != TASK_ZOMBIE)
			return t;
	return NULL;
}

/* At most one task per 256 KiB of RAM (Linux sizes threads-max from RAM too):
 * fork then fails with EAGAIN while there is still memory for the others. */
static int nr_tasks = 1;

struct task *task_create(const char *name)
{
	if ((size_t)nr_tasks >= frames_total() / 64)
		return NULL;
	struct task *t = kzalloc(sizeof(*t));
	if (!t)
		return NULL;
	char *stack = vmap_stack(KERNEL_STACK_SIZE);
	if (!stack) {
		kfree(t);
		return NULL;
	}
	t->stack_top = (unsigned long)stack + KERNEL_STACK_SIZE;
	t->pid = next_pid++;
	t->state = TASK_SLEEPING;	/* until started */
	fpu_init_state(t);
	strlcpy(t->comm, name, sizeof(t->comm));
	u64 flags = irq_save();
	t->next_task = all_tasks->next_task;
	all_tasks->next_task = t;
	nr_tasks++;
	irq_restore(flags);
	return t;
}

void task_free(struct task *t)
{
	u64 flags = irq_save();
	for (struct task *p = all_tasks; p; p = p->next_task)
		if (p->next_task == t) {
			p->next_task = t->next_task;
			break;
		}
	nr_tasks--;
	irq_restore(flags);
	vunmap_stack((void *)(t->stack_top - KERNEL_STACK_SIZE), KERNEL_STACK_SIZE);
	kfree(t);
}

/* Round robin: the first runnable task after `from` in the task list. */
static struct task *pick_next(struct task *from)
{
	struct task *t = from;

	for (;;) {
		t = t->next_task ? t->next_task : all_tasks;
		if (t != &idle_task && t->state == TASK_RUNNING)
			return t;
		if (t == from)
			break;
	}
	return &idle_task;
}

void schedule(void)
{
	u64 flags = irq_save();
	struct task *prev = current;

	prev->flags &= ~TIF_NEED_RESCHED;
	struct task *next = pick_next(prev);
	if (next != prev) {
		arch_switch_to(prev, next);
		__switch_to_asm(prev, next);
	}
	irq_restore(flags);
}

/* A new task's first code: finish the switch (interrupts were off). */
void schedule_tail(struct task *prev)
{
	(void)prev;
}

void wake_up(struct task *t)
{
	if (t->state == TASK_SLEEPING) {
		t->state = TASK_RUNNING;
		t->wake_at = 0;
		current->flags |= TIF_NEED_RESCHED;
	}
}

void sleep_until(u64 until)
{
	u64 flags = irq_save();

	current->wake_at = until;
	current->state = TASK_SLEEPING;
	schedule();
	irq_restore(flags);
}

void yield(void)
{
	schedule();
}

/* From the timer interrupt: wake timed sleepers, preempt the running task. */
void sched_tick(void)
{
	bool others = false;

	for (struct task *t = all_tasks; t; t = t->next_task) {
		if (t->state == TASK_SLEEPING && t->wake_at && jiffies >= t->wake_at) {
			t->state = TASK_RUNNING;
			t->wake_at = 0;
		}
		if (t != current && t != &idle_task && t->state == TASK_RUNNING)
			others = true;
	}
	if (others || current == &idle_task)
		current->flags |= TIF_NEED_RESCHED;
}

/* The idle task: run whatever is runnable, otherwise sleep until an interrupt. */
void __attribute__((noreturn)) cpu_idle(void)
{
	for (;;) {
		local_irq_disable();
		if (pick_next(&idle_task) != &idle_task) {
			local_irq_enable();
			schedule();
			continue;
		}
		safe_halt();
	}
}

/* ---- wait queues (include/wait.h) ---- */

void wait_queue_sleep(struct wait_queue *wq)
{
	struct task *t = current;
	int slot;

	for (slot = 0; slot < WAIT_QUEUE_MAX; slot++)
		if (!wq->waiters[slot] || wq->waiters[slot] == t)
			break;
	if (slot == WAIT_QUEUE_MAX) {	/* full: poll again at the next tick */
		sleep_until(jiffies + 1);
		return;
	}
	wq->waiters[slot] = t;
	sleep_until(0);
	if (wq->waiters[slot] == t)
		wq->waiters[slot] = NULL;
}

void wake_up_all(struct wait_queue *wq)
{
	u64 flags = irq_save();

	for (int i = 0; i < WAIT_QUEUE_MAX; i++) {
		if (wq->waiters[i]) {
			wake_up(wq->waiters[i]);
			wq->waiters[i] = NULL;
		}
	}
	irq_restore(flags);
}
