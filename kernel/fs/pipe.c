/*
 * kernel/fs/pipe.c - pipes: a 64 KiB ring buffer (Linux's default capacity, 16
 * pages) between a read end and a write end, two struct files sharing one pipe.
 * Readers sleep while it is empty and writers remain; writers sleep while it is
 * full, and a write of up to PIPE_BUF bytes goes in whole or not at all. No reader
 * left: the writer gets SIGPIPE and EPIPE. No writer left: the reader sees EOF.
 */
#include <fs.h>
#include <mm.h>
#include <sched.h>
#include <wait.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <asm/processor.h>

#define PIPE_SIZE	(64 * 1024)

struct pipe {
	char *buf;
	size_t head, len;		/* oldest byte; bytes in the ring */
	int readers, writers;
	struct wait_queue rd_wait, wr_wait;
};

static long pipe_read(struct file *f, char *buf, size_t n)
{
	struct pipe *p = f->private;

	if (!n)
		return 0;
	if (!p->len && p->writers && (f->flags & O_NONBLOCK))
		return -EAGAIN;
	long err = wait_event_interruptible(&p->rd_wait, p->len || !p->writers);
	if (err)
		return err;
	n = MIN(n, p->len);
	size_t first = MIN(n, PIPE_SIZE - p->head);
	memcpy(buf, p->buf + p->head, first);
	memcpy(buf + first, p->buf, n - first);
	p->head = (p->head + n) % PIPE_SIZE;
	p->len -= n;
	if (!p->len)
		p->head = 0;
	wake_up_all(&p->wr_wait);
	return n;
}

/* Room for a write of n bytes: all of it if n <= PIPE_BUF (atomic), else any. */
static bool pipe_room(struct pipe *p, size_t n)
{
	size_t free = PIPE_SIZE - p->len;

	return n <= PIPE_BUF ? free >= n : free > 0;
}

static long pipe_write(struct file *f, const char *buf, size_t n)
{
	struct pipe *p = f->private;

	if (!p->readers)
		goto broken;
	if (!n)
		return 0;
	if (!pipe_room(p, n) && (f->flags & O_NONBLOCK))
		return -EAGAIN;
	long err = wait_event_interruptible(&p->wr_wait, !p->readers || pipe_room(p, n));
	if (err)
		return err;
	if (!p->readers)
		goto broken;
	n = MIN(n, PIPE_SIZE - p->len);
	size_t tail = (p->head + p->len) % PIPE_SIZE;
	size_t first = MIN(n, PIPE_SIZE - tail);
	memcpy(p->buf + tail, buf, first);
	memcpy(p->buf, buf + first, n - first);
	p->len += n;
	wake_up_all(&p->rd_wait);
	return n;
broken:
	send_signal(current, SIGPIPE);
	return -EPIPE;
}

static unsigned int pipe_poll_read(struct file *f)
{
	struct pipe *p = f->private;

	return (p->len ? POLLIN | POLLRDNORM : 0) | (p->writers ? 0 : POLLHUP);
}

static unsigned int pipe_poll_write(struct file *f)
{
	struct pipe *p = f->private;

	if (!p->readers)
		return POLLERR;
	return PIPE_SIZE - p->len >= PIPE_BUF ? POLLOUT | POLLWRNORM : 0;
}

static void pipe_release(struct file *f)
{
	struct pipe *p = f->private;

	if ((f->flags & O_ACCMODE) == O_RDONLY)
		p->readers--;
	else
		p->writers--;
	wake_up_all(&p->rd_wait);
	wake_up_all(&p->wr_wait);
	if (!p->readers && !p->writers) {
		kfree(p->buf);
		kfree(p);
	}
}

static const struct file_ops pipe_read_ops = {
	.read = pipe_read, .poll = pipe_poll_read, .release = pipe_release,
};
static const struct file_ops pipe_write_ops = {
	.write = pipe_write, .poll = pipe_poll_write, .release = pipe_release,
};

/* A new pipe: *rd and *wr hold one reference each. fstat sees a FIFO inode. */
int pipe_create(struct file **rd, struct file **wr)
{
	struct pipe *p = kzalloc(sizeof(*p));
	struct inode *ino = inode_new(S_IFIFO | 0600);

	inode_get(ino);			/* ours until both ends hold it */
	*rd = *wr = NULL;
	if (p)
		p->buf = kmalloc(PIPE_SIZE);
	if (p && p->buf && ino) {
		*rd = file_open_inode(ino, O_RDONLY);
		*wr = file_open_inode(ino, O_WRONLY);
	}
	inode_put(ino);
	if (!*rd || !*wr) {
		file_put(*rd);		/* still plain files: no release yet */
		file_put(*wr);
		if (p)
			kfree(p->buf);
		kfree(p);
		return -ENOMEM;
	}
	(*rd)->ops = &pipe_read_ops;
	(*wr)->ops = &pipe_write_ops;
	(*rd)->private = (*wr)->private = p;
	p->readers = p->writers = 1;
	return 0;
}
