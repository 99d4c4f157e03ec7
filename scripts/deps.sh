#!/bin/sh
# Install the Debian packages Trapdoor needs, if any is missing.
# `make run`, `make test` and .ci/run call this; on a fresh Debian 12 machine it is
# the whole set-up. As root it uses apt-get, otherwise sudo, otherwise it prints the
# one command to run.
PKGS="gcc gcc-multilib binutils make python3 grub-pc-bin grub-common xorriso mtools
qemu-system-x86 gdb cpio busybox-static"

missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need gcc gcc
need ld binutils
need make make
need python3 python3
need grub-mkrescue grub-common
need xorriso xorriso
need mformat mtools
need qemu-system-x86_64 qemu-system-x86
need gdb gdb
need cpio cpio
[ -d /usr/lib/grub/i386-pc ] || missing="$missing grub-pc-bin"
# An unmodified static Linux program for the tests: Debian's glibc busybox.
dpkg -s busybox-static >/dev/null 2>&1 || missing="$missing busybox-static"
# gcc -m32 needs the multilib runtime (crt files, libgcc for 64-bit division).
ls -d /usr/lib/gcc/x86_64-linux-gnu/*/32 >/dev/null 2>&1 || missing="$missing gcc-multilib"
[ -z "$missing" ] && exit 0

echo "deps: installing:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	SUDO=
elif command -v sudo >/dev/null 2>&1; then
	SUDO=sudo
else
	echo "deps: please run as root: apt-get install -y$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 &&
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2 || {
	echo "deps: installing failed; run: apt-get install -y$missing" >&2
	exit 1
}
