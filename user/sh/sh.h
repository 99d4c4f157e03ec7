/* sh.h: the pieces of Trapdoor's /bin/sh and what they share. A line is lexed into
 * tokens with quotes and $ expansions done (lex.c), parsed into and-or lists of
 * pipelines (parse.c), and run (exec.c: fork, setpgid, dup2, execve, tcsetpgrp,
 * wait; builtins.c). main.c reads lines and owns the shell's state. */
#ifndef SH_H
#define SH_H

#include <sys/types.h>

#define MAX_ARGS	128
#define MAX_REDIRS	8
#define MAX_CMDS	16
#define MAX_TOKENS	512

enum tok_type { T_WORD, T_PIPE, T_AND, T_OR, T_SEMI, T_BG, T_REDIR, T_END };
enum redir_type { R_IN, R_OUT, R_APPEND, R_DUP };

struct token {
	enum tok_type type;
	char *text;		/* T_WORD: the raw word, quotes and all */
	int fd;			/* T_REDIR: the fd redirected (0, 1, 2, ...) */
	enum redir_type rtype;	/* T_REDIR */
	int dupfd;		/* T_REDIR, R_DUP: N in N>&M... the M */
	int assign;		/* T_WORD: looks like NAME=value */
};

struct redir {
	int fd;
	enum redir_type type;
	char *target;
	int dupfd;
};

/* Words are raw until run_pipeline() expands them in place. */
struct cmd {
	char *argv[MAX_ARGS + 1];
	int argc;
	char *assigns[MAX_ARGS];	/* NAME=value words before the command */
	int nassign;
	struct redir redirs[MAX_REDIRS];
	int nredir;
};

/* What joins a pipeline to the next one. */
enum link { L_SEQ, L_AND, L_OR, L_BG };

struct pipeline {
	struct cmd cmds[MAX_CMDS];
	int ncmds;
	enum link next;
};

/* The shell's state (main.c). */
extern int sh_interactive;	/* stdin is a tty: job control and a prompt */
extern int sh_status;		/* $? */
extern pid_t sh_pgid;		/* the shell's own process group */
extern const char *sh_name;	/* $0, and the prefix of error messages */

/* Memory for one line's tokens and words; freed all at once (main.c). */
void *sh_alloc(size_t n);
void sh_alloc_reset(void);

/* lex.c: 0 and *n tokens, -1 on a syntax error (printed), 1 if the line ends
 * inside quotes (the caller reads another line and tries again). */
int lex(const char *line, struct token *toks, int max, int *n);
/* A raw word's value ($ expanded, quotes removed); *keep is 0 when it expanded
 * to nothing without quotes (the word is dropped). In this line's memory. */
char *expand(const char *raw, int *keep);

/* vars.c */
const char *var_get(const char *name);	/* shell variable or environment */
int var_set(const char *name, const char *value, int export);
void var_unset(const char *name);

/* parse.c: the pipeline at toks[*pos] into *p, *pos moved past it and its
 * link; 1 if one was parsed, 0 at the end, -1 on a syntax error (printed). */
int parse_next(struct token *toks, int *pos, struct pipeline *p);

/* exec.c: run one pipeline and return its status ($?). */
int run_pipeline(struct pipeline *p);
/* Report and reap finished background jobs (before each prompt). */
void reap_background(void);

/* builtins.c: a builtin's function by name, or NULL. */
typedef int (*builtin_fn)(int argc, char **argv);
builtin_fn find_builtin(const char *name);

#endif
