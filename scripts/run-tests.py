#!/usr/bin/env python3
"""Trapdoor's test harness (`make test`).

Boots the kernel headless under the CPU matrix, each boot with -no-reboot, a
timeout, isa-debug-exit and a private gdb port; collects the verdicts the guest
writes on the test channel (QEMU's debugcon, a file of its own, so kernel log lines
can never be taken for results); runs the crash tests (the kernel must die the
way it should) and the gdb test; prints every failure with the tail of its serial
log, and ends with the line `N passed, N failed`.

Usage: run-tests.py [-k SUBSTRING] [-j JOBS] [--cpu NAME]
"""
import argparse
import concurrent.futures
import hashlib
import os
import re
import socket
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
OUT = os.path.join(BUILD, "test")
KERNEL = os.path.join(BUILD, "kernel.elf")
INITRAMFS = os.path.join(BUILD, "initramfs.cpio")

# The CPU matrix (DESIGN §11): Intel vendor (SYSENTER), AMD vendor with SMEP/SMAP/
# UMIP (SYSCALL32), and the plain qemu64 model without them.
CPUS = {
    "intel": ("max,vendor=GenuineIntel", 1),
    "amd": ("max", 2),
    "qemu64": ("qemu64", 2),
}
QEMU_PASS, QEMU_FAIL, QEMU_PANIC = 33, 35, 37   # (code << 1) | 1, asm/platform.h
BOOT_TIMEOUT = 60

# Tests that must crash the kernel, each in a boot of its own: the command line,
# and what the serial log must show. The oops must name the vector, the stack and
# the function, and panic=exit must turn the panic into QEMU's "panic" status.
CRASH_TESTS = [
    ("df_stack_overflow_oopses_on_ist1",
     "ktest=df_stack_overflow panic=exit",
     [r"Oops: double fault \(vector 8\)", r"Stack: on IST1 \(#DF\) stack",
      r"\] ktest_recurse\+0x", r"\] ktest_df_stack_overflow\+0x",
      r"CR2: ffffc9", r"Kernel panic - not syncing"]),
    ("null_dereference_oops_names_the_function",
     "ktest=null_dereference_oops panic=exit",
     [r"unable to handle page fault for address 0000000000000000",
      r"RIP is at \[<[0-9a-f]+>\] ktest_null_dereference_oops\+0x0",
      r"RAX: [0-9a-f]{16} RBX", r"CR0: [0-9a-f]{16} CR2: 0000000000000000",
      r"Stack: on the task stack", r"Kernel panic - not syncing"]),
]


# "ok - name", "not ok - name: what went wrong", "ok - name # SKIP why"
RESULT_RE = re.compile(r"(not )?ok - (\S+?)(?::\s*(.*?))?(\s+# SKIP.*)?$")


class Result:
    def __init__(self, name, ok, detail="", log=None):
        self.name, self.ok, self.detail, self.log = name, ok, detail, log
        self.skipped = False


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_iso_lock = threading.Lock()


def make_iso(cmdline):
    """One ISO per distinct command line (GRUB has no other way to take one)."""
    key = hashlib.sha1(cmdline.encode()).hexdigest()[:12]
    iso = os.path.join(OUT, f"boot-{key}.iso")
    stamp = max(os.path.getmtime(KERNEL), os.path.getmtime(INITRAMFS))
    with _iso_lock:		# two boots may want the same ISO at once
        if not os.path.exists(iso) or os.path.getmtime(iso) < stamp:
            subprocess.run([os.path.join(ROOT, "scripts/mkiso.sh"), iso, KERNEL,
                            INITRAMFS, cmdline], check=True)
    return iso


def qemu_command(cpu, iso, serial, results, extra=()):
    return ["qemu-system-x86_64", "-machine", "pc", "-m", "128M", "-smp", "1",
            "-cpu", cpu, "-nodefaults", "-no-user-config", "-display", "none",
            "-no-reboot", "-serial", f"file:{serial}", "-debugcon", f"file:{results}",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
            "-gdb", f"tcp:127.0.0.1:{free_port()}", "-cdrom", iso, *extra]


def boot(tag, cpu, cmdline):
    """Boot once; returns (exit status, serial text, result lines)."""
    iso = make_iso(cmdline)
    serial = os.path.join(OUT, f"{tag}.serial.log")
    results = os.path.join(OUT, f"{tag}.results.log")
    for f in (serial, results):
        open(f, "w").close()
    try:
        status = subprocess.run(qemu_command(cpu, iso, serial, results),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, timeout=BOOT_TIMEOUT).returncode
    except subprocess.TimeoutExpired:
        status = "timeout"
    with open(serial, errors="replace") as f:
        serial_text = f.read().replace("\r", "")
    with open(results, errors="replace") as f:
        lines = f.read().splitlines()
    return status, serial_text, lines


def decode_status(status):
    status = int(status)
    if status & 0x7f:
        return f"killed by signal {status & 0x7f}"
    return f"exit code {status >> 8}"


def parse_results(prefix, lines, log):
    """Verdicts from the test channel. "# run NAME" starts a ring-3 program (its
    results are named NAME.test), "# exit NAME STATUS" ends it: a program must
    exit 0 - a crash or a signal is a failure even if every line said ok."""
    out, program = [], None
    for line in lines:
        m = re.match(r"# run (\S+)", line)
        if m:
            program = m.group(1)
            continue
        m = re.match(r"# exit (\S+) (\S+)(?: (\S+))?", line)
        if m:
            ok = m.group(2) == "0"
            why = (decode_status(m.group(2)) if m.group(2).lstrip("-").isdigit()
                   else f"could not start: {m.group(2)} {m.group(3)}")
            out.append(Result(f"{prefix}/{m.group(1)}.exits_with_status_0", ok, why, log))
            program = None
            continue
        m = RESULT_RE.match(line)
        if m:
            name = f"{program}.{m.group(2)}" if program else m.group(2)
            r = Result(f"{prefix}/{name}", not m.group(1), m.group(3) or "", log)
            r.skipped = bool(m.group(4))
            out.append(r)
    return out


def run_boot(prefix, cpu_name, cmdline):
    """One boot running in-kernel and/or ring-3 tests; every verdict, plus one
    for the boot itself (it must reach "# all done" and exit cleanly)."""
    status, serial, lines = boot(prefix.replace("/", "-").replace("+", "-"),
                                 CPUS[cpu_name][0], cmdline)
    out = parse_results(prefix, lines, serial)
    done = "# all done" in lines
    ok = done and status == (QEMU_FAIL if any(not r.ok for r in out) else QEMU_PASS)
    out.append(Result(f"{prefix}/boot_completes", ok,
                      f"QEMU status {status}, '# all done' {'seen' if done else 'missing'}",
                      serial))
    return out


def run_ktests(cpu_name):
    return run_boot(cpu_name, cpu_name, "ktest utest panic=exit quiet")


# Extra boots: the same ring-3 tests with the fast 32-bit paths disabled, and
# without a vDSO. `expect_*=` words reach the tests' environment.
EXTRA_BOOTS = [
    ("int80", ["intel", "amd"],
     "utest=entry,vdso,examples,numbering nosysenter nosyscall32 expect_vsyscall=int80 "
     "panic=exit quiet"),
    ("novdso", ["amd"], "utest=vdso,auxv,examples vdso=0 expect_vdso=0 panic=exit quiet"),
]


def run_crash_test(cpu_name, test):
    name, cmdline, patterns = test
    status, serial, _ = boot(f"{cpu_name}-{name}", CPUS[cpu_name][0], cmdline)
    missing = [p for p in patterns if not re.search(p, serial)]
    if status != QEMU_PANIC:
        missing.insert(0, f"QEMU status {status}, expected {QEMU_PANIC} (panic=exit)")
    return [Result(f"{cpu_name}/crash.{name}", not missing,
                   "; ".join(f"missing /{m}/" if not m.startswith("QEMU") else m
                             for m in missing), serial)]


def run_gdb_test(cpu_name, script="trap_init.gdb", expect=6):
    cpu, vendor = CPUS[cpu_name]
    iso = make_iso("quiet")
    port = free_port()
    serial = os.path.join(OUT, f"{cpu_name}-gdb.serial.log")
    cmd = qemu_command(cpu, iso, serial, os.devnull, ["-S"])
    cmd[cmd.index("-gdb") + 1] = f"tcp:127.0.0.1:{port}"
    qemu = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        gdb = subprocess.run(
            ["gdb", "-n", "-batch", "-ex", f"set $expect_vendor = {vendor}",
             "-ex", f"target remote 127.0.0.1:{port}",
             "-x", os.path.join(ROOT, "tests/gdb", script), KERNEL],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        text = gdb.stdout + gdb.stderr
    except subprocess.TimeoutExpired as e:
        text = (e.stdout or b"").decode(errors="replace") + "\n(gdb timed out)"
    finally:
        qemu.kill()
        qemu.wait()
    out = []
    for line in text.splitlines():
        m = RESULT_RE.match(line)
        if m:
            out.append(Result(f"{cpu_name}/{m.group(2)}", not m.group(1),
                              m.group(3) or "", text))
    if "BACKTRACE-BEGIN" in text:
        bt = text.split("BACKTRACE-BEGIN")[-1].split("BACKTRACE-END")[0]
        out.append(Result(f"{cpu_name}/gdb.backtrace_reaches_start_kernel",
                          "trap_init" in bt and "start_kernel" in bt, "bt: " + bt.strip(), text))
    if len(out) < expect:
        out.append(Result(f"{cpu_name}/gdb.{script}.completes", False,
                          f"only {len(out)} results", text))
    return out


# The shell, driven through the serial console as a person would type. Each step:
# what to type, and what must then appear before the next prompt.
SHELL_STEPS = [
    ("echo_pipe_cat", "echo hi | cat\n", r"\nhi\r?\n"),
    ("redirect_into_a_file_and_back",
     "echo trapdoor-was-here > /tmp/f; cat < /tmp/f\n", r"\ntrapdoor-was-here\r?\n"),
    ("failing_command_sets_status", "false; echo status=$?\n", r"status=1"),
    ("ls_lists_bin", "ls /bin\n", r"\bsh\b"),
    ("ctrl_c_stops_sleep_not_the_shell", "sleep 100\n\x03", r"\^C"),
    ("status_after_ctrl_c_is_130", "echo after=$?\n", r"after=130"),
]
PROMPT = "trapdoor:"


def run_shell_test(cpu_name):
    cpu = CPUS[cpu_name][0]
    iso = make_iso("quiet")
    cmd = qemu_command(cpu, iso, "stdio", os.devnull)
    cmd[cmd.index("-serial") + 1] = "stdio"
    qemu = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    out = bytearray()

    def reader():
        while True:
            b = qemu.stdout.read1(4096)
            if not b:
                break
            out.extend(b)
    threading.Thread(target=reader, daemon=True).start()

    def wait_for(pattern, start, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            text = out[start:].decode(errors="replace")
            if re.search(pattern, text):
                return True
            time.sleep(0.05)
        return False

    results = []
    ok = wait_for(re.escape(PROMPT), 0, 30)
    results.append(Result(f"{cpu_name}/shell.prompt_appears", ok, "no prompt", None))
    for name, keys, pattern in SHELL_STEPS if ok else []:
        start = len(out)
        for part in re.split(r"(\x03)", keys):	# ^C a moment after the command
            if part == "\x03":
                time.sleep(1.0)
            qemu.stdin.write(part.encode())
            qemu.stdin.flush()
        good = wait_for(pattern, start, 15) and wait_for(re.escape(PROMPT), start, 15)
        results.append(Result(f"{cpu_name}/shell.{name}", good,
                              f"typed {keys!r}, expected /{pattern}/", None))
    qemu.stdin.write(b"poweroff\n")
    qemu.stdin.flush()
    try:
        qemu.wait(timeout=15)
    except subprocess.TimeoutExpired:
        qemu.kill()
        qemu.wait()
    log = out.decode(errors="replace").replace("\r", "")
    for r in results:
        r.log = log
    results.append(Result(f"{cpu_name}/shell.poweroff_ends_qemu", qemu.returncode is not None
                          and qemu.returncode != -9, f"status {qemu.returncode}", log))
    return results


# An unmodified static Linux program (Debian's glibc busybox) as init: each
# command prints a line the harness looks for.
BUSYBOX = "/bin/busybox"
BUSYBOX_SCRIPT = ("echo bb-start; busybox uname -sm; echo a b c | busybox wc -w; "
                  "busybox cat /etc/motd; mkdir /tmp/d && echo x > /tmp/d/f && ls /tmp/d; "
                  "busybox false; echo status=$?; date +%Y; echo bb-end")
BUSYBOX_EXPECT = [r"bb-start", r"Linux x86_64", r"\n3\r?\n", r"Welcome to Trapdoor",
                  r"\nf\r?\n", r"status=1", r"\n20\d\d\r?\n", r"bb-end"]


def run_busybox_test(cpu_name):
    if not os.path.exists(BUSYBOX):
        return [Result(f"{cpu_name}/busybox.present", False,
                       f"{BUSYBOX} missing: scripts/deps.sh installs busybox-static")]
    root = os.path.join(OUT, "busybox-root")
    os.makedirs(os.path.join(root, "bin"), exist_ok=True)
    subprocess.run(["cp", BUSYBOX, os.path.join(root, "bin/busybox")], check=True)
    cpio = os.path.join(OUT, "busybox.cpio")
    iso = os.path.join(OUT, "busybox.iso")
    with _iso_lock:
        if not os.path.exists(iso) or os.path.getmtime(iso) < os.path.getmtime(KERNEL):
            subprocess.run([os.path.join(ROOT, "scripts/mkinitramfs.sh"), cpio,
                            os.path.join(ROOT, "iso/root"), os.path.join(BUILD, "root"), root],
                           check=True)
            subprocess.run([os.path.join(ROOT, "scripts/mkiso.sh"), iso, KERNEL, cpio,
                            f'quiet init=/bin/busybox -- sh -c "{BUSYBOX_SCRIPT}"'], check=True)
    serial = os.path.join(OUT, f"{cpu_name}-busybox.serial.log")
    cmd = qemu_command(CPUS[cpu_name][0], iso, serial, os.devnull)
    try:
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=BOOT_TIMEOUT)
    except subprocess.TimeoutExpired:
        pass
    text = open(serial, errors="replace").read().replace("\r", "")
    missing = [p for p in BUSYBOX_EXPECT if not re.search(p, text)]
    return [Result(f"{cpu_name}/busybox.glibc_static_busybox_runs_unmodified", not missing,
                   "; ".join(f"missing /{m}/" for m in missing), text)]


def run_host_tests():
    """Tests that run on the build machine (the syscall-table generator...)."""
    out = []
    for script in sorted(os.listdir(os.path.join(ROOT, "scripts/tests"))) \
            if os.path.isdir(os.path.join(ROOT, "scripts/tests")) else []:
        path = os.path.join(ROOT, "scripts/tests", script)
        p = subprocess.run([path], capture_output=True, text=True, cwd=ROOT)
        results = 0
        for line in p.stdout.splitlines():
            m = RESULT_RE.match(line)
            if m:
                results += 1
                out.append(Result(f"host/{m.group(2)}", not m.group(1), m.group(3) or "",
                                  p.stdout + p.stderr))
        if p.returncode != 0 or results == 0:
            out.append(Result(f"host/{script}", False,
                              f"exit status {p.returncode}, {results} results",
                              p.stdout + p.stderr))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-k", default="", help="only results whose name contains this")
    ap.add_argument("-j", type=int, default=2, help="QEMUs at once (default 2)")
    ap.add_argument("--cpu", action="append", choices=list(CPUS), help="CPU models")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    cpus = args.cpu or list(CPUS)

    jobs = [(run_host_tests,)]
    for c in cpus:
        jobs.append((run_ktests, c))
        jobs += [(run_crash_test, c, t) for t in CRASH_TESTS]
        jobs.append((run_gdb_test, c))
        jobs.append((run_gdb_test, c, "syscall_entry.gdb", 3))
        jobs.append((run_shell_test, c))
        jobs.append((run_busybox_test, c))
    for tag, on, cmdline in EXTRA_BOOTS:
        jobs += [(run_boot, f"{c}+{tag}", c, cmdline) for c in on if c in cpus]
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        for fut in [pool.submit(*j) for j in jobs]:
            results += fut.result()
    results = [r for r in results if args.k in r.name]

    failed = [r for r in results if not r.ok]
    skipped = [r for r in results if r.ok and r.skipped]
    for r in results:
        print(f"{'FAIL  ' if not r.ok else 'skip  ' if r.skipped else 'ok    '} {r.name}")
    for r in failed:
        print(f"\n--- FAIL {r.name}: {r.detail}")
        tail = (r.log or "").rstrip().splitlines()[-25:]
        print("    " + "\n    ".join(tail))
    passed = len(results) - len(failed) - len(skipped)
    print(f"\n{passed} passed, {len(failed)} failed, {len(skipped)} skipped")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
