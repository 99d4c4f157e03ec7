# Make fragment: generates every header derived from the syscall tables into
# $(BUILD)/include/generated/ (kernel X-macro tables, libc's unistd_*.h, the tracer's
# name tables) and runs the generator's self-test. Included by the top Makefile and by
# libc/libc.mk; safe to include twice. Variables it uses: BUILD, Q.

ifndef TRAPDOOR_SYSCALLS_MK
TRAPDOOR_SYSCALLS_MK := 1

BUILD ?= build
SYSCALLTBL := scripts/syscalltbl.py
comma := ,
SYSCALL_TBL_DIR := arch/x86/entry/syscalls
GENERATED_DIR := $(BUILD)/include/generated

SYSCALL_HEADERS_64 := $(GENERATED_DIR)/syscalls_64.h $(GENERATED_DIR)/unistd_64.h \
	$(GENERATED_DIR)/syscallnames_64.h
SYSCALL_HEADERS_32 := $(GENERATED_DIR)/syscalls_32.h $(GENERATED_DIR)/unistd_32.h \
	$(GENERATED_DIR)/syscallnames_32.h
SYSCALL_HEADERS := $(SYSCALL_HEADERS_64) $(SYSCALL_HEADERS_32)

# Keep whatever default goal the including Makefile has (or will have).
syscalls_mk_saved_goal := $(.DEFAULT_GOAL)

# $(call gen_syscall_header,abis,mode,prefix)
define gen_syscall_header
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  GEN     $@")
	$(Q)python3 $(SYSCALLTBL) --abis $(1) --emit $(2) --prefix $(3) $< $@
endef

$(GENERATED_DIR)/syscalls_64.h: $(SYSCALL_TBL_DIR)/syscall_64.tbl $(SYSCALLTBL)
	$(call gen_syscall_header,common$(comma)64,kernel,64)
$(GENERATED_DIR)/unistd_64.h: $(SYSCALL_TBL_DIR)/syscall_64.tbl $(SYSCALLTBL)
	$(call gen_syscall_header,common$(comma)64,unistd,64)
$(GENERATED_DIR)/syscallnames_64.h: $(SYSCALL_TBL_DIR)/syscall_64.tbl $(SYSCALLTBL)
	$(call gen_syscall_header,common$(comma)64,names,64)
$(GENERATED_DIR)/syscalls_32.h: $(SYSCALL_TBL_DIR)/syscall_32.tbl $(SYSCALLTBL)
	$(call gen_syscall_header,i386,kernel,32)
$(GENERATED_DIR)/unistd_32.h: $(SYSCALL_TBL_DIR)/syscall_32.tbl $(SYSCALLTBL)
	$(call gen_syscall_header,i386,unistd,32)
$(GENERATED_DIR)/syscallnames_32.h: $(SYSCALL_TBL_DIR)/syscall_32.tbl $(SYSCALLTBL)
	$(call gen_syscall_header,i386,names,32)


.PHONY: syscall-headers syscalltbl-test
syscall-headers: $(SYSCALL_HEADERS)

# TAP lines from the generator's self-test (bad tables must be rejected).
syscalltbl-test:
	$(Q)sh scripts/tests/test_syscalltbl.sh

.DEFAULT_GOAL := $(syscalls_mk_saved_goal)

endif
