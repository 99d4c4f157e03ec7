/* <termios.h>: struct termios as the kernel copies it for TCGETS/TCSETS (Linux's
 * asm-generic/termbits.h: four flag words, c_line, 19 control characters; 36 bytes
 * on both ABIs), the common flag bits, tcgetattr/tcsetattr on top of ioctl. */
#ifndef _TERMIOS_H
#define _TERMIOS_H

typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;

#define NCCS 19

struct termios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	cc_t c_line;
	cc_t c_cc[NCCS];
};

/* c_cc indices */
#define VINTR	0
#define VQUIT	1
#define VERASE	2
#define VKILL	3
#define VEOF	4
#define VTIME	5
#define VMIN	6
#define VSTART	8
#define VSTOP	9
#define VSUSP	10
#define VEOL	11
#define VWERASE	14

/* c_iflag */
#define IGNBRK	0000001
#define BRKINT	0000002
#define INPCK	0000020
#define ISTRIP	0000040
#define INLCR	0000100
#define IGNCR	0000200
#define ICRNL	0000400
#define IXON	0002000

/* c_oflag */
#define OPOST	0000001
#define ONLCR	0000004

/* c_cflag */
#define CSIZE	0000060
#define CS8	0000060
#define CREAD	0000200
#define B38400	0000017

/* c_lflag */
#define ISIG	0000001
#define ICANON	0000002
#define ECHO	0000010
#define ECHOE	0000020
#define ECHOK	0000040
#define ECHONL	0000100
#define IEXTEN	0100000

/* tcsetattr actions */
#define TCSANOW		0
#define TCSADRAIN	1
#define TCSAFLUSH	2

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int action, const struct termios *t);
int tcgetpgrp(int fd);		/* ioctl TIOCGPGRP */
int tcsetpgrp(int fd, int pgrp);	/* ioctl TIOCSPGRP */

#endif
