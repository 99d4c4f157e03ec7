#!/usr/bin/env python3
"""vdso2c.py - embed a linked vDSO image in the kernel (DESIGN §8, build step).

Usage: vdso2c.py --name vdso_image_64 IMAGE.so IMAGE.nm OUT.c

Reads the stripped shared object and the `nm` listing of its unstripped twin, checks
that the image can be mapped as is (one read+execute PT_LOAD from file offset 0, no
writable section, no relocation, no undefined symbol, the vvar page at -4096), and
writes a C file: the image padded to whole pages in section .vdso_images, and
`struct vdso_image <name>` with the offsets of the symbols the kernel needs (-1 when
the image has none). Any problem is an error: the build stops.
"""

import argparse
import os
import re
import struct
import sys

PAGE = 4096
PT_LOAD, PT_DYNAMIC = 1, 2
PF_X, PF_W, PF_R = 1, 2, 4
SHF_WRITE = 1
SHN_UNDEF = 0
DT_NULL, DT_HASH, DT_REL, DT_RELA, DT_TEXTREL, DT_JMPREL = 0, 4, 17, 7, 22, 23
DT_GNU_HASH = 0x6ffffef5
SHT_REL, SHT_RELA, SHT_DYNSYM = 9, 4, 11

# struct vdso_image field -> symbol; the 32-bit image must have all of them.
SYMBOLS = [
    ("sym_kernel_vsyscall", "__kernel_vsyscall"),
    ("sym_int80_landing_pad", "int80_landing_pad"),
    ("sym_kernel_sigreturn", "__kernel_sigreturn"),
    ("sym_kernel_rt_sigreturn", "__kernel_rt_sigreturn"),
    ("sym_vsyscall_patch", "vsyscall_patch"),
]


# The size of __kernel_vsyscall's patch slot, from the header vdso_init() uses.
PATCH_HEADER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                            "arch", "x86", "vdso", "vsyscall_patch.h")


class ImageError(Exception):
    pass


def patch_size():
    with open(PATCH_HEADER) as f:
        m = re.search(r"#define\s+VSYSCALL_PATCH_SIZE\s+(\d+)", f.read())
    if not m:
        raise ImageError("no VSYSCALL_PATCH_SIZE in " + PATCH_HEADER)
    return int(m.group(1))


class Elf:
    """Just enough of an ELF reader for a vDSO (either class, little-endian)."""

    def __init__(self, data):
        if data[:4] != b"\x7fELF" or data[5] != 1:
            raise ImageError("not a little-endian ELF file")
        self.data = data
        self.is64 = data[4] == 2
        if self.is64:
            hdr = struct.unpack_from("<HHIQQQIHHHHHH", data, 16)
        else:
            hdr = struct.unpack_from("<HHIIIIIHHHHHH", data, 16)
        (self.type, self.machine, _, self.entry, self.phoff, self.shoff, _, _,
         self.phentsize, self.phnum, self.shentsize, self.shnum, self.shstrndx) = hdr

    def phdrs(self):
        fmt = "<IIQQQQQQ" if self.is64 else "<IIIIIIII"
        for i in range(self.phnum):
            f = struct.unpack_from(fmt, self.data, self.phoff + i * self.phentsize)
            if self.is64:
                p_type, flags, off, vaddr, _, filesz, memsz, _ = f
            else:
                p_type, off, vaddr, _, filesz, memsz, flags, _ = f
            yield dict(type=p_type, flags=flags, offset=off, vaddr=vaddr,
                       filesz=filesz, memsz=memsz)

    def shdrs(self):
        fmt = "<IIQQQQIIQQ" if self.is64 else "<IIIIIIIIII"
        raw = [struct.unpack_from(fmt, self.data, self.shoff + i * self.shentsize)
               for i in range(self.shnum)]
        strtab = raw[self.shstrndx][4] if raw else 0
        for name, sh_type, flags, _, off, size, link, _, _, entsize in raw:
            end = self.data.index(b"\0", strtab + name)
            yield dict(name=self.data[strtab + name:end].decode(), type=sh_type,
                       flags=flags, offset=off, size=size, link=link,
                       entsize=entsize)

    def dynamic(self):
        fmt, size = ("<qQ", 16) if self.is64 else ("<iI", 8)
        for ph in self.phdrs():
            if ph["type"] != PT_DYNAMIC:
                continue
            for off in range(ph["offset"], ph["offset"] + ph["filesz"], size):
                tag, val = struct.unpack_from(fmt, self.data, off)
                if tag == DT_NULL:
                    return
                yield tag, val


def check_image(elf):
    """Everything that must hold for the kernel to map the file bytes as they are."""
    loads = [ph for ph in elf.phdrs() if ph["type"] == PT_LOAD]
    if len(loads) != 1:
        raise ImageError("%d PT_LOAD segments, want exactly one" % len(loads))
    load = loads[0]
    if load["offset"] != 0 or load["vaddr"] != 0:
        raise ImageError("the PT_LOAD must start at file offset 0, address 0")
    if load["flags"] != PF_R | PF_X:
        raise ImageError("the PT_LOAD must be R+X, flags are %#x" % load["flags"])
    if load["filesz"] != load["memsz"]:
        raise ImageError("the PT_LOAD has .bss (memsz > filesz): nothing to map it from")
    tags = dict(elf.dynamic())
    for tag, what in ((DT_HASH, "DT_HASH"), (DT_GNU_HASH, "DT_GNU_HASH")):
        if tag not in tags:
            raise ImageError("no %s (link with --hash-style=both)" % what)
    for tag in (DT_REL, DT_RELA, DT_JMPREL, DT_TEXTREL):
        if tag in tags:
            raise ImageError("dynamic relocations (tag %d): the image must be "
                             "position independent without any" % tag)
    for sh in elf.shdrs():
        if sh["flags"] & SHF_WRITE:
            raise ImageError("section %s is writable" % sh["name"])
        if sh["type"] in (SHT_REL, SHT_RELA):
            raise ImageError("relocation section %s" % sh["name"])
        if sh["type"] == SHT_DYNSYM:
            check_dynsym(elf, sh)
    return load["filesz"]


def check_dynsym(elf, sh):
    fmt, size = ("<IBBHQQ", 24) if elf.is64 else ("<IIIBBH", 16)
    for i in range(1, sh["size"] // size):
        f = struct.unpack_from(fmt, elf.data, sh["offset"] + i * size)
        shndx = f[3] if elf.is64 else f[5]
        if shndx == SHN_UNDEF:
            raise ImageError("undefined dynamic symbol #%d" % i)


def read_nm(path):
    """{name: value} from `nm` output ("value type name"); value as signed."""
    syms = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            value, bits = int(parts[0], 16), len(parts[0]) * 4
            if value >> (bits - 1):
                value -= 1 << bits	# vvar_page sits below address 0
            syms[parts[2]] = value
    return syms


def emit(out, name, image, size, offsets):
    padded = (size + PAGE - 1) // PAGE * PAGE
    body = image[:size] + bytes(padded - size)
    raw = "%s_raw" % name
    out.write("/* Generated by scripts/vdso2c.py - do not edit. */\n")
    out.write("#include <asm/vdso.h>\n\n")
    out.write("/* The image, page aligned and padded (linker.ld keeps .vdso_images). */\n")
    out.write("static const u8 %s[%d] __attribute__((aligned(%d), used, "
              "section(\".vdso_images\"))) = {\n" % (raw, padded, PAGE))
    for i in range(0, padded, 12):
        out.write("\t" + " ".join("0x%02x," % b for b in body[i:i + 12]) + "\n")
    out.write("};\n\n")
    out.write("struct vdso_image %s = {\n" % name)
    out.write("\t.data = %s,\n\t.size = %d,\n" % (raw, padded))
    for field, _ in SYMBOLS:
        out.write("\t.%s = %d,\n" % (field, offsets[field]))
    out.write("};\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--name", required=True, help="C name of the struct vdso_image")
    ap.add_argument("image", help="the stripped shared object")
    ap.add_argument("nm", help="nm output of the unstripped object")
    ap.add_argument("out", help="C file to write")
    args = ap.parse_args()

    try:
        with open(args.image, "rb") as f:
            image = f.read()
        elf = Elf(image)
        size = check_image(elf)
        if size < len(image):
            # Section headers live after the segment; keep them (readelf, gdb).
            size = len(image)
        syms = read_nm(args.nm)
        if syms.get("vvar_page") != -PAGE:
            raise ImageError("vvar_page is %r, want -4096" % syms.get("vvar_page"))
        offsets = {field: syms.get(sym, -1) for field, sym in SYMBOLS}
        if not elf.is64:
            missing = [sym for field, sym in SYMBOLS if offsets[field] < 0]
            if missing:
                raise ImageError("32-bit image lacks " + ", ".join(missing))
            check_vsyscall(image, offsets)
    except (ImageError, OSError, struct.error, ValueError) as e:
        sys.exit("vdso2c: %s: %s" % (args.image, e))

    with open(args.out, "w") as out:
        emit(out, args.name, image, size, offsets)


def check_vsyscall(image, offsets):
    """__kernel_vsyscall must be: 3 pushes, the patch slot, int $0x80, landing pad."""
    entry = offsets["sym_kernel_vsyscall"]
    patch = offsets["sym_vsyscall_patch"]
    pad = offsets["sym_int80_landing_pad"]
    if image[entry:entry + 3] != b"\x51\x52\x55":
        raise ImageError("__kernel_vsyscall does not start with push ecx/edx/ebp")
    if patch != entry + 3:
        raise ImageError("vsyscall_patch is not right after the pushes")
    if image[pad - 2:pad] != b"\xcd\x80":
        raise ImageError("int80_landing_pad does not follow an int $0x80")
    if pad - 2 - patch != patch_size():
        raise ImageError("the patch slot is %d bytes, vsyscall_patch.h says %d"
                         % (pad - 2 - patch, patch_size()))


if __name__ == "__main__":
    main()
