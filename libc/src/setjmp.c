/* The C half of sigsetjmp/siglongjmp (the register half is arch/<arch>/setjmp.S):
 * sigsetjmp saves the mask after the registers and returns 0 for them; siglongjmp
 * puts the mask back before jumping, so a handler can leave a fault with siglongjmp
 * and find the signal unblocked again. */
#include <setjmp.h>
#include <signal.h>

int __sigsetjmp_tail(sigjmp_buf env, int savemask);

int __sigsetjmp_tail(sigjmp_buf env, int savemask)
{
	env->__mask_saved = savemask;
	if (savemask)
		sigprocmask(SIG_BLOCK, NULL, &env->__mask);
	return 0;
}

_Noreturn void siglongjmp(sigjmp_buf env, int val)
{
	if (env->__mask_saved)
		sigprocmask(SIG_SETMASK, &env->__mask, NULL);
	longjmp(env, val);
}
