# scripts/gdb/trapdoor.gdb - loaded by `make debug` with `gdb -n -x` (never a hidden
# .gdbinit). Connects to QEMU's stub on the private port `make debug` chose.
set pagination off
set confirm off
set disassembly-flavor att
eval "target remote 127.0.0.1:%d", $trapdoor_port
echo \nTrapdoor: QEMU is paused before the BIOS. Try:\n
echo   hbreak trap_init      (then: continue, bt, info registers, next)\n
echo   hbreak start_kernel\n
echo   x/8i $pc               (16/32-bit code reads better with objdump -M i386)\n\n
