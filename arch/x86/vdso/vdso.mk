# Make fragment: the two vDSO images (DESIGN §8). Builds vdso64.so / vdso32.so as
# real shared objects, checks and embeds them in the kernel (scripts/vdso2c.py), and
# runs them on the host Linux (vdso-hosttest). Include it from the top Makefile and
# link $(VDSO_KOBJ) (also appended to KOBJ_EXTRA) into the kernel, or use it alone:
#	make -f arch/x86/vdso/vdso.mk [vdso|vdso-hosttest|vdso-info|vdso-clean]

ifndef TRAPDOOR_VDSO_MK
TRAPDOOR_VDSO_MK := 1

# Alone, build the images by default; included, leave the caller's default goal.
vdso_mk_saved_goal := $(.DEFAULT_GOAL)
ifeq ($(firstword $(MAKEFILE_LIST)),arch/x86/vdso/vdso.mk)
vdso_mk_saved_goal := vdso
endif

BUILD ?= build
ifeq ($(origin CC),default)
CC := gcc
endif
ifeq ($(origin LD),default)
LD := ld
endif
OBJCOPY ?= objcopy
NM ?= nm
PYTHON ?= python3
ifeq ($(origin Q),undefined)
Q := $(if $(filter 1,$(V)),,@)
endif
vdso_say = $(if $(Q),@printf '  %-7s %s\n' $(1) $(2))

VDSO_DIR := arch/x86/vdso
VDSO_OUT := $(BUILD)/arch/x86/vdso

# ---------------------------------------------------------------------------
# The images. Position independent, no stack protector (no TLS canary in a vDSO),
# no SSE (-mgeneral-regs-only: nothing needs it), no CET notes, unwind tables for
# debuggers. LINUX_VERSION_CODE is the kernel the ABI follows (vdso-note.S).

VDSO_GCC_INCLUDE := $(shell $(CC) -print-file-name=include)
VDSO_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -ffreestanding -nostdinc \
	-isystem $(VDSO_GCC_INCLUDE) -Iinclude -Iarch/x86/include \
	-fPIC -fno-plt -fno-stack-protector -fno-omit-frame-pointer \
	-mgeneral-regs-only -fcf-protection=none -fasynchronous-unwind-tables \
	-DLINUX_VERSION_CODE=0x060100 -MMD -MP
ifeq ($(WERROR),1)
VDSO_CFLAGS += -Werror
endif

# One PT_LOAD, symbols bound inside the image (-Bsymbolic), both hash tables (musl
# and the Linux selftests' parser read DT_HASH only; glibc prefers DT_GNU_HASH).
VDSO_LDFLAGS := -shared --hash-style=both --eh-frame-hdr -Bsymbolic \
	-z max-page-size=4096 -z noexecstack --no-undefined --build-id=none
VDSO_LDFLAGS_64 := -m elf_x86_64 -soname linux-vdso.so.1 $(VDSO_LDFLAGS)
VDSO_LDFLAGS_32 := -m elf_i386 -soname linux-gate.so.1 $(VDSO_LDFLAGS)

VDSO_SRCS_64 := vclock_gettime.c vgetcpu.c vdso-note.S
VDSO_SRCS_32 := $(VDSO_SRCS_64) vdso32/system_call.S vdso32/sigreturn.S
VDSO_OBJS_64 := $(VDSO_SRCS_64:%=$(VDSO_OUT)/64/%.o)
VDSO_OBJS_32 := $(VDSO_SRCS_32:%=$(VDSO_OUT)/32/%.o)

$(VDSO_OUT)/64/%.o: $(VDSO_DIR)/%
	@mkdir -p $(@D)
	$(call vdso_say,VDSOCC,$<)
	$(Q)$(CC) -m64 $(VDSO_CFLAGS) -c $< -o $@

$(VDSO_OUT)/32/%.o: $(VDSO_DIR)/%
	@mkdir -p $(@D)
	$(call vdso_say,VDSOCC32,$<)
	$(Q)$(CC) -m32 $(VDSO_CFLAGS) -c $< -o $@

$(VDSO_OUT)/vdso%.lds: $(VDSO_DIR)/vdso%.lds.S $(VDSO_DIR)/vdso-layout.lds.S
	@mkdir -p $(@D)
	$(Q)$(CC) -E -P -x c -o $@ $<

# vdsoNN.so.dbg keeps the symbols and debug info (gdb: add-symbol-file); the
# embedded vdsoNN.so is the same file stripped of them.
$(VDSO_OUT)/vdso64.so.dbg: $(VDSO_OBJS_64) $(VDSO_OUT)/vdso64.lds
	$(call vdso_say,VDSOLD,$@)
	$(Q)$(LD) $(VDSO_LDFLAGS_64) -T $(VDSO_OUT)/vdso64.lds -o $@ $(VDSO_OBJS_64)

$(VDSO_OUT)/vdso32.so.dbg: $(VDSO_OBJS_32) $(VDSO_OUT)/vdso32.lds
	$(call vdso_say,VDSOLD32,$@)
	$(Q)$(LD) $(VDSO_LDFLAGS_32) -T $(VDSO_OUT)/vdso32.lds -o $@ $(VDSO_OBJS_32)

# Strip, and clear the write flag ld always sets on .dynamic: the image is mapped
# read-only and nothing in it is ever written.
$(VDSO_OUT)/%.so: $(VDSO_OUT)/%.so.dbg
	$(Q)$(OBJCOPY) -S --set-section-flags .dynamic=alloc,load,readonly,data $< $@

$(VDSO_OUT)/%.so.nm: $(VDSO_OUT)/%.so.dbg
	$(Q)$(NM) $< > $@

# Made by pattern rules, but worth keeping: the host test and gdb use them.
.SECONDARY: $(foreach b,64 32,$(VDSO_OUT)/vdso$(b).so $(VDSO_OUT)/vdso$(b).so.nm \
	$(VDSO_OUT)/vdso$(b).lds $(VDSO_OUT)/vdso-image-$(b).c)

# vdso2c checks the image (one R+X PT_LOAD, nothing writable, no relocation, no
# undefined symbol, the symbols the kernel needs) and writes it out as C.
$(VDSO_OUT)/vdso-image-%.c: $(VDSO_OUT)/vdso%.so $(VDSO_OUT)/vdso%.so.nm scripts/vdso2c.py \
		$(VDSO_DIR)/vsyscall_patch.h
	$(call vdso_say,VDSO2C,$@)
	$(Q)$(PYTHON) scripts/vdso2c.py --name vdso_image_$* \
		$(VDSO_OUT)/vdso$*.so $(VDSO_OUT)/vdso$*.so.nm $@

# The kernel's side, built with the kernel's flags: the two embedded images and
# vdso_init() (arch/x86/vdso/vdso_init.c, compiled by the top Makefile's rule).
$(VDSO_OUT)/vdso-image-%.o: $(VDSO_OUT)/vdso-image-%.c
	$(call vdso_say,CC,$<)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

VDSO_KOBJ := $(BUILD)/$(VDSO_DIR)/vdso_init.c.o \
	$(VDSO_OUT)/vdso-image-64.o $(VDSO_OUT)/vdso-image-32.o
KOBJ_EXTRA += $(VDSO_KOBJ)

# ---------------------------------------------------------------------------
# Host test: map each image with a fake vvar page below it on this Linux host and
# call it (arch/x86/vdso/test/). The writer half includes the kernel's asm/vdso.h
# with the kernel's include paths; the rest is an ordinary glibc program.

VDSO_TEST_DIR := $(VDSO_DIR)/test
VDSO_TEST_OUT := $(VDSO_OUT)/test
VDSO_TEST_CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra $(if $(filter 1,$(WERROR)),-Werror)
VDSO_WRITER_CFLAGS := $(VDSO_TEST_CFLAGS) -ffreestanding -nostdinc \
	-isystem $(VDSO_GCC_INCLUDE) -Iinclude -Iarch/x86/include

VDSO_TEST_SRCS := vdso_hosttest.c vdso_load.c time_tests.c abi32_tests.c
VDSO_TEST_HDRS := $(VDSO_TEST_DIR)/hosttest.h $(VDSO_TEST_DIR)/vvar_writer.h

$(VDSO_TEST_OUT)/%/vvar_writer.o: $(VDSO_TEST_DIR)/vvar_writer.c $(VDSO_TEST_HDRS) \
		arch/x86/include/asm/vdso.h
	@mkdir -p $(@D)
	$(Q)$(CC) -m$* $(VDSO_WRITER_CFLAGS) -c $< -o $@

$(VDSO_TEST_SRCS:%.c=$(VDSO_TEST_OUT)/64/%.o): $(VDSO_TEST_OUT)/64/%.o: \
		$(VDSO_TEST_DIR)/%.c $(VDSO_TEST_HDRS)
	@mkdir -p $(@D)
	$(Q)$(CC) -m64 $(VDSO_TEST_CFLAGS) -c $< -o $@

$(VDSO_TEST_SRCS:%.c=$(VDSO_TEST_OUT)/32/%.o): $(VDSO_TEST_OUT)/32/%.o: \
		$(VDSO_TEST_DIR)/%.c $(VDSO_TEST_HDRS)
	@mkdir -p $(@D)
	$(Q)$(CC) -m32 $(VDSO_TEST_CFLAGS) -c $< -o $@

$(VDSO_TEST_OUT)/vdso_hosttest64: $(VDSO_TEST_SRCS:%.c=$(VDSO_TEST_OUT)/64/%.o) \
		$(VDSO_TEST_OUT)/64/vvar_writer.o
	$(call vdso_say,LD,$@)
	$(Q)$(CC) -m64 -pthread -o $@ $^

$(VDSO_TEST_OUT)/vdso_hosttest32: $(VDSO_TEST_SRCS:%.c=$(VDSO_TEST_OUT)/32/%.o) \
		$(VDSO_TEST_OUT)/32/vvar_writer.o
	$(call vdso_say,LD,$@)
	$(Q)$(CC) -m32 -pthread -o $@ $^

# Prints TAP-style `ok - name` lines; the 32-bit half is skipped on a host that
# cannot run i386 programs.
.PHONY: vdso vdso-hosttest vdso-hosttest-build vdso-info vdso-clean
vdso: $(VDSO_OUT)/vdso-image-64.c $(VDSO_OUT)/vdso-image-32.c \
	$(VDSO_OUT)/vdso64.so $(VDSO_OUT)/vdso32.so

VDSO_HOSTTESTS := $(VDSO_TEST_OUT)/vdso_hosttest64 $(VDSO_TEST_OUT)/vdso_hosttest32
vdso-hosttest-build: vdso $(VDSO_HOSTTESTS)

vdso-hosttest: vdso-hosttest-build
	$(Q)rc=0; \
	$(VDSO_TEST_OUT)/vdso_hosttest64 $(VDSO_OUT)/vdso64.so || rc=1; \
	if $(VDSO_TEST_OUT)/vdso_hosttest32 --probe >/dev/null 2>&1; then \
		$(VDSO_TEST_OUT)/vdso_hosttest32 $(VDSO_OUT)/vdso32.so || rc=1; \
	else \
		echo "# SKIP vdso32: this host cannot run 32-bit programs"; \
	fi; \
	exit $$rc

# user/vdso-info against Trapdoor's libc, for both ABIs, for the host check in
# scripts/tests/test_vdso.sh (the initramfs gets its own copy from the top Makefile).
ifndef TRAPDOOR_LIBC_MK
include libc/libc.mk
endif
VDSO_INFO := $(VDSO_OUT)/user/vdso-info64 $(VDSO_OUT)/user/vdso-info32
vdso-info: $(VDSO_INFO)

$(VDSO_OUT)/user/vdso-info64: user/vdso-info.c $(LIBC_64)
	@mkdir -p $(@D)
	$(call vdso_say,CC,$<)
	$(Q)$(CC) $(USER_CFLAGS_64) -O2 -Wall -Wextra -c $< -o $@.o
	$(Q)$(CC) $(USER_LDFLAGS_64) -o $@ $@.o $(USER_LIBS_64)

$(VDSO_OUT)/user/vdso-info32: user/vdso-info.c $(LIBC_32)
	@mkdir -p $(@D)
	$(call vdso_say,CC32,$<)
	$(Q)$(CC) $(USER_CFLAGS_32) -O2 -Wall -Wextra -c $< -o $@.o
	$(Q)$(CC) $(USER_LDFLAGS_32) -o $@ $@.o $(USER_LIBS_32)

vdso-clean:
	rm -rf $(VDSO_OUT)

-include $(VDSO_OBJS_64:.o=.d) $(VDSO_OBJS_32:.o=.d)

.DEFAULT_GOAL := $(vdso_mk_saved_goal)

endif
