#!/bin/sh
# Pack a directory tree into a cpio "newc" archive (the format Linux's initramfs
# uses), owned by root. Usage: mkinitramfs.sh OUT.cpio DIR [DIR...]
# Later directories overlay earlier ones.
set -e
out=$1; shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/trapdoor-root.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for d in "$@"; do
	[ -d "$d" ] && cp -a "$d/." "$tmp/"
done
mkdir -p "$(dirname "$out")"
(cd "$tmp" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) > "$out.tmp"
mv "$out.tmp" "$out"
