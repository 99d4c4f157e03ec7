#!/bin/sh
# Host test of the vDSO images (DESIGN §8): builds arch/x86/vdso/ with its own make
# fragment, runs both images on this Linux host over a fake vvar page
# (arch/x86/vdso/test/), and runs user/vdso-info against the host's own vDSO.
# Prints TAP-style `ok - name` / `not ok - name: why`; exits 1 if any failed.

cd "$(dirname "$0")/../.." || exit 1
mk="make --no-print-directory -f arch/x86/vdso/vdso.mk"
out=build/arch/x86/vdso
log=$(mktemp "${TMPDIR:-/tmp}/test_vdso.XXXXXX")
trap 'rm -f "$log"' EXIT
failed=0

if $mk WERROR=1 vdso-hosttest-build > "$log" 2>&1; then
	echo "ok - vdso_images_build"
else
	echo "not ok - vdso_images_build: $(grep -m1 -iE 'error|vdso2c' "$log")"
	exit 1
fi

# The image checks and time tests print their own ok/not ok lines.
$mk WERROR=1 vdso-hosttest 2>"$log" || failed=1
[ -s "$log" ] && sed 's/^/# /' "$log"

# vdso-info, both ABIs, reading the host kernel's vDSO through Trapdoor's libc.
if $mk WERROR=1 vdso-info > "$log" 2>&1; then
	for abi in 64 32; do
		case $abi in
		64) want='__vdso_clock_gettime' ;;
		32) want='__kernel_vsyscall enters the kernel with' ;;
		esac
		if [ $abi = 32 ] && ! $out/test/vdso_hosttest32 --probe >/dev/null 2>&1; then
			echo "# SKIP vdso_info32_runs_on_host: no i386 support on this host"
		elif $out/user/vdso-info$abi 2>&1 | grep -q "$want"; then
			echo "ok - vdso_info${abi}_runs_on_host"
		else
			echo "not ok - vdso_info${abi}_runs_on_host: no '$want' in its output"
			failed=1
		fi
	done
else
	echo "not ok - vdso_info_builds: $(grep -m1 -i error "$log")"
	failed=1
fi
exit $failed
