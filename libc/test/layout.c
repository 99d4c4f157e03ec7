/* Compile-time proof that the libc's structures have Linux's sizes on each ABI
 * (the kernel copies exactly these bytes). No code: a wrong layout fails the build. */
#include <elf.h>
#include <stddef.h>
#include <termios.h>
#include <time.h>
#include <asm/ldt.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/utsname.h>

#ifdef __x86_64__
#define LONG_BYTES 8
#else
#define LONG_BYTES 4
#endif

_Static_assert(sizeof(struct timespec) == 2 * LONG_BYTES, "timespec");
_Static_assert(sizeof(struct timeval) == 2 * LONG_BYTES, "timeval");
_Static_assert(sizeof(struct iovec) == 2 * LONG_BYTES, "iovec");
_Static_assert(sizeof(time_t) == LONG_BYTES, "time_t is long");
_Static_assert(sizeof(struct utsname) == 6 * 65, "new_utsname");
_Static_assert(sizeof(struct termios) == 36, "kernel termios");
_Static_assert(offsetof(struct termios, c_cc) == 17, "termios c_cc");
_Static_assert(sizeof(struct winsize) == 8, "winsize");
_Static_assert(sizeof(struct user_desc) == 16, "user_desc");
_Static_assert(sizeof(Elf64_Ehdr) == 64 && sizeof(Elf32_Ehdr) == 52, "Ehdr");
_Static_assert(sizeof(Elf64_Phdr) == 56 && sizeof(Elf32_Phdr) == 32, "Phdr");
_Static_assert(sizeof(Elf64_Sym) == 24 && sizeof(Elf32_Sym) == 16, "Sym");
_Static_assert(sizeof(Elf64_Dyn) == 16 && sizeof(Elf32_Dyn) == 8, "Dyn");
_Static_assert(sizeof(Elf64_Verdef) == 20 && sizeof(Elf64_Verdaux) == 8, "Verdef");
