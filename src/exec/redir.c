/* Redirections (XCU 2.7).  Each one is: expand the target, open or dup it,
 * and move it onto the wanted fd; when the effect must be undone, first
 * copy the fd it replaces to a close-on-exec fd of the shell's own
 * (fd_dup_private: above 9 when the limit on open files allows). */
#include "exec/redir.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtin/builtin.h"
#include "expand/expand.h"
#include "job/proc.h"
#include "parse/ast.h"
#include "shell.h"
#include "util/error.h"
#include "util/fd.h"
#include "util/xalloc.h"

/* One undo step: put saved (or nothing, if -1: the fd was closed) back
 * on fd. */
struct redir_save {
	struct redir_save *next;	/* the earlier step: undone after this one */
	int fd;
	int saved;
};

static int default_fd(enum redir_op op)
{
	switch (op) {
	case REDIR_IN:
	case REDIR_RDWR:
	case REDIR_DUPIN:
	case REDIR_HEREDOC:
	case REDIR_HEREDOC_STRIP:
	case REDIR_HERESTRING:
		return 0;
	default:
		return 1;
	}
}

/* Open as far as the script can see: the shell's own fds are not. */
static bool fd_is_open(int fd)
{
	return !fd_is_owned(fd) && fcntl(fd, F_GETFD) >= 0;
}

/* Records how to put fd back before it changes. */
static bool save_fd(int fd, struct redir_save **save)
{
	if (!save)
		return true;
	/* One record per fd is enough: the first one holds the original. */
	for (struct redir_save *s = *save; s; s = s->next)
		if (s->fd == fd)
			return true;
	int saved = -1;
	if (fd_is_open(fd)) {
		saved = fd_dup_private(fd);
		if (saved < 0) {
			sh_error_errno(NULL, "cannot save fd %d", fd);
			return false;
		}
	}
	struct redir_save *s = xmalloc(sizeof *s);
	s->fd = fd;
	s->saved = saved;
	s->next = *save;
	*save = s;
	fd_own(&s->saved);
	if (fd == STDOUT_FILENO)
		builtin_capture_redirected(1);
	return true;
}

/* Moves newfd onto fd (closing newfd), keeping fd inheritable. */
static bool move_fd(int newfd, int fd)
{
	if (newfd == fd) {
		/* Opened right where it belongs: clear close-on-exec. */
		int fl = fcntl(fd, F_GETFD);
		if (fl >= 0)
			fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC);
		return true;
	}
	while (dup2(newfd, fd) < 0) {
		if (errno == EINTR)
			continue;
		sh_error_errno(NULL, "cannot redirect fd %d", fd);
		close(newfd);
		return false;
	}
	close(newfd);
	return true;
}

#ifdef HAVE_MEMFD_CREATE
/* The limit on file size (ulimit -f), asked once per process and again
 * after the ulimit builtin changed it: a memory file larger than it would
 * bring SIGXFSZ on the shell, where a small pipe brings nothing. */
static bool fsize_known;
static rlim_t fsize_limit;

void redir_limits_changed(void)
{
	fsize_known = false;
}

static bool fits_file_limit(size_t len)
{
	if (!fsize_known) {
		struct rlimit rl;
		fsize_limit = getrlimit(RLIMIT_FSIZE, &rl) == 0 ? rl.rlim_cur : 0;
		fsize_known = true;
	}
	return fsize_limit == RLIM_INFINITY || len <= fsize_limit;
}

/* The text in an anonymous memory file, at offset 0, or -1.  Seekable:
 * read takes a line in one block and gives back the rest (builtin/read.c),
 * where a pipe must be read byte by byte; and no size needs a temporary
 * file. */
static int heredoc_memfd(const char *text, size_t len)
{
	if (!fits_file_limit(len))
		return -1;
	int fd = memfd_create("cosh-here-document", MFD_CLOEXEC);
	if (fd < 0)
		return -1;
	size_t done = 0;
	while (done < len) {
		ssize_t n = pwrite(fd, text + done, len - done, (off_t)done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)n;
	}
	return fd;
}
#else
void redir_limits_changed(void)
{
}
#endif

/* The here-document's text on a readable fd: a memory file where the
 * system has them; else a pipe when it fits in one write that cannot
 * block, an unlinked temporary file otherwise. */
static int heredoc_fd(const char *text)
{
	size_t len = strlen(text);
#ifdef HAVE_MEMFD_CREATE
	int mfd = heredoc_memfd(text, len);
	if (mfd >= 0)
		return mfd;
#endif
	if (len <= PIPE_BUF) {
		int p[2];
		if (pipe2(p, O_CLOEXEC) < 0)
			return -1;
		if (!write_all(p[1], text, len)) {
			close(p[0]);
			close(p[1]);
			return -1;
		}
		close(p[1]);
		return p[0];
	}
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/cosh-hereXXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0) {
		free(path);
		return -1;
	}
	unlink(path);
	free(path);
	if (!write_all(fd, text, len) || lseek(fd, 0, SEEK_SET) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* open(2), retried when a signal interrupts it (an open of a FIFO blocks
 * until the other end comes). */
static int open_retry(const char *path, int flags)
{
	int fd;
	while ((fd = open(path, flags | O_CLOEXEC, 0666)) < 0 && errno == EINTR)
		;
	return fd;
}

/* '>' under set -C (XCU 2.7.2): a new file is created with O_EXCL, so a
 * file that appears meanwhile is not truncated; an existing one is opened
 * without O_TRUNC and refused (EEXIST) if fstat says it is a regular file,
 * so /dev/null, FIFOs and terminals stay writable.  The decision uses only
 * what this open returned, never an errno left over from before. */
static int open_noclobber(const char *path)
{
	for (;;) {
		int fd = open_retry(path, O_WRONLY | O_CREAT | O_EXCL);
		if (fd >= 0 || errno != EEXIST)
			return fd;
		fd = open_retry(path, O_WRONLY);
		if (fd < 0) {
			if (errno == ENOENT)
				continue;	/* removed in between: create it */
			return -1;
		}
		struct stat st;
		int err = fstat(fd, &st) < 0 ? errno
			: S_ISREG(st.st_mode) ? EEXIST : 0;
		if (err) {
			close(fd);
			errno = err;
			return -1;
		}
		return fd;
	}
}

static int open_file(struct shell *sh, const char *path, enum redir_op op)
{
	switch (op) {
	case REDIR_IN:
		return open_retry(path, O_RDONLY);
	case REDIR_RDWR:
		return open_retry(path, O_RDWR | O_CREAT);
	case REDIR_APPEND:
		return open_retry(path, O_WRONLY | O_CREAT | O_APPEND);
	case REDIR_OUT:
		if (sh->opts[OPT_NOCLOBBER])
			return open_noclobber(path);
		/* fall through */
	case REDIR_CLOBBER:
	default:
		return open_retry(path, O_WRONLY | O_CREAT | O_TRUNC);
	}
}

/* One redirection with its word expanded: a file name, an fd word, or a
 * here-document's text. */
struct redir_step {
	const struct redir *r;
	char *word;
};

struct redir_plan {
	size_t n;
	struct redir_step steps[];
};

static bool is_heredoc(const struct redir *r)
{
	return r->op == REDIR_HEREDOC || r->op == REDIR_HEREDOC_STRIP;
}

void redir_plan_free(struct redir_plan *plan)
{
	if (!plan)
		return;
	for (size_t i = 0; i < plan->n; i++)
		free(plan->steps[i].word);
	free(plan);
}

bool redir_prepare(struct shell *sh, const struct redir *r, struct redir_plan **out)
{
	size_t n = 0;
	for (const struct redir *p = r; p; p = p->next)
		n++;
	*out = NULL;
	if (!n)
		return true;
	struct redir_plan *plan = xcalloc(1, sizeof *plan + n * sizeof plan->steps[0]);
	for (; r; r = r->next) {
		char *word = expand_word_str(sh, r->target,
			is_heredoc(r) ? EXPAND_STR_HEREDOC : EXPAND_STR_PLAIN);
		if (!word) {
			redir_plan_free(plan);
			return false;
		}
		plan->steps[plan->n].r = r;
		plan->steps[plan->n].word = word;
		plan->n++;
	}
	*out = plan;
	return true;
}

/* n>&m and n<&m; n>&- closes n; n>&m- moves m to n (ksh, bash): a dup
 * followed by the close of m, which is saved first so that an undo
 * reopens it. */
static bool apply_dup(const char *word, int fd, struct redir_save **save)
{
	if (strcmp(word, "-") == 0) {
		close(fd);
		return true;
	}
	size_t len = strlen(word);
	bool move = len > 1 && word[len - 1] == '-';
	char *end;
	errno = 0;
	long src = strtol(word, &end, 10);
	if (!*word || *word == '-' || *word == '+' || end != word + len - move
	    || errno || src > INT_MAX) {
		sh_error(NULL, "%s: bad file descriptor", word);
		return false;
	}
	/* n>&n is left alone, open or not, as dash and bash do. */
	if (src == fd)
		return true;
	if (!fd_is_open((int)src)) {
		sh_error(NULL, "%ld: bad file descriptor", src);
		return false;
	}
	if (move && !save_fd((int)src, save))
		return false;
	while (dup2((int)src, fd) < 0) {
		if (errno != EINTR) {
			sh_error_errno(NULL, "cannot redirect fd %d", fd);
			return false;
		}
	}
	if (move)
		close((int)src);
	return true;
}

static bool perform_one(struct shell *sh, const struct redir_step *st, struct redir_save **save)
{
	const struct redir *r = st->r;
	int fd = r->fd >= 0 ? r->fd : default_fd(r->op);
	/* A script may name an fd the shell holds (exec 10>f): the shell's
	 * one moves away first, and is then not the script's to save. */
	if (!fd_vacate(fd)) {
		sh_error_errno(NULL, "cannot move the shell's own fd %d away", fd);
		return false;
	}
	/* Saved before anything is opened: an open that lands on a closed fd
	 * must not be taken for the original. */
	if (!save_fd(fd, save))
		return false;
	if (is_heredoc(r)) {
		int hfd = heredoc_fd(st->word);
		if (hfd < 0) {
			sh_error_errno(NULL, "cannot create here-document");
			return false;
		}
		return move_fd(hfd, fd);
	}
	if (r->op == REDIR_HERESTRING) {
		char *text = xasprintf("%s\n", st->word);
		int hfd = heredoc_fd(text);
		free(text);
		if (hfd < 0) {
			sh_error_errno(NULL, "cannot create here-string");
			return false;
		}
		return move_fd(hfd, fd);
	}
	if (r->op == REDIR_DUPIN || r->op == REDIR_DUPOUT)
		return apply_dup(st->word, fd, save);
	int nfd = open_file(sh, st->word, r->op);
	if (nfd < 0) {
		if (errno == EEXIST)
			sh_error(NULL, "%s: cannot overwrite existing file", st->word);
		else
			sh_error_errno(NULL, "%s", st->word);
		return false;
	}
	return move_fd(nfd, fd);
}

bool redir_perform(struct shell *sh, const struct redir_plan *plan, struct redir_save **save)
{
	if (save)
		*save = NULL;
	for (size_t i = 0; plan && i < plan->n; i++) {
		if (!perform_one(sh, &plan->steps[i], save)) {
			if (save) {
				redir_undo(*save);
				*save = NULL;
			}
			return false;
		}
	}
	return true;
}

/* The open(2) flags of a file redirection, or -1 when its open needs the
 * shell (set -C). */
static int spawn_oflags(const struct shell *sh, enum redir_op op)
{
	switch (op) {
	case REDIR_IN:
		return O_RDONLY;
	case REDIR_RDWR:
		return O_RDWR | O_CREAT;
	case REDIR_APPEND:
		return O_WRONLY | O_CREAT | O_APPEND;
	case REDIR_OUT:
		if (sh->opts[OPT_NOCLOBBER])
			return -1;
		/* fall through */
	case REDIR_CLOBBER:
		return O_WRONLY | O_CREAT | O_TRUNC;
	default:
		return -1;
	}
}

/* What the actions before acts[n] left at fd: 1 open, 0 closed, -1 as in
 * the shell. */
static int spawn_fd_state(const struct spawn_action *acts, size_t n, int fd)
{
	for (size_t i = n; i-- > 0;) {
		if (acts[i].fd == fd)
			return acts[i].op != SPAWN_CLOSE;
		if (acts[i].op == SPAWN_DUP && acts[i].move && acts[i].src == fd)
			return 0;
	}
	return -1;
}

bool redir_spawn_actions(const struct shell *sh, const struct redir_plan *plan,
	struct spawn_action **out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	if (!plan || !plan->n)
		return true;
	struct spawn_action *acts = xcalloc(plan->n, sizeof *acts);
	size_t n = 0;
	for (size_t i = 0; i < plan->n; i++) {
		const struct redir *r = plan->steps[i].r;
		const char *word = plan->steps[i].word;
		struct spawn_action *a = &acts[n];
		a->fd = r->fd >= 0 ? r->fd : default_fd(r->op);
		if (r->op == REDIR_DUPIN || r->op == REDIR_DUPOUT) {
			if (strcmp(word, "-") == 0) {
				a->op = SPAWN_CLOSE;
				n++;
				continue;
			}
			/* Only what apply_dup would accept; the rest goes to
			 * the fork path for its message. */
			size_t len = strlen(word);
			bool move = len > 1 && word[len - 1] == '-';
			char *end;
			errno = 0;
			long src = strtol(word, &end, 10);
			if (!*word || *word == '-' || *word == '+'
			    || end != word + len - move || errno || src > INT_MAX)
				goto no;
			if (src == a->fd)
				continue;	/* n>&n: left alone */
			int state = spawn_fd_state(acts, n, (int)src);
			if (state == 0 || (state < 0 && !fd_is_open((int)src)))
				goto no;
			a->op = SPAWN_DUP;
			a->src = (int)src;
			a->move = move;
			n++;
			continue;
		}
		int oflags = spawn_oflags(sh, r->op);
		if (oflags < 0)
			goto no;	/* here-documents, set -C */
		/* The shell waits in vfork until the child has exec'd: an
		 * open that can block (a FIFO with no peer yet, a device)
		 * belongs in a forked child, while the shell goes on
		 * handling signals. */
		struct stat st;
		if (strcmp(word, "/dev/null") != 0 && stat(word, &st) == 0
		    && !S_ISREG(st.st_mode))
			goto no;
		a->op = SPAWN_OPEN;
		a->oflags = oflags;
		a->path = word;
		n++;
	}
	*out = acts;
	*nout = n;
	return true;
no:
	free(acts);
	return false;
}

bool redir_apply(struct shell *sh, const struct redir *r, struct redir_save **save)
{
	struct redir_plan *plan;
	if (save)
		*save = NULL;
	if (!r)
		return true;
	if (!redir_prepare(sh, r, &plan))
		return false;
	bool ok = redir_perform(sh, plan, save);
	redir_plan_free(plan);
	return ok;
}

int redir_original_fd(const struct redir_save *save, int fd)
{
	/* The oldest record of fd holds the original: there is one only. */
	for (; save; save = save->next)
		if (save->fd == fd)
			return save->saved;
	return fd;
}

void redir_undo(struct redir_save *save)
{
	while (save) {
		struct redir_save *next = save->next;
		fd_disown(&save->saved);
		if (save->fd == STDOUT_FILENO)
			builtin_capture_redirected(-1);
		/* The script may have closed its fd meanwhile, and the shell
		 * may have opened one of its own there: move it away. */
		fd_vacate(save->fd);
		if (save->saved >= 0) {
			while (dup2(save->saved, save->fd) < 0 && errno == EINTR)
				;
			close(save->saved);
		} else {
			close(save->fd);
		}
		free(save);
		save = next;
	}
}

void redir_forget(struct redir_save *save)
{
	while (save) {
		struct redir_save *next = save->next;
		fd_disown(&save->saved);
		/* A capture's fd 1, made permanent, stays redirected for
		 * the rest of the capture: its count stays. */
		if (save->saved >= 0)
			close(save->saved);
		free(save);
		save = next;
	}
}
