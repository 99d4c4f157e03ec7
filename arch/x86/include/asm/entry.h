/*
 * asm/entry.h - numbers shared by the entry assembly and C: pt_regs offsets
 * (checked against the struct in asm/ptrace.h) and per-CPU offsets reached
 * through %gs (checked in asm/percpu.h).
 */
#ifndef _ASM_ENTRY_H
#define _ASM_ENTRY_H

#define PTREGS_R15	0
#define PTREGS_BX	40
#define PTREGS_AX	80
#define PTREGS_CX	88
#define PTREGS_DI	112
#define PTREGS_ORIG_AX	120
#define PTREGS_IP	128
#define PTREGS_CS	136
#define PTREGS_FLAGS	144
#define PTREGS_SP	152
#define PTREGS_SS	160
#define PTREGS_SIZE	168

#define PERCPU_SELF		0	/* %gs:0 - the per-CPU area's own address */
#define PERCPU_USER_RSP		8	/* %gs:8 - scratch: user RSP on SYSCALL entry */
#define PERCPU_TOP_OF_STACK	16	/* %gs:16 - current task's kernel stack top */
#define PERCPU_CURRENT		24	/* %gs:24 - the current task */

#define TASK_THREAD_SP		0	/* offsetof(struct task, thread_sp) */

#endif
