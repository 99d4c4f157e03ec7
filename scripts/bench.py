#!/usr/bin/env python3
"""`make bench`: what a system call costs on Trapdoor, in guest instructions.

Boots the kernel under `qemu -icount shift=0,sleep=off` (the guest TSC then
advances exactly once per instruction), runs /bin/syscall-bench and
/bin/syscall-bench32 as processes (kernel words `utest=syscall-bench
utestdir=/bin`), and prints their figures beside Linux 6.1's in the same QEMU
(read from ../shared/bench/README.md when it is there). Then it runs the shared
Linux benchmark binary itself, unmodified, as Trapdoor's init.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util
spec = importlib.util.spec_from_file_location(
    "runtests", os.path.join(os.path.dirname(os.path.abspath(__file__)), "run-tests.py"))
rt = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rt)

ROOT = rt.ROOT
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
ICOUNT = ["-icount", "shift=0,sleep=off"]
CPUS = [("intel", "max,vendor=GenuineIntel"), ("amd", "qemu64")]

# (our case, bits, Linux README row, target from issue 3 or None)
ROWS = [
    ("getppid_syscall", 64, "64: getppid via `syscall`", 100),
    ("getppid_int80", 64, "64: getppid via `int $0x80`", 120),
    ("invalid_syscall", 64, "64: invalid number", 80),
    ("clock_gettime_syscall", 64, "64: clock_gettime syscall / vDSO", None),
    ("clock_gettime_vdso", 64, "64: clock_gettime syscall / vDSO", 60),
    ("getppid_int80", 32, "32: getppid via `int $0x80`", 120),
    ("getppid_vsyscall", 32, "32: getppid via `__kernel_vsyscall`", 130),
    ("invalid_int80", 32, "32: invalid number", None),
    ("clock_gettime_int80", 32, "32: clock_gettime `int $0x80` / vDSO", None),
    ("clock_gettime_vdso", 32, "32: clock_gettime `int $0x80` / vDSO", 95),
]


def linux_figures():
    """{row: (intel, amd)} from the shared README's table, '' when absent."""
    path = os.path.join(SHARED, "README.md")
    figures = {}
    if not os.path.exists(path):
        return figures
    for line in open(path):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.match(r"(64|32): ", cells[0]):
            figures[cells[0]] = (cells[1], cells[2])
    return figures


def pick(cell, case):
    """'453 / 60' holds the syscall and the vDSO figure: take the right one."""
    if "/" not in cell:
        return re.sub(r"\s*\(.*\)", "", cell)
    parts = [p.strip() for p in cell.split("/")]
    return parts[1] if case.endswith("vdso") else parts[0]


def run_trapdoor(cpu):
    iso = rt.make_iso("utest=syscall-bench utestdir=/bin quiet")
    serial = os.path.join(rt.OUT, f"bench-{cpu[0]}.serial.log")
    results = os.path.join(rt.OUT, f"bench-{cpu[0]}.results.log")
    os.makedirs(rt.OUT, exist_ok=True)
    cmd = rt.qemu_command(cpu[1], iso, serial, results, ICOUNT)
    subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=600)
    figures, bits = {}, None
    for line in open(results):
        m = re.match(r"# run syscall-bench(32)?$", line.strip())
        if m:
            bits = 32 if m.group(1) else 64
        m = re.match(r"case=(\S+) min=(\d+) avg=(\S+)", line)
        if m and bits:
            figures[(m.group(1), bits)] = (int(m.group(2)), m.group(3))
    return figures


def run_shared_binary():
    """Linux's benchmark (../shared/bench), built as it is, booted as init."""
    if not os.path.exists(os.path.join(SHARED, "build.sh")):
        return None
    out = os.path.join(rt.OUT, "shared-bench")
    env = dict(os.environ, OUT=out)
    subprocess.run(["sh", os.path.join(SHARED, "build.sh")], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    root = os.path.join(out, "root")
    os.makedirs(root, exist_ok=True)
    for b in ("bench64", "bench32"):
        subprocess.run(["cp", os.path.join(out, b), root], check=True)
    cpio = os.path.join(out, "initramfs.cpio")
    subprocess.run([os.path.join(ROOT, "scripts/mkinitramfs.sh"), cpio, root], check=True)
    lines = []
    for bits in (64, 32):
        iso = os.path.join(out, f"bench{bits}.iso")
        subprocess.run([os.path.join(ROOT, "scripts/mkiso.sh"), iso, rt.KERNEL, cpio,
                        f"rdinit=/bench{bits} quiet -- iters=20000"], check=True)
        serial = os.path.join(out, f"bench{bits}.serial.log")
        cmd = rt.qemu_command("max,vendor=GenuineIntel", iso, serial, os.devnull, ICOUNT)
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=600)
        lines += [f"  bench{bits}: {l.strip()}" for l in open(serial, errors="replace")
                  if l.startswith("case=")]
    return lines


def main():
    linux = linux_figures()
    ours = {cpu[0]: run_trapdoor(cpu) for cpu in CPUS}
    print("Guest instructions per operation: minimum single call (average over a loop).")
    print("Linux 6.1 figures: ../shared/bench/README.md, same QEMU, same method.\n")
    head = f"{'case':28} {'bits':>4}  {'Trapdoor intel':>16} {'Linux intel':>11}  " \
           f"{'Trapdoor amd':>16} {'Linux amd':>9}  target"
    print(head)
    print("-" * len(head))
    missed = 0
    for case, bits, row, target in ROWS:
        cells = []
        for i, (cpu, _) in enumerate(CPUS):
            f = ours[cpu].get((case, bits))
            cells.append(f"{f[0]} ({f[1]})" if f else "-")
            cells.append(pick(linux[row][i], case) if row in linux else "n/a")
        intel = ours["intel"].get((case, bits))
        verdict = ""
        if target:
            ok = intel is not None and intel[0] <= target
            verdict = f"<= {target} {'ok' if ok else 'MISSED'}"
            missed += not ok
        print(f"{case:28} {bits:>4}  {cells[0]:>16} {cells[1]:>11}  {cells[2]:>16} "
              f"{cells[3]:>9}  {verdict}")
    nop = ours["intel"].get(("nop10", 64))
    print(f"\nmethod check: nop10 = {nop[0] if nop else '?'} (must be 10)")
    shared = run_shared_binary()
    if shared is not None:
        print("\nThe shared Linux benchmark binary, unmodified, as Trapdoor's init (intel):")
        print("\n".join(shared) if shared else "  (no output: see build/test/shared-bench)")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
