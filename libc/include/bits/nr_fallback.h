/* Linux's numbers for the calls the processes issue adds (fork, signals, files), for
 * libc to build before the .tbl files list them: each is used only when the generated
 * unistd_*.h does not define it (values from Linux's syscall_64.tbl / syscall_32.tbl).
 * Included by <sys/syscall.h> after the generated header; delete lines as they land. */
#ifndef _BITS_NR_FALLBACK_H
#define _BITS_NR_FALLBACK_H

#ifdef __x86_64__
#ifndef __NR_fork
#define __NR_fork 57
#endif
#ifndef __NR_vfork
#define __NR_vfork 58
#endif
#ifndef __NR_clone
#define __NR_clone 56
#endif
#ifndef __NR_execve
#define __NR_execve 59
#endif
#ifndef __NR_wait4
#define __NR_wait4 61
#endif
#ifndef __NR_kill
#define __NR_kill 62
#endif
#ifndef __NR_tkill
#define __NR_tkill 200
#endif
#ifndef __NR_tgkill
#define __NR_tgkill 234
#endif
#ifndef __NR_getpgid
#define __NR_getpgid 121
#endif
#ifndef __NR_setpgid
#define __NR_setpgid 109
#endif
#ifndef __NR_setsid
#define __NR_setsid 112
#endif
#ifndef __NR_getpgrp
#define __NR_getpgrp 111
#endif
#ifndef __NR_getsid
#define __NR_getsid 124
#endif
#ifndef __NR_pipe
#define __NR_pipe 22
#endif
#ifndef __NR_pipe2
#define __NR_pipe2 293
#endif
#ifndef __NR_dup
#define __NR_dup 32
#endif
#ifndef __NR_dup2
#define __NR_dup2 33
#endif
#ifndef __NR_dup3
#define __NR_dup3 292
#endif
#ifndef __NR_open
#define __NR_open 2
#endif
#ifndef __NR_openat
#define __NR_openat 257
#endif
#ifndef __NR_creat
#define __NR_creat 85
#endif
#ifndef __NR_close
#define __NR_close 3
#endif
#ifndef __NR_lseek
#define __NR_lseek 8
#endif
#ifndef __NR_pread64
#define __NR_pread64 17
#endif
#ifndef __NR_pwrite64
#define __NR_pwrite64 18
#endif
#ifndef __NR_stat
#define __NR_stat 4
#endif
#ifndef __NR_fstat
#define __NR_fstat 5
#endif
#ifndef __NR_lstat
#define __NR_lstat 6
#endif
#ifndef __NR_newfstatat
#define __NR_newfstatat 262
#endif
#ifndef __NR_getdents64
#define __NR_getdents64 217
#endif
#ifndef __NR_mkdir
#define __NR_mkdir 83
#endif
#ifndef __NR_mkdirat
#define __NR_mkdirat 258
#endif
#ifndef __NR_rmdir
#define __NR_rmdir 84
#endif
#ifndef __NR_unlink
#define __NR_unlink 87
#endif
#ifndef __NR_unlinkat
#define __NR_unlinkat 263
#endif
#ifndef __NR_link
#define __NR_link 86
#endif
#ifndef __NR_rename
#define __NR_rename 82
#endif
#ifndef __NR_renameat
#define __NR_renameat 264
#endif
#ifndef __NR_chdir
#define __NR_chdir 80
#endif
#ifndef __NR_fchdir
#define __NR_fchdir 81
#endif
#ifndef __NR_getcwd
#define __NR_getcwd 79
#endif
#ifndef __NR_access
#define __NR_access 21
#endif
#ifndef __NR_faccessat
#define __NR_faccessat 269
#endif
#ifndef __NR_readlink
#define __NR_readlink 89
#endif
#ifndef __NR_umask
#define __NR_umask 95
#endif
#ifndef __NR_truncate
#define __NR_truncate 76
#endif
#ifndef __NR_ftruncate
#define __NR_ftruncate 77
#endif
#ifndef __NR_fcntl
#define __NR_fcntl 72
#endif
#ifndef __NR_poll
#define __NR_poll 7
#endif
#ifndef __NR_rt_sigaction
#define __NR_rt_sigaction 13
#endif
#ifndef __NR_rt_sigprocmask
#define __NR_rt_sigprocmask 14
#endif
#ifndef __NR_rt_sigreturn
#define __NR_rt_sigreturn 15
#endif
#ifndef __NR_rt_sigpending
#define __NR_rt_sigpending 127
#endif
#ifndef __NR_rt_sigsuspend
#define __NR_rt_sigsuspend 130
#endif
#ifndef __NR_sigaltstack
#define __NR_sigaltstack 131
#endif
#ifndef __NR_pause
#define __NR_pause 34
#endif
#ifndef __NR_alarm
#define __NR_alarm 37
#endif
#ifndef __NR_ptrace
#define __NR_ptrace 101
#endif
#else
#ifndef __NR_fork
#define __NR_fork 2
#endif
#ifndef __NR_vfork
#define __NR_vfork 190
#endif
#ifndef __NR_clone
#define __NR_clone 120
#endif
#ifndef __NR_execve
#define __NR_execve 11
#endif
#ifndef __NR_wait4
#define __NR_wait4 114
#endif
#ifndef __NR_kill
#define __NR_kill 37
#endif
#ifndef __NR_tkill
#define __NR_tkill 238
#endif
#ifndef __NR_tgkill
#define __NR_tgkill 270
#endif
#ifndef __NR_getpgid
#define __NR_getpgid 132
#endif
#ifndef __NR_setpgid
#define __NR_setpgid 57
#endif
#ifndef __NR_setsid
#define __NR_setsid 66
#endif
#ifndef __NR_getpgrp
#define __NR_getpgrp 65
#endif
#ifndef __NR_getsid
#define __NR_getsid 147
#endif
#ifndef __NR_pipe
#define __NR_pipe 42
#endif
#ifndef __NR_pipe2
#define __NR_pipe2 331
#endif
#ifndef __NR_dup
#define __NR_dup 41
#endif
#ifndef __NR_dup2
#define __NR_dup2 63
#endif
#ifndef __NR_dup3
#define __NR_dup3 330
#endif
#ifndef __NR_open
#define __NR_open 5
#endif
#ifndef __NR_openat
#define __NR_openat 295
#endif
#ifndef __NR_creat
#define __NR_creat 8
#endif
#ifndef __NR_close
#define __NR_close 6
#endif
#ifndef __NR_lseek
#define __NR_lseek 19
#endif
#ifndef __NR__llseek
#define __NR__llseek 140
#endif
#ifndef __NR_pread64
#define __NR_pread64 180
#endif
#ifndef __NR_pwrite64
#define __NR_pwrite64 181
#endif
#ifndef __NR_stat64
#define __NR_stat64 195
#endif
#ifndef __NR_lstat64
#define __NR_lstat64 196
#endif
#ifndef __NR_fstat64
#define __NR_fstat64 197
#endif
#ifndef __NR_fstatat64
#define __NR_fstatat64 300
#endif
#ifndef __NR_getdents64
#define __NR_getdents64 220
#endif
#ifndef __NR_mkdir
#define __NR_mkdir 39
#endif
#ifndef __NR_mkdirat
#define __NR_mkdirat 296
#endif
#ifndef __NR_rmdir
#define __NR_rmdir 40
#endif
#ifndef __NR_unlink
#define __NR_unlink 10
#endif
#ifndef __NR_unlinkat
#define __NR_unlinkat 301
#endif
#ifndef __NR_link
#define __NR_link 9
#endif
#ifndef __NR_rename
#define __NR_rename 38
#endif
#ifndef __NR_renameat
#define __NR_renameat 302
#endif
#ifndef __NR_chdir
#define __NR_chdir 12
#endif
#ifndef __NR_fchdir
#define __NR_fchdir 133
#endif
#ifndef __NR_getcwd
#define __NR_getcwd 183
#endif
#ifndef __NR_access
#define __NR_access 33
#endif
#ifndef __NR_faccessat
#define __NR_faccessat 307
#endif
#ifndef __NR_readlink
#define __NR_readlink 85
#endif
#ifndef __NR_umask
#define __NR_umask 60
#endif
#ifndef __NR_truncate64
#define __NR_truncate64 193
#endif
#ifndef __NR_ftruncate64
#define __NR_ftruncate64 194
#endif
#ifndef __NR_fcntl64
#define __NR_fcntl64 221
#endif
#ifndef __NR_poll
#define __NR_poll 168
#endif
#ifndef __NR_sigreturn
#define __NR_sigreturn 119
#endif
#ifndef __NR_rt_sigreturn
#define __NR_rt_sigreturn 173
#endif
#ifndef __NR_rt_sigaction
#define __NR_rt_sigaction 174
#endif
#ifndef __NR_rt_sigprocmask
#define __NR_rt_sigprocmask 175
#endif
#ifndef __NR_rt_sigpending
#define __NR_rt_sigpending 176
#endif
#ifndef __NR_rt_sigsuspend
#define __NR_rt_sigsuspend 179
#endif
#ifndef __NR_sigaltstack
#define __NR_sigaltstack 186
#endif
#ifndef __NR_pause
#define __NR_pause 29
#endif
#ifndef __NR_alarm
#define __NR_alarm 27
#endif
#ifndef __NR_ptrace
#define __NR_ptrace 26
#endif
#endif

#endif
