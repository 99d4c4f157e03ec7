#!/bin/sh
# Run Trapdoor's ISO in QEMU for a person: `run` (serial console on this terminal,
# Ctrl-A X quits) or `debug` (paused, gdb attached through scripts/gdb/trapdoor.gdb).
# Usage: qemu.sh run|debug ISO CPU GDBPORT
# Always -no-reboot (a triple fault ends QEMU instead of rebooting forever) and a
# private gdb port (never -s: port 1234 may belong to someone else).
set -e
mode=$1 iso=$2 cpu=${3:-max} port=${4:-21234}
here=$(cd "$(dirname "$0")/.." && pwd)
display="-display none"
[ -n "$GRAPHIC" ] && display=""
serial="-serial mon:stdio"
[ "$mode" = debug ] && serial="-serial file:build/debug-serial.log -monitor none"
set -- qemu-system-x86_64 -machine pc -m ${MEM:-256M} -smp 1 -cpu "$cpu" \
	-no-reboot -no-user-config $display $serial \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-gdb tcp:127.0.0.1:$port -cdrom "$iso"
case $mode in
run)
	echo "QEMU: Ctrl-A X quits, Ctrl-A C is the monitor. gdb port $port." >&2
	exec "$@" ;;
debug)
	"$@" -S &
	qpid=$!
	echo "QEMU paused (pid $qpid); serial output goes to build/debug-serial.log" >&2
	gdb -n -q -ex "set \$trapdoor_port = $port" -x "$here/scripts/gdb/trapdoor.gdb" \
		"$here/build/kernel.elf"
	kill $qpid 2>/dev/null || true ;;
*)
	echo "usage: $0 run|debug ISO CPU PORT" >&2; exit 2 ;;
esac
