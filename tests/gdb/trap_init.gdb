# tests/gdb/trap_init.gdb - the gdb test (run by scripts/run-tests.py against a
# QEMU started with -S): break on trap_init, read registers and kernel variables,
# step out, check what trap_init built. Prints TAP lines the harness collects;
# $expect_vendor (1 = Intel, 2 = AMD) is set on the command line.
set pagination off
set confirm off
hbreak trap_init
continue

if $pc == (unsigned long)&trap_init
  echo ok - gdb.hbreak_stops_at_trap_init\n
else
  echo not ok - gdb.hbreak_stops_at_trap_init: pc is not trap_init\n
end
if $cs == 0x10
  echo ok - gdb.kernel_cs_is_0x10\n
else
  printf "not ok - gdb.kernel_cs_is_0x10: saw 0x%x\n", $cs
end
if boot_cpu_data.vendor == $expect_vendor
  echo ok - gdb.reads_cpu_vendor_variable\n
else
  printf "not ok - gdb.reads_cpu_vendor_variable: saw %d\n", boot_cpu_data.vendor
end
if boot_cpu.gdt[6] == 0x00affb000000ffff
  echo ok - gdb.gdt_user_cs_descriptor\n
else
  printf "not ok - gdb.gdt_user_cs_descriptor: saw 0x%lx\n", boot_cpu.gdt[6]
end
echo BACKTRACE-BEGIN\n
bt
echo BACKTRACE-END\n
finish
if handlers[14] == do_page_fault && handlers[2] == do_nmi
  echo ok - gdb.trap_init_filled_the_handler_table\n
else
  echo not ok - gdb.trap_init_filled_the_handler_table\n
end
kill
quit
