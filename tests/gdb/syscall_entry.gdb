# tests/gdb/syscall_entry.gdb - step through a system call in gdb, as a student
# would (docs/syscall64.md): break on entry_SYSCALL_64 (the first SYSCALL of
# init), read the registers SYSCALL left, find them again in pt_regs inside
# do_syscall_64, then stepi until the CPU is back in ring 3 at the instruction
# after `syscall`. Prints TAP lines for scripts/run-tests.py.
set pagination off
set confirm off
hbreak entry_SYSCALL_64
continue

if $cs == 0x10 && $rcx < 0x800000000000 && $rcx > 0x10000
  echo ok - gdb.syscall_enters_ring0_with_user_rip_in_rcx\n
else
  printf "not ok - gdb.syscall_enters_ring0_with_user_rip_in_rcx: cs 0x%x rcx 0x%lx\n", $cs, $rcx
end
set $user_rip = $rcx
set $nr = $rax
set $user_flags = $r11
delete
tbreak do_syscall_64
continue
if regs->orig_ax == $nr && regs->ip == $user_rip && regs->cs == 0x33 && regs->ss == 0x2b && regs->ax == -38 && regs->flags == $user_flags
  echo ok - gdb.pt_regs_holds_the_syscall_snapshot\n
else
  printf "not ok - gdb.pt_regs_holds_the_syscall_snapshot: orig_ax %ld ip 0x%lx ax %ld\n", regs->orig_ax, regs->ip, regs->ax
end
set $n = 0
while ($cs & 3) != 3 && $n < 5000
  stepi
  set $n = $n + 1
end
if ($cs & 3) == 3 && $pc == $user_rip
  echo ok - gdb.stepi_returns_to_the_instruction_after_syscall\n
else
  printf "not ok - gdb.stepi_returns_to_the_instruction_after_syscall: cs 0x%x pc 0x%lx after %d steps\n", $cs, $pc, $n
end
kill
quit
