# Make fragment: builds Trapdoor's libc (DESIGN §10) for x86-64 and i386 into
# $(BUILD)/libc/<arch>/{libc.a,crt0.o}, exports the flags user programs are built
# with (USER_CFLAGS_64/32, USER_LDFLAGS_64/32, USER_LIBS_64/32), and runs the libc's
# own test on the host Linux (libc-hosttest). Include it from the top Makefile, or
# use it alone: `make -f libc/libc.mk [libc|libc-hosttest|libc-clean]`.
#
# Linking a user program (objects first, then the libs):
#	$(CC) $(USER_LDFLAGS_64) -o prog prog.o $(USER_LIBS_64)

ifndef TRAPDOOR_LIBC_MK
TRAPDOOR_LIBC_MK := 1

# Alone, `make -f libc/libc.mk` builds the libcs; included, leave the including
# Makefile's default goal alone (restored at the end of this file).
libc_mk_saved_goal := $(.DEFAULT_GOAL)
ifeq ($(firstword $(MAKEFILE_LIST)),libc/libc.mk)
libc_mk_saved_goal := libc
endif

BUILD ?= build
ifeq ($(origin CC),default)
CC := gcc
endif
ifeq ($(origin AR),default)
AR := ar
endif
ifeq ($(origin Q),undefined)
Q := $(if $(filter 1,$(V)),,@)
endif

include scripts/syscalls.mk

# ---------------------------------------------------------------------------
# Flags for every ring-3 program (and for the libc itself).

GCC_INCLUDE := $(shell $(CC) -print-file-name=include)

USER_CFLAGS_COMMON := -std=gnu11 -ffreestanding -nostdinc -fno-pie \
	-fno-stack-protector -fno-omit-frame-pointer -g \
	-isystem libc/include -isystem include/uapi -isystem $(BUILD)/include \
	-isystem $(GCC_INCLUDE)
USER_CFLAGS_64 := -m64 $(USER_CFLAGS_COMMON) -isystem libc/arch/x86_64
USER_CFLAGS_32 := -m32 $(USER_CFLAGS_COMMON) -isystem libc/arch/i386
USER_LDFLAGS_64 := -m64 -static -nostdlib -no-pie
USER_LDFLAGS_32 := -m32 -static -nostdlib -no-pie
USER_LIBS_64 := $(BUILD)/libc/x86_64/crt0.o $(BUILD)/libc/x86_64/libc.a -lgcc
USER_LIBS_32 := $(BUILD)/libc/i386/crt0.o $(BUILD)/libc/i386/libc.a -lgcc

# The libc itself: warnings are errors, and no loop may be turned into a call to
# memset/memcpy (string.c would call itself).
LIBC_CFLAGS := -O2 -Wall -Wextra -Werror -fno-tree-loop-distribute-patterns
LIBC_CFLAGS_64 := $(USER_CFLAGS_64) $(LIBC_CFLAGS)
LIBC_CFLAGS_32 := $(USER_CFLAGS_32) $(LIBC_CFLAGS)

# ---------------------------------------------------------------------------
# Sources and objects: libc/X.c -> $(BUILD)/libc/<arch>/X.o

LIBC_SRCS := libc/src/start.c libc/src/auxv.c libc/src/syscall.c \
	libc/src/vdso.c libc/src/time.c libc/src/io.c libc/src/proc.c \
	libc/src/mm.c libc/src/string.c libc/src/strerror.c libc/src/stdlib.c \
	libc/src/exit.c libc/src/malloc.c libc/src/printf.c libc/src/sprintf.c \
	libc/src/stdio.c libc/src/stdio_read.c libc/src/stdio_file.c \
	libc/src/signal.c libc/src/sigset.c libc/src/setjmp.c \
	libc/src/fork.c libc/src/exec.c libc/src/file.c libc/src/fs.c \
	libc/src/stat.c libc/src/dirent.c libc/src/env.c libc/src/qsort.c \
	libc/src/ctype.c libc/src/strmore.c libc/src/ptrace.c
LIBC_ASM_64 := libc/arch/x86_64/setjmp.S libc/arch/x86_64/sigreturn.S \
	libc/arch/x86_64/vfork.S
LIBC_ASM_32 := libc/arch/i386/vsyscall.S libc/arch/i386/setjmp.S \
	libc/arch/i386/sigreturn.S libc/arch/i386/vfork.S

LIBC_OBJS_64 := $(LIBC_SRCS:libc/%.c=$(BUILD)/libc/x86_64/%.o) \
	$(LIBC_ASM_64:libc/%.S=$(BUILD)/libc/x86_64/%.o)
LIBC_OBJS_32 := $(LIBC_SRCS:libc/%.c=$(BUILD)/libc/i386/%.o) \
	$(LIBC_ASM_32:libc/%.S=$(BUILD)/libc/i386/%.o)

LIBC_64 := $(BUILD)/libc/x86_64/libc.a $(BUILD)/libc/x86_64/crt0.o
LIBC_32 := $(BUILD)/libc/i386/libc.a $(BUILD)/libc/i386/crt0.o

$(LIBC_SRCS:libc/%.c=$(BUILD)/libc/x86_64/%.o): \
		$(BUILD)/libc/x86_64/%.o: libc/%.c | $(GENERATED_DIR)/unistd_64.h
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(LIBC_CFLAGS_64) -MD -MP -c -o $@ $<

$(LIBC_SRCS:libc/%.c=$(BUILD)/libc/i386/%.o): \
		$(BUILD)/libc/i386/%.o: libc/%.c | $(GENERATED_DIR)/unistd_32.h
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC32    $<")
	$(Q)$(CC) $(LIBC_CFLAGS_32) -MD -MP -c -o $@ $<

$(LIBC_ASM_64:libc/%.S=$(BUILD)/libc/x86_64/%.o): $(BUILD)/libc/x86_64/%.o: libc/%.S
	@mkdir -p $(@D)
	$(if $(Q),@echo "  AS      $<")
	$(Q)$(CC) $(LIBC_CFLAGS_64) -MD -MP -c -o $@ $<

$(LIBC_ASM_32:libc/%.S=$(BUILD)/libc/i386/%.o): $(BUILD)/libc/i386/%.o: libc/%.S
	@mkdir -p $(@D)
	$(if $(Q),@echo "  AS32    $<")
	$(Q)$(CC) $(LIBC_CFLAGS_32) -MD -MP -c -o $@ $<

$(BUILD)/libc/x86_64/crt0.o: libc/arch/x86_64/crt0.S
	@mkdir -p $(@D)
	$(if $(Q),@echo "  AS      $<")
	$(Q)$(CC) $(LIBC_CFLAGS_64) -MD -MP -c -o $@ $<

$(BUILD)/libc/i386/crt0.o: libc/arch/i386/crt0.S
	@mkdir -p $(@D)
	$(if $(Q),@echo "  AS32    $<")
	$(Q)$(CC) $(LIBC_CFLAGS_32) -MD -MP -c -o $@ $<

$(BUILD)/libc/x86_64/libc.a: $(LIBC_OBJS_64)
	$(if $(Q),@echo "  AR      $@")
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(BUILD)/libc/i386/libc.a: $(LIBC_OBJS_32)
	$(if $(Q),@echo "  AR32    $@")
	$(Q)rm -f $@ && $(AR) rcs $@ $^

# ---------------------------------------------------------------------------
# The host test: the same test program linked against each libc and run on this
# Linux host, which speaks the same syscall ABI as Trapdoor. The 32-bit run is
# skipped when the host kernel cannot execute i386 programs.

LIBC_TEST_SRCS := libc/test/hosttest.c libc/test/test_syscall.c \
	libc/test/test_runtime.c libc/test/test_stdio.c libc/test/layout.c
LIBC_TEST_CFLAGS := -O2 -Wall -Wextra -Werror -I tests/user
LIBC_TEST_OBJS_64 := $(LIBC_TEST_SRCS:libc/test/%.c=$(BUILD)/libc/hosttest/x86_64/%.o)
LIBC_TEST_OBJS_32 := $(LIBC_TEST_SRCS:libc/test/%.c=$(BUILD)/libc/hosttest/i386/%.o)
LIBC_HOSTTEST_64 := $(BUILD)/libc/hosttest/hosttest64
LIBC_HOSTTEST_32 := $(BUILD)/libc/hosttest/hosttest32

# The raw-syscall tests are built at -O0 too: the inline asm must also find its
# registers when ebp is the frame pointer and nothing is optimised away.
$(BUILD)/libc/hosttest/%/test_syscall.o: LIBC_TEST_CFLAGS += -O0

$(LIBC_TEST_OBJS_64): $(BUILD)/libc/hosttest/x86_64/%.o: libc/test/%.c \
		| $(GENERATED_DIR)/unistd_64.h
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(USER_CFLAGS_64) $(LIBC_TEST_CFLAGS) -MD -MP -c -o $@ $<

$(LIBC_TEST_OBJS_32): $(BUILD)/libc/hosttest/i386/%.o: libc/test/%.c \
		| $(GENERATED_DIR)/unistd_32.h
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC32    $<")
	$(Q)$(CC) $(USER_CFLAGS_32) $(LIBC_TEST_CFLAGS) -MD -MP -c -o $@ $<

$(LIBC_HOSTTEST_64): $(LIBC_TEST_OBJS_64) $(LIBC_64)
	$(if $(Q),@echo "  LD      $@")
	$(Q)$(CC) $(USER_LDFLAGS_64) -o $@ $(LIBC_TEST_OBJS_64) $(USER_LIBS_64)

$(LIBC_HOSTTEST_32): $(LIBC_TEST_OBJS_32) $(LIBC_32)
	$(if $(Q),@echo "  LD32    $@")
	$(Q)$(CC) $(USER_LDFLAGS_32) -o $@ $(LIBC_TEST_OBJS_32) $(USER_LIBS_32)

.PHONY: libc libc-hosttest libc-clean
libc: $(LIBC_64) $(LIBC_32)

libc-hosttest: $(LIBC_HOSTTEST_64) $(LIBC_HOSTTEST_32)
	@echo "# libc host test, x86_64"
	$(Q)$(LIBC_HOSTTEST_64)
	@echo "# libc host test, i386"
	$(Q)if $(LIBC_HOSTTEST_32) --probe 2>/dev/null | grep -q '^probe-ok$$'; then \
		$(LIBC_HOSTTEST_32); \
	else \
		echo "# SKIP i386: this host cannot run 32-bit programs (no ia32 emulation)"; \
	fi

libc-clean:
	rm -rf $(BUILD)/libc

-include $(LIBC_OBJS_64:.o=.d) $(LIBC_OBJS_32:.o=.d) \
	$(BUILD)/libc/x86_64/crt0.d $(BUILD)/libc/i386/crt0.d \
	$(LIBC_TEST_OBJS_64:.o=.d) $(LIBC_TEST_OBJS_32:.o=.d)

.DEFAULT_GOAL := $(libc_mk_saved_goal)

endif
