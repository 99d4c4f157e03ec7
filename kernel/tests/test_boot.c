/*
 * kernel/tests/test_boot.c - what GRUB handed us was parsed right: RAM regions,
 * the command line, the initramfs module; and the command-line rules (known words,
 * a=b to init's environment, other words and everything after -- to init's argv).
 */
#include <ktest.h>
#include <string.h>
#include <cmdline.h>
#include <mm.h>
#include <fs.h>
#include <asm/multiboot2.h>

KTEST(multiboot_memory_map_is_sane)
{
	KEXPECT_TRUE(boot_info.nr_regions >= 1);
	/* QEMU is run with 64 MiB .. 4 GiB of RAM */
	KEXPECT_TRUE(boot_info.ram_bytes >= (60ULL << 20));
	KEXPECT_TRUE(boot_info.ram_bytes <= (4ULL << 30));
	for (int i = 0; i < boot_info.nr_regions; i++)
		KEXPECT_TRUE(boot_info.ram[i].end > boot_info.ram[i].start);
	return 0;
}

KTEST(multiboot_initramfs_module_found)
{
	KEXPECT_EQ(boot_info.nr_modules, 1);
	KEXPECT_EQ(strcmp(boot_info.modules[0].name, "initramfs"), 0);
	KEXPECT_TRUE(boot_info.modules[0].end > boot_info.modules[0].start);
	/* unpacked into the root file system: a file of iso/root is there */
	struct inode *motd = lookup_path("/etc/motd");
	KEXPECT_TRUE(motd != NULL);
	KEXPECT_EQ(memcmp(motd->data, "Welcome", 7), 0);
	return 0;
}

KTEST(cmdline_reached_the_kernel)
{
	KEXPECT_TRUE(boot_params.ktest != NULL);
	KEXPECT_TRUE(boot_params.panic_exit);
	return 0;
}

KTEST(cmdline_words_go_where_linux_sends_them)
{
	static char real[CMDLINE_MAX];
	int failed = 0;

	strlcpy(real, boot_params.cmdline, sizeof(real));
	parse_cmdline("quiet init=/bin/x FOO=bar hello vdso=0 -- a=b --c");
	struct boot_params *p = &boot_params;
	failed |= !p->quiet || !p->vdso_off || strcmp(p->init, "/bin/x");
	failed |= p->init_envc != 1 || strcmp(p->init_envp[0], "FOO=bar");
	failed |= p->init_argc != 3 || strcmp(p->init_argv[0], "hello");
	failed |= strcmp(p->init_argv[1], "a=b") || strcmp(p->init_argv[2], "--c");
	parse_cmdline(real);		/* put the real one back before judging */
	KEXPECT_EQ(failed, 0);
	KEXPECT_TRUE(boot_params.ktest != NULL);
	return 0;
}
