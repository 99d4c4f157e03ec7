/* The parser: tokens -> pipelines joined by ; && || &, one at a time. A command
 * is words with redirections anywhere among them and NAME=value words in front. */
#include <stdio.h>
#include <string.h>
#include "sh.h"

static int syntax_error(const char *near)
{
	fprintf(stderr, "%s: syntax error near `%s'\n", sh_name, near);
	return -1;
}

static const char *tok_name(const struct token *t)
{
	static const char *const names[] = {
		[T_WORD] = "word", [T_PIPE] = "|", [T_AND] = "&&", [T_OR] = "||",
		[T_SEMI] = ";", [T_BG] = "&", [T_REDIR] = "redirection",
		[T_END] = "newline",
	};

	return t->type == T_WORD ? t->text : names[t->type];
}

/* One simple command from toks[*i]; stops at the first operator. */
static int parse_cmd(struct token *toks, int *i, struct cmd *c)
{
	memset(c, 0, sizeof(*c));
	for (;; (*i)++) {
		struct token *t = &toks[*i];

		if (t->type == T_WORD) {
			if (t->assign && c->argc == 0 && c->nassign < MAX_ARGS)
				c->assigns[c->nassign++] = t->text;
			else if (c->argc < MAX_ARGS)
				c->argv[c->argc++] = t->text;
			else
				return syntax_error("(too many words)");
		} else if (t->type == T_REDIR) {
			struct redir *r = &c->redirs[c->nredir];

			if (c->nredir == MAX_REDIRS)
				return syntax_error("(too many redirections)");
			r->fd = t->fd;
			r->type = t->rtype;
			r->dupfd = t->dupfd;
			if (t->rtype != R_DUP) {
				if (toks[*i + 1].type != T_WORD)
					return syntax_error(tok_name(&toks[*i + 1]));
				r->target = toks[++*i].text;
			}
			c->nredir++;
		} else {
			break;
		}
	}
	c->argv[c->argc] = NULL;
	if (!c->argc && !c->nassign && !c->nredir)
		return syntax_error(tok_name(&toks[*i]));
	return 0;
}

int parse_next(struct token *toks, int *pos, struct pipeline *p)
{
	int i = *pos;

	if (toks[i].type == T_END)
		return 0;
	p->ncmds = 0;
	p->next = L_SEQ;
	for (;;) {
		if (p->ncmds == MAX_CMDS)
			return syntax_error("(pipeline too long)");
		if (parse_cmd(toks, &i, &p->cmds[p->ncmds++]) < 0)
			return -1;
		if (toks[i].type != T_PIPE)
			break;
		i++;
	}
	switch (toks[i].type) {
	case T_END: *pos = i; return 1;
	case T_SEMI: p->next = L_SEQ; break;
	case T_BG: p->next = L_BG; break;
	case T_AND: p->next = L_AND; break;
	case T_OR: p->next = L_OR; break;
	default: return syntax_error(tok_name(&toks[i]));
	}
	i++;
	if ((p->next == L_AND || p->next == L_OR) && toks[i].type == T_END)
		return syntax_error("newline");
	*pos = i;
	return 1;
}
