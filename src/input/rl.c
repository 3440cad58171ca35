/* The interactive input.
 *
 * readline is driven through its callback interface: the shell owns the
 * wait, a poll() on the terminal and the signal self-pipe, and hands
 * readline one character at a time.  A signal therefore never interrupts
 * readline half-way: its handler only writes a byte to the self-pipe, the
 * poll wakes, and the signal is dealt with here, between two characters,
 * where it is safe to reap children, run traps, print job news and redraw
 * the line (DESIGN.md section 3).  readline's own signal handling is off
 * (rl_catch_signals, rl_catch_sigwinch) for the same reason.
 *
 * Without a terminal on standard input (cosh -i < file) there is nothing
 * to edit: the prompts are written to standard error and the lines read
 * plainly, one at a time. */
#include "input/rl.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "expand/expand.h"
#include "input/input.h"
#include "job/job.h"
#include "job/tty.h"
#include "shell.h"
#include "sig/signal.h"
#include "sig/trap.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/users.h"
#include "util/xalloc.h"
#include "var/var.h"

enum { HISTSIZE_DEFAULT = 500 };

/* What one edit of a line came to. */
enum got {
	GOT_NOTHING,	/* still editing */
	GOT_LINE,
	GOT_EOF,	/* Ctrl-D on an empty line, or the terminal is gone */
	GOT_INTERRUPT,	/* Ctrl-C */
	GOT_EXIT,	/* a trap action ran 'exit' */
};

struct rl_input {
	struct input base;
	struct shell *sh;
	struct input *plain;	/* no terminal: plain reads, or NULL */
	bool editing_vi;	/* the editing mode readline was last told */
	/* Ctrl-C (130) or Ctrl-D (2) dropped an unfinished command: the
	 * parser's status for it is replaced with this one at the next
	 * prompt; 0 if none. */
	int dropped_status;
	int rows, cols;		/* the size LINES and COLUMNS were set to */
	/* Set by the line handler. */
	bool done;
	char *line;		/* NULL at end of input; owned once done */
	/* The line being edited is wiped from the screen while something
	 * else (a trap, job news) writes; see hide_line. */
	bool hidden;
	char *hidden_text;
	int hidden_point;
	/* The signal mask outside the prompt.  While a line is edited the
	 * shell's signals are blocked except inside ppoll (and around
	 * sig_dispatch): a signal landing while readline writes the prompt
	 * would make that write fail with EINTR (the handlers do not
	 * restart calls) and a character of the display would be lost. */
	sigset_t outer_mask;
	/* The history entry of the command being typed: its lines so far,
	 * joined with newlines, and whether it is in the history list yet.
	 * It goes in with its first line and is replaced as PS2 lines come,
	 * so that the command is in the history while it runs (fc sees it)
	 * and whatever ends the shell finds it complete. */
	struct strbuf entry;
	bool entry_added;
	/* The history file holds the list as it is now (rl_history_save). */
	bool history_saved;
};

/* readline's line handler takes no argument: the input being edited.
 * There is one terminal and one readline, so there is one of these. */
static struct rl_input *active;

/* The readline input with a terminal, while it exists: readline's history
 * list is global too, and rl_history_save may be called from where no
 * input is at hand (shell_exit, exec, the SIGHUP exit). */
static struct rl_input *the_input;

/* True if readline wraps the line in bracketed-paste mode (off for a dumb
 * terminal or by the user's inputrc). */
static bool bracketed_paste_on(void)
{
	const char *v = rl_variable_value("enable-bracketed-paste");
	return v && strcmp(v, "on") == 0;
}

static void on_line(char *line)
{
	active->done = true;
	active->line = line;
	/* At Ctrl-D readline has just left its modes, ending the line
	 * itself if bracketed paste was on (edit_line ends it otherwise).
	 * It keeps "end of file seen" and would end one more line each time
	 * it leaves them from now on: a blank line before the output of
	 * every command once a Ctrl-D was refused. */
	if (!line)
		rl_eof_found = 0;
	/* Removed here, inside the handler: otherwise readline prepares the
	 * terminal and prints the prompt again for a next line at once. */
	rl_callback_handler_remove();
}

static char *prompt_text(struct shell *sh, bool continuation)
{
	const char *ps = var_get(sh->vars, continuation ? "PS2" : "PS1");
	return expand_prompt(sh, ps ? ps : "");
}

static long history_size(struct shell *sh)
{
	const char *s = var_get(sh->vars, "HISTSIZE");
	if (!s || !*s)
		return HISTSIZE_DEFAULT;
	char *end;
	long n = strtol(s, &end, 10);
	if (*end || n < 0)
		return HISTSIZE_DEFAULT;
	return n > 1000000 ? 1000000 : n;
}

/* $HISTFILE, or ~/.cosh_history when it is unset; a set but empty
 * HISTFILE means no file.  Caller frees; NULL: none. */
static char *history_file(struct shell *sh)
{
	const char *f = var_get(sh->vars, "HISTFILE");
	if (f)
		return *f ? xstrdup(f) : NULL;
	const char *home = var_get(sh->vars, "HOME");
	if (!home || !*home)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, home);
	if (sb.data[sb.len - 1] != '/')
		strbuf_appendc(&sb, '/');
	strbuf_append(&sb, ".cosh_history");
	return strbuf_finish(&sb);
}

static bool any_trap_set(struct shell *sh)
{
	for (int signo = 1; signo <= sig_max(); signo++) {
		const char *a = trap_action(sh, signo);
		if (a && *a)
			return true;
	}
	return false;
}

/* Wipes the prompt and the line from the screen, so that a trap action or
 * a job report writes on a clean line; show_line puts them back. */
static void hide_line(struct rl_input *ri)
{
	if (ri->hidden)
		return;
	ri->hidden = true;
	ri->hidden_point = rl_point;
	ri->hidden_text = rl_copy_text(0, rl_end);
	rl_save_prompt();
	rl_replace_line("", 0);
	rl_redisplay();
	fflush(rl_outstream);
}

static void show_line(struct rl_input *ri)
{
	if (!ri->hidden)
		return;
	ri->hidden = false;
	rl_restore_prompt();
	rl_replace_line(ri->hidden_text, 0);
	rl_point = ri->hidden_point;
	free(ri->hidden_text);
	ri->hidden_text = NULL;
	rl_forced_update_display();
}

/* LINES and COLUMNS follow the terminal's size, as in bash (checkwinsize)
 * and yash: scripts and commands started from the prompt see the size the
 * window has now, even if it changed while a job had the terminal. */
static void track_screen_size(struct rl_input *ri)
{
	/* The terminal's own figures: readline's width is one less on a
	 * terminal that does not wrap by itself. */
	struct winsize ws;
	if (ioctl(fileno(rl_instream), TIOCGWINSZ, &ws) < 0)
		return;
	int rows = ws.ws_row, cols = ws.ws_col;
	if (rows <= 0 || cols <= 0 || (rows == ri->rows && cols == ri->cols))
		return;
	ri->rows = rows;
	ri->cols = cols;
	char buf[16];
	snprintf(buf, sizeof buf, "%d", rows);
	var_set(ri->sh->vars, "LINES", buf, 0);
	snprintf(buf, sizeof buf, "%d", cols);
	var_set(ri->sh->vars, "COLUMNS", buf, 0);
}

/* A signal arrived while the prompt waits.  Returns what it means for the
 * line being edited. */
static enum got prompt_signals(struct rl_input *ri)
{
	struct shell *sh = ri->sh;
	/* Ctrl-C at the prompt discards the line, trapped or not; a trap
	 * for it still runs (sig_dispatch), an untrapped one is the
	 * prompt's alone. */
	bool intr = sig_is_pending(SIGINT);
	if (intr && !sig_has_action(sh, SIGINT))
		sig_take(SIGINT);
	if (sig_pending()) {
		/* Reaping alone needs no care for the screen or the modes.
		 * A trap action may write, and run commands that need the
		 * shell's normal modes; SIGHUP ends the shell inside
		 * sig_dispatch, which must not leave the terminal in
		 * readline's modes.  Then the line is wiped and the modes
		 * put back meanwhile.  Not for every SIGCHLD: leaving
		 * readline's modes writes to the terminal (bracketed paste
		 * off, a carriage return) and the prompt would flicker. */
		bool care = sig_is_pending(SIGHUP) || any_trap_set(sh);
		if (care) {
			hide_line(ri);
			(*rl_deprep_term_function)();
		}
		/* Traps run commands, which wait with the normal mask. */
		sigset_t blocked;
		sig_restore_mask(&ri->outer_mask);
		enum flow flow = sig_dispatch(sh, NULL);
		sig_block_all(&blocked);
		if (care)
			(*rl_prep_term_function)(1);
		if (flow == FLOW_EXIT) {
			show_line(ri);
			return GOT_EXIT;
		}
		/* FLOW_INTERRUPT: a Ctrl-C inside a trap action, or one
		 * that came just now; either way the line goes. */
		if (flow == FLOW_INTERRUPT)
			intr = true;
	}
	if (sig_take(SIGWINCH)) {
		rl_resize_terminal();
		track_screen_size(ri);
	}
	if (intr) {
		show_line(ri);
		return GOT_INTERRUPT;
	}
	if (sh->opts[OPT_NOTIFY] && jobs_have_news(sh)) {
		/* set -b: the report now, not at the next prompt. */
		hide_line(ri);
		job_notify(sh);
	}
	show_line(ri);
	return GOT_NOTHING;
}

static void discard_line(void)
{
	rl_free_line_state();
	rl_callback_sigcleanup();
	rl_echo_signal_char(SIGINT);
	rl_replace_line("", 0);
	rl_point = rl_end = 0;
	fflush(rl_outstream);
	write_all(STDERR_FILENO, "\n", 1);
	/* Up-arrow starts again from the newest line. */
	using_history();
}

static void set_editing_mode(struct rl_input *ri)
{
	bool vi = ri->sh->opts[OPT_VI];
	if (vi == ri->editing_vi)
		return;
	ri->editing_vi = vi;
	rl_variable_bind("editing-mode", vi ? "vi" : "emacs");
}

/* Edits one line at the prompt of continuation, handling signals between
 * characters.  On GOT_LINE, ri->line holds it (caller frees). */
static enum got edit_line(struct rl_input *ri, bool continuation)
{
	struct shell *sh = ri->sh;
	set_editing_mode(ri);
	char *prompt = prompt_text(sh, continuation);
	active = ri;
	ri->done = false;
	ri->line = NULL;
	/* A Ctrl-C that came while commands ran is not meant for a line
	 * that is not even shown yet. */
	if (!sig_has_action(sh, SIGINT))
		(void)sig_take(SIGINT);
	/* The terminal may have been resized while a job had it: the
	 * SIGWINCH went to the job's group, not to the shell. */
	(void)sig_take(SIGWINCH);
	rl_reset_screen_size();
	track_screen_size(ri);
	sig_block_all(&ri->outer_mask);
	rl_callback_handler_install(prompt, on_line);
	free(prompt);
	int tty = fileno(rl_instream);
	enum got got = GOT_NOTHING;
	while (got == GOT_NOTHING) {
		struct pollfd pfd[2] = {
			{ .fd = tty, .events = POLLIN },
			{ .fd = sig_fd(), .events = POLLIN },
		};
		/* Signals are let in only while waiting, atomically: one
		 * that comes just before the wait still wakes it. */
		int n = ppoll(pfd, pfd[1].fd >= 0 ? 2 : 1, NULL, &ri->outer_mask);
		if (n < 0 && errno != EINTR && errno != EAGAIN) {
			sh_error_errno(NULL, "poll");
			got = GOT_EOF;
			break;
		}
		if (sig_pending()) {
			got = prompt_signals(ri);
			if (got != GOT_NOTHING)
				break;
		}
		if (n <= 0)
			continue;
		if (pfd[0].revents & POLLNVAL) {
			got = GOT_EOF;
			break;
		}
		if (pfd[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			rl_callback_read_char();
			if (ri->done)
				got = ri->line ? GOT_LINE : GOT_EOF;
			else if (!(pfd[0].revents & POLLIN))
				got = GOT_EOF;	/* hung up, nothing left */
		}
	}
	if (got == GOT_INTERRUPT)
		discard_line();
	if (!ri->done) {
		rl_callback_handler_remove();
		if (got != GOT_INTERRUPT)
			write_all(STDERR_FILENO, "\n", 1);
	} else if (got == GOT_EOF && !bracketed_paste_on()) {
		/* Ctrl-D leaves the cursor after the prompt (see on_line). */
		write_all(STDERR_FILENO, "\n", 1);
	}
	sig_restore_mask(&ri->outer_mask);
	active = NULL;
	return got;
}

static bool is_blank(const char *s)
{
	return s[strspn(s, " \t\n")] == '\0';
}

/* A line typed at PS1 starts a history entry; one typed at PS2 belongs
 * to the entry of its command, joined with a newline: the entry is the
 * text as it was typed, which reads back as the same command (a here-
 * document, a line ending in '|' or 'do', a backslash-newline), where
 * joining with "; " would not. */
static void remember(struct rl_input *ri, const char *line, bool continuation)
{
	if (continuation && ri->entry.len > 0) {
		strbuf_appendc(&ri->entry, '\n');
	} else {
		strbuf_reset(&ri->entry);
		ri->entry_added = false;
	}
	strbuf_append(&ri->entry, line);
	if (is_blank(strbuf_str(&ri->entry)))
		return;
	if (ri->entry_added) {
		HIST_ENTRY *old = replace_history_entry(history_length - 1,
			strbuf_str(&ri->entry), NULL);
		if (old)
			free_history_entry(old);
	} else {
		add_history(strbuf_str(&ri->entry));
		ri->entry_added = history_length > 0;
	}
	ri->history_saved = false;
}

/* End of input at the prompt: true if the shell may leave.  With stopped
 * jobs it says so once and stays; the next attempt leaves. */
static bool may_leave(struct shell *sh)
{
	if (jobs_any_stopped(sh) && !sh->stopped_jobs_warned) {
		sh_error(NULL, "there are stopped jobs");
		sh->stopped_jobs_warned = true;
		return false;
	}
	return true;
}

static bool rl_read_line(struct input *in, struct strbuf *out, bool continuation)
{
	struct rl_input *ri = (struct rl_input *)in;
	struct shell *sh = ri->sh;
	if (ri->dropped_status) {
		sh->status = ri->dropped_status;
		ri->dropped_status = 0;
	}
	for (;;) {
		if (!continuation) {
			job_notify(sh);
			if (!jobs_any_stopped(sh))
				sh->stopped_jobs_warned = false;
		}
		/* A job may have grabbed the terminal for itself (tcsetpgrp
		 * from a background job): reading it from behind would fail
		 * with EIO and end the session. */
		if (sh->tty_fd >= 0 && tcgetpgrp(sh->tty_fd) != getpgrp())
			tty_give(sh, getpgrp());
		switch (edit_line(ri, continuation)) {
		case GOT_LINE:
			remember(ri, ri->line, continuation);
			strbuf_append(out, ri->line);
			strbuf_appendc(out, '\n');
			free(ri->line);
			ri->line = NULL;
			return true;
		case GOT_INTERRUPT:
			sh->status = 130;
			if (continuation) {
				in->interrupted = true;
				ri->dropped_status = 130;
				return false;
			}
			continue;
		case GOT_EXIT:
			return false;
		case GOT_EOF:
		case GOT_NOTHING:
			if (continuation) {
				/* Ctrl-D inside an unfinished command drops
				 * it, as Ctrl-C does, rather than ending the
				 * session by surprise; unlike Ctrl-C, the user
				 * may not know why it went. */
				sh_error(NULL, "syntax error: unexpected end of file: "
					"the unfinished command was dropped");
				in->interrupted = true;
				ri->dropped_status = 2;
				return false;
			}
			if (sh->opts[OPT_IGNOREEOF]) {
				sh_error(NULL, "use \"exit\" to leave the shell");
				continue;
			}
			if (!may_leave(sh))
				continue;
			return false;
		}
	}
}

/* No terminal: the prompt on standard error, then a plain line. */
static bool plain_read_line(struct input *in, struct strbuf *out, bool continuation)
{
	struct rl_input *ri = (struct rl_input *)in;
	struct shell *sh = ri->sh;
	for (;;) {
		if (!continuation)
			job_notify(sh);
		char *prompt = prompt_text(sh, continuation);
		write_all(STDERR_FILENO, prompt, strlen(prompt));
		free(prompt);
		if (ri->plain->read_line(ri->plain, out, continuation))
			return true;
		if (continuation || may_leave(sh))
			return false;
	}
}

void rl_history_save(struct shell *sh)
{
	struct rl_input *ri = the_input;
	if (!ri || ri->sh != sh || sh->in_subshell || ri->history_saved)
		return;
	ri->history_saved = true;
	/* HISTFILE and HISTSIZE as they are now: the user may have changed
	 * them during the session. */
	char *file = history_file(sh);
	if (!file)
		return;
	long size = history_size(sh);
	/* No handler runs while the file is written: no write fails with
	 * EINTR, and a signal acts when the caller goes on. */
	sigset_t old;
	sig_block_all(&old);
	stifle_history((int)size);
	int err = write_history(file);
	if (err == 0)
		err = history_truncate_file(file, (int)size);
	sig_restore_mask(&old);
	if (err != 0) {
		errno = err;
		sh_error_errno(NULL, "history: %s", file);
	}
	free(file);
}

bool rl_history_bounds(const struct shell *sh, long *first, long *last)
{
	/* A subshell reads its copy of the list: fc -l | grep. */
	struct rl_input *ri = the_input;
	if (!ri || ri->sh != sh)
		return false;
	*first = history_base;
	*last = history_base + history_length - 1;
	if (ri->entry_added)
		(*last)--;
	return true;
}

void rl_history_replace_current(const struct shell *sh, const char *text)
{
	struct rl_input *ri = the_input;
	if (!ri || ri->sh != sh)
		return;
	if (ri->entry_added) {
		HIST_ENTRY *old = remove_history(history_length - 1);
		if (old)
			free_history_entry(old);
	}
	/* text is the entry of the command being run now: an fc inside it
	 * leaves it out, and PS2 lines still to come join it. */
	strbuf_reset(&ri->entry);
	strbuf_append(&ri->entry, text);
	ri->entry_added = false;
	if (!is_blank(text)) {
		add_history(text);
		ri->entry_added = history_length > 0;
	}
	ri->history_saved = false;
}

static void rl_input_destroy(struct input *in)
{
	struct rl_input *ri = (struct rl_input *)in;
	if (ri->plain) {
		input_destroy(ri->plain);
	} else {
		if (active == ri) {
			rl_callback_handler_remove();
			active = NULL;
		}
		rl_history_save(ri->sh);
		the_input = NULL;
		clear_history();
		complete_fini();
		strbuf_free(&ri->entry);
	}
	free(in->name);
	free(ri);
}

struct input *input_from_readline(struct shell *sh)
{
	struct rl_input *ri = xcalloc(1, sizeof *ri);
	ri->base.destroy = rl_input_destroy;
	ri->base.name = xstrdup("stdin");
	ri->sh = sh;
	if (!isatty(STDIN_FILENO)) {
		ri->plain = input_from_fd(STDIN_FILENO, "stdin", false);
		ri->base.read_line = plain_read_line;
		return &ri->base;
	}
	ri->base.read_line = rl_read_line;
	/* readline looks users up for ~user completion and expansion. */
	users_prepare();
	rl_readline_name = "cosh";
	rl_instream = stdin;
	/* Prompts go to standard error (XCU sh, PS1). */
	rl_outstream = stderr;
	rl_catch_signals = 0;
	rl_catch_sigwinch = 0;
	rl_change_environment = 0;
	complete_init(sh);
	strbuf_init(&ri->entry);
	the_input = ri;
	/* Each entry in the file follows a "#TIME" line: a command typed on
	 * several lines reads back as one entry. */
	history_comment_char = '#';
	history_write_timestamps = 1;
	history_multiline_entries = 1;
	using_history();
	stifle_history((int)history_size(sh));
	char *file = history_file(sh);
	if (file) {
		read_history(file);
		free(file);
	}
	return &ri->base;
}
