#!/bin/sh
# Self-test for scripts/syscalltbl.py: feeds it good and bad tables and checks the
# output or the `file:line: message` error. Prints TAP-style `ok - name` lines and a
# final `# tests=N failed=M`; exits 1 if any case failed. Run from the repo root
# (make syscalltbl-test) or from anywhere: it finds the script next to itself.

here=$(cd "$(dirname "$0")" && pwd)
gen="python3 $here/../syscalltbl.py"
tbldir="$here/../../arch/x86/entry/syscalls"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/syscalltbl.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tests=0
failed=0

pass() { tests=$((tests + 1)); echo "ok - $1"; }
fail() { tests=$((tests + 1)); failed=$((failed + 1)); echo "not ok - $1: $2"; }

# expect_error NAME PATTERN ABIS: the table on stdin must be rejected with an error
# line matching PATTERN (a grep -E regex).
expect_error() {
	cat > "$tmp/$1.tbl"
	if $gen --abis "$3" --emit kernel "$tmp/$1.tbl" "$tmp/$1.h" 2> "$tmp/$1.err"; then
		fail "$1" "exit status 0, expected non-zero"
	elif ! grep -Eq "$2" "$tmp/$1.err"; then
		fail "$1" "saw '$(cat "$tmp/$1.err")', expected /$2/"
	elif [ -e "$tmp/$1.h" ]; then
		fail "$1" "output file written despite the error"
	else
		pass "$1"
	fi
}

# expect_output NAME MODE ABIS EXPECTED: the table on stdin must give EXPECTED
# (ignoring the two-line banner).
expect_output() {
	cat > "$tmp/$1.tbl"
	if ! $gen --abis "$3" --emit "$2" $5 "$tmp/$1.tbl" "$tmp/$1.h" 2> "$tmp/$1.err"; then
		fail "$1" "failed: $(cat "$tmp/$1.err")"
		return
	fi
	tail -n +3 "$tmp/$1.h" > "$tmp/$1.out"
	printf '%s\n' "$4" > "$tmp/$1.want"
	if cmp -s "$tmp/$1.out" "$tmp/$1.want"; then
		pass "$1"
	else
		fail "$1" "saw '$(tr '\n' '|' < "$tmp/$1.out")', expected '$(tr '\n' '|' < "$tmp/$1.want")'"
	fi
}

expect_output kernel_fills_gaps_with_ni_syscall kernel common,64 \
'__SYSCALL(0, sys_read)
__SYSCALL(1, sys_ni_syscall)
__SYSCALL(2, sys_ni_syscall)
__SYSCALL(3, sys_close)

#undef NR_syscalls_64
#define NR_syscalls_64 4' "--prefix 64" <<'EOF'
# a comment, then a blank line

0	common	read	sys_read
3	64	close	sys_close	# trailing comment
EOF

expect_output kernel_uses_compat_column kernel i386 \
'__SYSCALL(0, sys_ni_syscall)
__SYSCALL(1, sys_exit)
__SYSCALL_WITH_COMPAT(2, sys_time, compat_sys_time)

#undef NR_syscalls
#define NR_syscalls 3' <<'EOF'
1	i386	exit	sys_exit	-
2	i386	time	sys_time	compat_sys_time
EOF

expect_output kernel_filters_abis kernel common,64 \
'__SYSCALL(0, sys_read)

#undef NR_syscalls
#define NR_syscalls 1' <<'EOF'
0	common	read	sys_read
1	x32	other	sys_other
EOF

expect_output unistd_defines_numbers unistd i386 \
'#ifndef _TRAPDOOR_GENERATED_UNISTD_DEFINES_NUMBERS_H
#define _TRAPDOOR_GENERATED_UNISTD_DEFINES_NUMBERS_H

#define __NR_exit 1
#define __NR_getpid 20

#endif /* _TRAPDOOR_GENERATED_UNISTD_DEFINES_NUMBERS_H */' <<'EOF'
1	i386	exit	sys_exit
20	i386	getpid	sys_getpid
EOF

expect_output names_lists_real_entries_only names common,64 \
'__SYSCALL_NAME(0, "read")
__SYSCALL_NAME(39, "getpid")' <<'EOF'
0	common	read	sys_read
39	common	getpid	sys_getpid
EOF

expect_error duplicate_number_rejected ':3: duplicate number 1 \(first at line 2\)' i386 <<'EOF'
0	i386	restart_syscall	sys_restart_syscall
1	i386	exit	sys_exit
1	i386	fork	sys_fork
EOF

expect_error unsorted_number_rejected ':2: number 3 is out of order' i386 <<'EOF'
4	i386	write	sys_write
3	i386	read	sys_read
EOF

expect_error duplicate_name_rejected ":2: duplicate name 'read'" common,64 <<'EOF'
0	common	read	sys_read
1	common	read	sys_write
EOF

expect_error too_few_fields_rejected ':1: expected .* got 3 fields' common,64 <<'EOF'
0	common	read
EOF

expect_error too_many_fields_rejected ':2: expected .* got 6 fields' common,64 <<'EOF'
0	common	read	sys_read
1	common	write	sys_write	-	extra
EOF

expect_error non_decimal_number_rejected ":1: syscall number '0x1'" common,64 <<'EOF'
0x1	common	write	sys_write
EOF

expect_error bad_entry_identifier_rejected ":1: entry point 'sys-write'" common,64 <<'EOF'
1	common	write	sys-write
EOF

expect_error empty_table_rejected 'no entries for abi i386' i386 <<'EOF'
# only a comment
EOF

# The real tables must go through every mode.
for abi in 64 32; do
	case $abi in 64) abis=common,64 ;; 32) abis=i386 ;; esac
	ok=1
	for mode in kernel unistd names; do
		$gen --abis $abis --emit $mode --prefix $abi \
			"$tbldir/syscall_$abi.tbl" "$tmp/real_$mode.h" 2> "$tmp/real.err" || ok=0
	done
	if [ $ok = 1 ]; then
		pass "real_syscall_${abi}_table_generates"
	else
		fail "real_syscall_${abi}_table_generates" "$(cat "$tmp/real.err")"
	fi
done

echo "# tests=$tests failed=$failed"
[ $failed = 0 ]
