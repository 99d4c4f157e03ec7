# Make fragment: the slide examples (DESIGN §10), the same call made every way
# there is. user/examples/<name>.c becomes $(BUILD)/root/bin/ex-<name> (64-bit,
# `_` written `-`) and ex-<name>-32 (32-bit). Each is also built with -DEXAMPLE_LIB
# (no main) for tests/user/examples_agree.c. Include after libc/libc.mk; defines
# EXAMPLE_BINS and EXAMPLE_LIB_OBJS_64/32.

ifndef TRAPDOOR_EXAMPLES_MK
TRAPDOOR_EXAMPLES_MK := 1

# syscall_insn is SYSCALL from 64-bit code; vsyscall is __kernel_vsyscall, 32-bit.
EXAMPLES_64 := syscall3 syscallfn int80 syscall_insn vdso
EXAMPLES_32 := syscall3 syscallfn int80 vsyscall vdso

EXAMPLE_BINS := $(foreach e,$(EXAMPLES_64),$(BUILD)/root/bin/ex-$(subst _,-,$(e))) \
	$(foreach e,$(EXAMPLES_32),$(BUILD)/root/bin/ex-$(subst _,-,$(e))-32)

EX_OBJ := $(BUILD)/user/examples
EXAMPLE_LIB_OBJS_64 := $(EXAMPLES_64:%=$(EX_OBJ)/lib64/%.o)
EXAMPLE_LIB_OBJS_32 := $(EXAMPLES_32:%=$(EX_OBJ)/lib32/%.o)
.SECONDARY: $(EXAMPLE_LIB_OBJS_64) $(EXAMPLE_LIB_OBJS_32) \
	$(EXAMPLES_64:%=$(EX_OBJ)/64/%.o) $(EXAMPLES_32:%=$(EX_OBJ)/32/%.o)
EXAMPLE_CFLAGS := -O2 -Wall -Wextra -Werror

# $(call ex_compile,bits,extra flags)
define ex_compile
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC$(if $(filter 32,$(1)),32,  )    $<")
	$(Q)$(CC) $(USER_CFLAGS_$(1)) $(EXAMPLE_CFLAGS) $(2) -MD -MP -c -o $@ $<
endef

$(EX_OBJ)/64/%.o: user/examples/%.c | $(GENERATED_DIR)/unistd_64.h
	$(call ex_compile,64,)
$(EX_OBJ)/32/%.o: user/examples/%.c | $(GENERATED_DIR)/unistd_32.h
	$(call ex_compile,32,)
$(EX_OBJ)/lib64/%.o: user/examples/%.c | $(GENERATED_DIR)/unistd_64.h
	$(call ex_compile,64,-DEXAMPLE_LIB)
$(EX_OBJ)/lib32/%.o: user/examples/%.c | $(GENERATED_DIR)/unistd_32.h
	$(call ex_compile,32,-DEXAMPLE_LIB)

# One link rule per binary: the name is not a pattern of the source's name.
define ex_link
$(BUILD)/root/bin/ex-$(subst _,-,$(1))$(if $(filter 32,$(2)),-32): \
		$(EX_OBJ)/$(2)/$(1).o $$(LIBC_$(2))
	@mkdir -p $$(@D)
	$$(if $$(Q),@echo "  LD$(if $(filter 32,$(2)),32,  )    $$@")
	$$(Q)$$(CC) $$(USER_LDFLAGS_$(2)) -o $$@ $$< $$(USER_LIBS_$(2))
endef
$(foreach e,$(EXAMPLES_64),$(eval $(call ex_link,$(e),64)))
$(foreach e,$(EXAMPLES_32),$(eval $(call ex_link,$(e),32)))

.PHONY: examples
examples: $(EXAMPLE_BINS)

-include $(wildcard $(EX_OBJ)/*/*.d)

endif
