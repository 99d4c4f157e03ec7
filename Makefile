# Trapdoor - top-level Makefile.
# `make help` lists the targets. Everything is built under build/; nothing generated
# is ever written into the source tree. V=1 shows full commands, WERROR=1 (CI) makes
# every warning an error.

BUILD   := build
CC      := gcc
LD      := ld
AR      := ar
OBJCOPY := objcopy
NM      := nm
PYTHON  := python3
QEMU    := qemu-system-x86_64
GDB     := gdb

ifeq ($(V),1)
Q :=
quiet = @true
else
Q := @
quiet = @printf '  %-7s %s\n'
endif

# ---- kernel flags (see ../shared/reference/toolchain-notes.md for why each is here)
GCC_INCLUDE := $(shell $(CC) -print-file-name=include)
KCFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -ffreestanding -nostdinc -isystem $(GCC_INCLUDE) \
	-fno-pic -fno-pie -mcmodel=kernel -mno-red-zone -mgeneral-regs-only \
	-fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector \
	-fno-strict-aliasing -fno-asynchronous-unwind-tables -fcf-protection=none \
	-Iinclude -Iinclude/uapi -Iarch/x86/include -I$(BUILD)/include -MMD -MP
ifeq ($(WERROR),1)
KCFLAGS += -Werror
endif
KASFLAGS := $(filter-out -std=gnu11 -Wall -Wextra,$(KCFLAGS)) -D__ASSEMBLY__
KLDFLAGS := -nostdlib -z max-page-size=0x1000 -z noexecstack --no-warn-rwx-segments -T linker.ld

KSRC := $(wildcard boot/*.S) \
	$(wildcard arch/x86/kernel/*.c arch/x86/kernel/*.S) \
	$(wildcard arch/x86/entry/*.c arch/x86/entry/*.S) \
	$(wildcard arch/x86/mm/*.c arch/x86/platform/*.c) \
	$(wildcard kernel/*.c kernel/mm/*.c kernel/fs/*.c kernel/tests/*.c)
KOBJ = $(patsubst %,$(BUILD)/%.o,$(KSRC)) $(BUILD)/gen/vectors.S.o $(VDSO_KOBJ)

.DELETE_ON_ERROR:
.PHONY: all iso run debug test bench clean help deps
all: $(BUILD)/kernel.elf $(BUILD)/trapdoor.iso

help:
	@echo "Trapdoor - a teaching kernel about system calls"
	@echo "  make            build build/kernel.elf and build/trapdoor.iso"
	@echo "  make run        boot the ISO in QEMU, serial console here (GRAPHIC=1: VGA window)"
	@echo "  make debug      boot paused and attach gdb (scripts/gdb/trapdoor.gdb)"
	@echo "  make test       build, boot the test matrix, run the gdb test: 'N passed, N failed'"
	@echo "  make bench      guest instructions per system call (qemu -icount), beside Linux's"
	@echo "  make clean      remove build/"
	@echo "  variables: V=1 (full commands) WERROR=1 CMDLINE='...' CPU=<qemu -cpu> GDBPORT=N"

deps:
	$(Q)scripts/deps.sh

# ---- the syscall tables (scripts/syscalls.mk), Trapdoor's libc (libc/libc.mk), the
# vDSO images (arch/x86/vdso/vdso.mk), the ring-3 tests and the slide examples
include libc/libc.mk
include arch/x86/vdso/vdso.mk
include tests/user/tests.mk

# ---- generated sources
$(BUILD)/gen/vectors.S: scripts/gen-vectors.py
	$(quiet) GEN $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(PYTHON) $< > $@

$(BUILD)/gen/vectors.S.o: $(BUILD)/gen/vectors.S
	$(quiet) AS $<
	$(Q)$(CC) $(KASFLAGS) -c $< -o $@

# ---- kernel objects (the syscall tables include generated headers)
# The dispatchers are the hot path (make bench): no frame of their own. Backtraces
# still name them: the handler's frame record returns into do_syscall_64.
$(BUILD)/arch/x86/entry/common.c.o: KCFLAGS += -fomit-frame-pointer
# (every kernel object waits for them: a clean build has no .d files to say which)
$(patsubst %,$(BUILD)/%.o,$(filter %.c,$(KSRC))): | $(SYSCALL_HEADERS)

$(BUILD)/%.c.o: %.c
	$(quiet) CC $<
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(BUILD)/%.S.o: %.S
	$(quiet) AS $<
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KASFLAGS) -c $< -o $@

# ---- link twice: the second time with the symbol table of the first (oops backtraces)
$(BUILD)/kernel.pass1.elf: $(KOBJ) $(BUILD)/kallsyms.empty.o linker.ld
	$(quiet) LD $@
	$(Q)$(LD) $(KLDFLAGS) -o $@ $(KOBJ) $(BUILD)/kallsyms.empty.o

$(BUILD)/kallsyms.empty.S: scripts/kallsyms.py
	$(Q)mkdir -p $(dir $@)
	$(Q)$(PYTHON) scripts/kallsyms.py < /dev/null > $@

$(BUILD)/kallsyms.S: $(BUILD)/kernel.pass1.elf scripts/kallsyms.py
	$(quiet) KSYMS $@
	$(Q)$(NM) -n $< | $(PYTHON) scripts/kallsyms.py > $@

$(BUILD)/kallsyms.o $(BUILD)/kallsyms.empty.o: %.o: %.S
	$(Q)$(CC) $(KASFLAGS) -c $< -o $@

$(BUILD)/kernel.elf: $(KOBJ) $(BUILD)/kallsyms.o linker.ld
	$(quiet) LD $@
	$(Q)$(LD) $(KLDFLAGS) -o $@ $(KOBJ) $(BUILD)/kallsyms.o
	$(Q)$(NM) -n $(BUILD)/kernel.pass1.elf | grep -v -e kallsyms -e __kernel_end > $(BUILD)/pass1.syms
	$(Q)$(NM) -n $@ | grep -v -e kallsyms -e __kernel_end | cmp -s - $(BUILD)/pass1.syms || \
		{ echo "kallsyms: symbols moved between the two links" >&2; exit 1; }

# ---- user programs: user/init.c is /sbin/init; every other user/NAME.c becomes
# /bin/NAME (x86-64), and so does every user/NAME/ directory but examples/ (its
# *.c files linked together: user/sh/); those in USER_BOTH also /bin/NAME32 (i386).
USER_NAMES := $(basename $(notdir $(filter-out user/init.c,$(wildcard user/*.c))))
USER_DIRS := $(sort $(patsubst user/%/,%,$(filter-out user/examples/,\
	$(dir $(wildcard user/*/*.c)))))
user_dir_objs = $(patsubst user/%.c,$(BUILD)/user/64/%.o,$(wildcard user/$(1)/*.c))
USER_BOTH := hello syscall-bench vdso-info
USER_CFLAGS_EXTRA := -O2 -Wall -Wextra $(if $(filter 1,$(WERROR)),-Werror)
$(BUILD)/user/64/%.o: user/%.c | $(GENERATED_DIR)/unistd_64.h
	$(quiet) CC $<
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(USER_CFLAGS_64) $(USER_CFLAGS_EXTRA) -MMD -MP -c $< -o $@
$(BUILD)/user/32/%.o: user/%.c | $(GENERATED_DIR)/unistd_32.h
	$(quiet) CC32 $<
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(USER_CFLAGS_32) $(USER_CFLAGS_EXTRA) -MMD -MP -c $< -o $@
.SECONDARY: $(BUILD)/user/64/init.o $(patsubst %,$(BUILD)/user/64/%.o,$(USER_NAMES)) \
	$(patsubst %,$(BUILD)/user/32/%.o,$(USER_BOTH)) \
	$(foreach d,$(USER_DIRS),$(call user_dir_objs,$(d)))

define user_link64
$(1): $(2) $$(LIBC_64)
	$$(quiet) LD $$@
	$$(Q)mkdir -p $$(dir $$@)
	$$(Q)$$(CC) $$(USER_LDFLAGS_64) -o $$@ $(2) $$(USER_LIBS_64)
endef
define user_link32
$(1): $(2) $$(LIBC_32)
	$$(quiet) LD32 $$@
	$$(Q)mkdir -p $$(dir $$@)
	$$(Q)$$(CC) $$(USER_LDFLAGS_32) -o $$@ $(2) $$(USER_LIBS_32)
endef
$(eval $(call user_link64,$(BUILD)/root/sbin/init,$(BUILD)/user/64/init.o))
$(foreach p,$(USER_NAMES),\
	$(eval $(call user_link64,$(BUILD)/root/bin/$(p),$(BUILD)/user/64/$(p).o)))
$(foreach p,$(USER_BOTH),\
	$(eval $(call user_link32,$(BUILD)/root/bin/$(p)32,$(BUILD)/user/32/$(p).o)))
$(foreach d,$(USER_DIRS),\
	$(eval $(call user_link64,$(BUILD)/root/bin/$(d),$(call user_dir_objs,$(d)))))
USER_BINS := $(BUILD)/root/sbin/init $(patsubst %,$(BUILD)/root/bin/%,$(USER_NAMES)) \
	$(patsubst %,$(BUILD)/root/bin/%,$(USER_DIRS)) \
	$(patsubst %,$(BUILD)/root/bin/%32,$(USER_BOTH)) $(EXAMPLE_BINS) $(USER_TEST_BINS)
-include $(wildcard $(BUILD)/user/64/*.d $(BUILD)/user/32/*.d $(BUILD)/user/64/*/*.d)
# strace prints names from the generated tables
$(BUILD)/user/64/strace/syscall.o: | $(GENERATED_DIR)/syscallnames_64.h $(GENERATED_DIR)/syscallnames_32.h

# ---- initramfs and ISO: iso/root (text files) overlaid with build/root (programs)
INITRAMFS_FILES := $(shell find iso/root -type f 2>/dev/null)
$(BUILD)/initramfs.cpio: scripts/mkinitramfs.sh $(INITRAMFS_FILES) $(USER_BINS)
	$(quiet) CPIO $@
	$(Q)scripts/mkinitramfs.sh $@ iso/root $(BUILD)/root

CMDLINE ?= console=ttyS0
$(BUILD)/trapdoor.iso: $(BUILD)/kernel.elf $(BUILD)/initramfs.cpio iso/grub.cfg scripts/mkiso.sh
	$(quiet) ISO $@
	$(Q)scripts/mkiso.sh $@ $(BUILD)/kernel.elf $(BUILD)/initramfs.cpio "$(CMDLINE)"

iso: $(BUILD)/trapdoor.iso

# ---- running
CPU     ?= max
GDBPORT ?= $(shell echo $$((20000 + $$(id -u) % 10000)))
run: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)scripts/qemu.sh run $(BUILD)/trapdoor.iso "$(CPU)" $(GDBPORT)

debug: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)scripts/qemu.sh debug $(BUILD)/trapdoor.iso "$(CPU)" $(GDBPORT)

test: deps
	$(Q)$(MAKE) --no-print-directory WERROR=1 all
	$(Q)$(PYTHON) scripts/run-tests.py

bench: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)$(PYTHON) scripts/bench.py

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
