/* <poll.h>: poll() with Linux's struct pollfd and event bits. */
#ifndef _POLL_H
#define _POLL_H

#include <linux/poll.h>


struct pollfd {
	int fd;
	short events;
	short revents;
};

typedef unsigned long nfds_t;

int poll(struct pollfd *fds, nfds_t n, int timeout_ms);

#endif
