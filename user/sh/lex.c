/* The lexer: splits a line into raw words and operators; expand() later (when the
 * command runs, so `X=1; echo $X` works) turns a raw word into its value:
 * 'single' quotes are literal, "double" quotes expand $ and keep \" \\ \$, a
 * backslash quotes one character, $NAME ${NAME} $? $$ $0 expand (no field splitting:
 * a variable's value stays one word), ~ at a word's start is $HOME, # starts a
 * comment. Operators: | || & && ; < > >> N> N>> N< N>&M. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

struct word {
	char *buf;
	size_t len, cap;
};

static void put(struct word *w, const char *s, size_t n)
{
	if (w->len + n + 1 > w->cap) {
		size_t cap = (w->len + n + 1) * 2 + 32;
		char *nb = sh_alloc(cap);

		memcpy(nb, w->buf, w->len);
		w->buf = nb;
		w->cap = cap;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	w->buf[w->len] = '\0';
}

/* Expand the $ at *pp into w; advance *pp past what was used. */
static void expand_dollar(const char **pp, struct word *w)
{
	const char *p = *pp + 1, *val = NULL;
	char name[128], num[16];
	size_t n = 0;

	if (*p == '?' || *p == '$' || *p == '0') {
		snprintf(num, sizeof(num), "%d", *p == '?' ? sh_status : (int)getpid());
		val = *p == '0' ? sh_name : num;
		put(w, val, strlen(val));
		*pp = p + 1;
		return;
	}
	if (*p == '{') {
		const char *end = strchr(p, '}');

		if (end && (size_t)(end - p - 1) < sizeof(name)) {
			memcpy(name, p + 1, end - p - 1);
			name[end - p - 1] = '\0';
			val = var_get(name);
			if (val)
				put(w, val, strlen(val));
			*pp = end + 1;
			return;
		}
	}
	while ((isalnum((unsigned char)p[n]) || p[n] == '_') && n < sizeof(name) - 1) {
		name[n] = p[n];
		n++;
	}
	if (!n) {			/* a lone $ is itself */
		put(w, "$", 1);
		*pp = p;
		return;
	}
	name[n] = '\0';
	val = var_get(name);
	if (val)
		put(w, val, strlen(val));
	*pp = p + n;
}

/* An operator at p: fill t, return its length, or 0 if p starts no operator. */
static int lex_operator(const char *p, struct token *t)
{
	int fd = -1, k = 0;

	if (isdigit((unsigned char)p[0]) && (p[1] == '<' || p[1] == '>'))
		fd = p[k++] - '0';
	if (p[k] == '<' || p[k] == '>') {
		t->type = T_REDIR;
		t->fd = fd >= 0 ? fd : (p[k] == '<' ? 0 : 1);
		if (p[k] == '<') {
			t->rtype = R_IN;
			return k + 1;
		}
		if (p[k + 1] == '>') {
			t->rtype = R_APPEND;
			return k + 2;
		}
		if (p[k + 1] == '&' && isdigit((unsigned char)p[k + 2])) {
			t->rtype = R_DUP;
			t->dupfd = p[k + 2] - '0';
			return k + 3;
		}
		t->rtype = R_OUT;
		return k + 1;
	}
	if (fd >= 0)
		return 0;
	switch (p[0]) {
	case '|': t->type = p[1] == '|' ? T_OR : T_PIPE; return p[1] == '|' ? 2 : 1;
	case '&': t->type = p[1] == '&' ? T_AND : T_BG; return p[1] == '&' ? 2 : 1;
	case ';': t->type = T_SEMI; return 1;
	}
	return 0;
}

/* One word starting at *pp; 1 if it ended inside quotes. */
static int lex_word(const char **pp, struct word *w, int *quoted)
{
	const char *p = *pp;
	struct token dummy;

	if (*p == '~' && (p[1] == '/' || p[1] == '\0' || isspace((unsigned char)p[1]))) {
		const char *home = var_get("HOME");

		put(w, home ? home : "/", strlen(home ? home : "/"));
		p++;
	}
	while (*p && !isspace((unsigned char)*p) && !lex_operator(p, &dummy)) {
		if (*p == '\'') {
			const char *end = strchr(p + 1, '\'');

			if (!end)
				return 1;
			put(w, p + 1, end - p - 1);
			p = end + 1;
			*quoted = 1;
		} else if (*p == '"') {
			*quoted = 1;
			for (p++; *p != '"'; ) {
				if (!*p)
					return 1;
				if (*p == '\\' && strchr("\"\\$`", p[1])) {
					put(w, p + 1, 1);
					p += 2;
				} else if (*p == '$') {
					expand_dollar(&p, w);
				} else {
					put(w, p++, 1);
				}
			}
			p++;
		} else if (*p == '\\') {
			if (!p[1])
				return 1;
			put(w, p + 1, 1);
			p += 2;
			*quoted = 1;
		} else if (*p == '$') {
			expand_dollar(&p, w);
		} else {
			put(w, p++, 1);
		}
	}
	*pp = p;
	return 0;
}

/* Move *pp past one raw word (quotes and backslashes kept); 1 if a quote is
 * left open. Expansion happens later, when the command runs (expand()). */
static int word_end(const char **pp)
{
	const char *p = *pp;
	struct token dummy;

	while (*p && !isspace((unsigned char)*p) && !lex_operator(p, &dummy)) {
		if (*p == '\'' || *p == '"') {
			char q = *p++;

			while (*p && *p != q)
				p += (q == '"' && *p == '\\' && p[1]) ? 2 : 1;
			if (!*p)
				return 1;
			p++;
		} else if (*p == '\\') {
			if (!p[1])
				return 1;
			p += 2;
		} else if (*p == '$' && p[1] == '{' && strchr(p, '}')) {
			p = strchr(p, '}') + 1;
		} else {
			p++;
		}
	}
	*pp = p;
	return 0;
}

/* NAME= at p, before any quoting: the word is an assignment. */
static int is_assignment(const char *p)
{
	const char *s = p;

	if (isdigit((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '_')
		p++;
	return p > s && *p == '=';
}

char *expand(const char *raw, int *keep)
{
	struct word w = { NULL, 0, 0 };
	int quoted = 0;

	lex_word(&raw, &w, &quoted);
	*keep = w.len || quoted;	/* an empty unquoted expansion vanishes */
	return w.buf ? w.buf : sh_alloc(1);
}

int lex(const char *line, struct token *toks, int max, int *n)
{
	const char *p = line;
	int count = 0;

	for (;;) {
		struct token *t = &toks[count];
		const char *start;
		int k;

		while (isspace((unsigned char)*p))
			p++;
		if (count == max - 1) {
			fprintf(stderr, "%s: line too long\n", sh_name);
			return -1;
		}
		memset(t, 0, sizeof(*t));
		if (!*p || *p == '#') {
			t->type = T_END;
			*n = count + 1;
			return 0;
		}
		k = lex_operator(p, t);
		if (k) {
			p += k;
			count++;
			continue;
		}
		t->assign = is_assignment(p);
		start = p;
		if (word_end(&p))
			return 1;
		t->type = T_WORD;
		t->text = sh_alloc(p - start + 1);
		memcpy(t->text, start, p - start);
		count++;
	}
}
