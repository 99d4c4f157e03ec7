# Make fragment: the ring-3 test programs (DESIGN §11, issue 3 §8). Each
# tests/user/<name>.c is built for both ABIs into $(BUILD)/root/tests/<name>64 and
# <name>32 (the kernel runs every file in /tests), linked with util.c and the libc.
# Include after libc/libc.mk. Defines USER_TEST_BINS; `make user-tests-host` runs
# them all on this Linux host, which must pass them too (they assert Linux facts).

ifndef TRAPDOOR_TESTS_MK
TRAPDOOR_TESTS_MK := 1

include user/examples/examples.mk

# Tests built for both ABIs, and the ones that only make sense in 64-bit code
# (high register halves, arch_prctl, SYSCALL itself).
# Every tests/user/*.c but the helper util.c is a test program: add a file, it runs.
USER_TESTS := $(filter-out util,$(basename $(notdir $(wildcard tests/user/*.c))))
USER_TESTS_64ONLY :=

USER_TEST_BINS := $(foreach t,$(USER_TESTS) $(USER_TESTS_64ONLY),$(BUILD)/root/tests/$(t)64) \
	$(foreach t,$(USER_TESTS),$(BUILD)/root/tests/$(t)32)

UT_OBJ := $(BUILD)/tests/user

# Named here so make keeps them (they would be intermediate files otherwise).
USER_TEST_OBJS := $(foreach t,$(USER_TESTS) $(USER_TESTS_64ONLY) util,$(UT_OBJ)/64/$(t).o) \
	$(foreach t,$(USER_TESTS) util,$(UT_OBJ)/32/$(t).o)
.SECONDARY: $(USER_TEST_OBJS)

USER_TEST_CFLAGS := -O2 -Wall -Wextra -Werror -I tests/user

$(UT_OBJ)/64/%.o: tests/user/%.c | $(GENERATED_DIR)/unistd_64.h
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(USER_CFLAGS_64) $(USER_TEST_CFLAGS) -MD -MP -c -o $@ $<

$(UT_OBJ)/32/%.o: tests/user/%.c | $(GENERATED_DIR)/unistd_32.h
	@mkdir -p $(@D)
	$(if $(Q),@echo "  CC32    $<")
	$(Q)$(CC) $(USER_CFLAGS_32) $(USER_TEST_CFLAGS) -MD -MP -c -o $@ $<

# Per-program link extras: initial_regs starts at its own entry point (it must
# see the registers before crt0 touches them); examples_agree links the examples.
$(BUILD)/root/tests/initial_regs64 $(BUILD)/root/tests/initial_regs32: \
	UT_LDEXTRA := -Wl,-e,initial_regs_start
$(BUILD)/root/tests/examples_agree64: $(EXAMPLE_LIB_OBJS_64)
$(BUILD)/root/tests/examples_agree32: $(EXAMPLE_LIB_OBJS_32)

$(BUILD)/root/tests/%64: $(UT_OBJ)/64/%.o $(UT_OBJ)/64/util.o $(LIBC_64)
	@mkdir -p $(@D)
	$(if $(Q),@echo "  LD      $@")
	$(Q)$(CC) $(USER_LDFLAGS_64) $(UT_LDEXTRA) -o $@ \
		$(filter-out $(LIBC_64),$(filter %.o,$^)) $(USER_LIBS_64)

$(BUILD)/root/tests/%32: $(UT_OBJ)/32/%.o $(UT_OBJ)/32/util.o $(LIBC_32)
	@mkdir -p $(@D)
	$(if $(Q),@echo "  LD32    $@")
	$(Q)$(CC) $(USER_LDFLAGS_32) $(UT_LDEXTRA) -o $@ \
		$(filter-out $(LIBC_32),$(filter %.o,$^)) $(USER_LIBS_32)

.PHONY: user-tests user-tests-host
user-tests: $(USER_TEST_BINS)

# Run every test program here, stdout to a file (so fd 1 is not a tty, as on
# Trapdoor), and print its lines the way the kernel harness names them.
user-tests-host: $(USER_TEST_BINS)
	@mkdir -p $(UT_OBJ)/host
	$(Q)bad=0; n=0; \
	for t in $(USER_TEST_BINS); do \
		p=$${t##*/}; n=$$((n + 1)); \
		$$t > $(UT_OBJ)/host/$$p.tap; rc=$$?; \
		sed -e "s/^\(not \)\{0,1\}ok - /&$$p./" $(UT_OBJ)/host/$$p.tap; \
		if [ $$rc -ne 0 ]; then bad=$$((bad + 1)); \
			echo "# $$p exited with status $$rc"; fi; \
	done; \
	echo "user-tests-host: $$((n - bad)) programs passed, $$bad failed"; \
	[ $$bad -eq 0 ]

-include $(wildcard $(UT_OBJ)/64/*.d $(UT_OBJ)/32/*.d)

endif
