#!/usr/bin/env python3
"""diffgen: random, always-terminating POSIX shell programs.

A program is a tree of statements (class Node) that renders to text.  The
tree, not the text, is what difffuzz.py shrinks: it deletes statements from
lists and hoists the bodies of compound commands.

Every program terminates on its own:
  - loops are bounded: `for` runs over a finite word list; `while` and
    `until` test a private counter (_kN) that the body bumps first, so a
    `continue` cannot skip it, and nothing else assigns it;
  - function fN calls only fM with M < N, whichever definition is live, so
    there is no recursion;
  - trap actions, eval'd text and sourced files contain no `kill`, so a
    trap cannot re-raise its own signal;
  - nothing reads the terminal (stdin is /dev/null), nothing sleeps.
Output that legitimately differs between shells is never printed: no $$,
$!, $PPID, $RANDOM, $-, `set`/`export -p` listings, and stderr is never
redirected anywhere but /dev/null (error messages differ by design).
Files are created with relative names in the program's working directory,
a fresh temporary directory.  Signals go only to the program itself
(`kill -s USR1 $$` with a trap set) or, through `sh -c 'kill ... $PPID'`,
to one of its own subshells.

Run as a script it prints one program:
    python3 diffgen.py SEED INDEX
"""

import random
import sys

STR_VARS = ["a", "b", "c", "s"]
NUM_VARS = ["n", "m"]
FILES = ["f1", "f2", "f3"]
SIGNALS = ["USR1", "USR2", "HUP", "TERM"]
# Pipeline stages that read all their input.
READERS = ["cat", "tr a-z A-Z", "sort", "wc -l",
           "while read -r _l; do printf '(%s)' \"$_l\"; done; echo"]


def sq(text):
    """Quote TEXT for the shell with single quotes."""
    return "'" + text.replace("'", "'\\''") + "'"


class Node:
    """A statement.  kind 'leaf' holds text; compound kinds hold bodies
    (lists of Node) and header words in `parts`."""

    __slots__ = ("kind", "parts", "bodies", "keep")

    def __init__(self, kind, parts=None, bodies=None):
        self.keep = False       # the shrinker leaves it in place
        self.kind = kind
        self.parts = parts if parts is not None else []
        self.bodies = bodies if bodies is not None else []

    def render(self, ind=""):
        k, p, b = self.kind, self.parts, self.bodies
        inner = ind + "  "
        if k == "leaf":
            return ind + p[0]
        if k == "brace":
            return ind + "{\n" + render_list(b[0], inner) + ind + "}" + p[0]
        if k == "subshell":
            return ind + "(\n" + render_list(b[0], inner) + ind + ")" + p[0]
        if k == "if":
            out = ind + "if\n" + render_list(b[0], inner) + ind + "then\n" + \
                render_list(b[1], inner)
            i = 2
            while i + 1 < len(b):
                out += ind + "elif\n" + render_list(b[i], inner) + ind + \
                    "then\n" + render_list(b[i + 1], inner)
                i += 2
            if i < len(b):
                out += ind + "else\n" + render_list(b[i], inner)
            return out + ind + "fi" + p[0]
        if k in ("while", "until"):
            # parts: [redir, counter, limit]
            cnt, lim = p[1], p[2]
            if k == "while":
                cond = '[ "$%s" -lt %d ]' % (cnt, lim)
            else:
                cond = '[ "$%s" -ge %d ]' % (cnt, lim)
            return ind + "%s=0\n" % cnt + ind + k + "\n" + \
                render_list(b[0], inner) + inner + cond + "\n" + ind + \
                "do\n" + inner + "%s=$((%s + 1))\n" % (cnt, cnt) + \
                render_list(b[1], inner) + ind + "done" + p[0]
        if k == "for":
            # parts: [redir, var, words or None]
            head = "for %s" % p[1]
            if p[2] is not None:
                head += " in " + p[2]
            return ind + head + "\n" + ind + "do\n" + render_list(b[0], inner) + \
                ind + "done" + p[0]
        if k == "case":
            # parts: [redir, word, pattern list...]
            out = ind + "case " + p[1] + " in\n"
            for pat, body in zip(p[2:], b):
                out += inner + pat + ")\n" + render_list(body, inner + "  ") + \
                    inner + "  ;;\n"
            return out + ind + "esac" + p[0]
        if k == "func":
            # parts: [name, subshell-body?]
            o, c = ("(", ")") if p[1] else ("{", "}")
            return ind + p[0] + "() " + o + "\n" + render_list(b[0], inner) + \
                ind + c
        if k == "andor":
            # parts: operators between the bodies; each body one statement
            # An operand of more than one line (a here-document) goes in
            # braces: its delimiter line must end where it is.
            def operand(body, i2):
                t = render_list(body, i2).rstrip("\n")
                if "\n" in t:
                    t = i2 + "{\n" + render_list(body, i2 + "  ") + i2 + "}"
                return t
            txt = operand(b[0], ind)
            for op, body in zip(p, b[1:]):
                txt += " " + op + "\n" + operand(body, inner)
            return txt
        if k == "pipe":
            # parts: [negate, redir]; bodies: one statement per stage
            txt = ind + ("! " if p[0] else "")
            stages = []
            for i, body in enumerate(b):
                if i == 0 or (len(body) == 1 and body[0].kind == "leaf" and
                              body[0].parts[0] in READERS):
                    stages.append("{\n" + render_list(body, inner) + ind + "}")
                else:
                    # A reader that may stop early would kill the writer
                    # with SIGPIPE at a time that depends on scheduling:
                    # drain what it left, and keep its status.
                    stages.append("{\n" + inner + "_s=0\n" + inner + "(\n" +
                                  render_list(body, inner + "  ") + inner +
                                  ") || _s=$?\n" + inner + "cat >/dev/null\n" +
                                  inner + '(exit "$_s")\n' + ind + "}")
            return txt + (" |\n" + ind).join(stages) + p[1]
        if k == "bg":
            return ind + "{\n" + render_list(b[0], inner) + ind + "}" + p[0] + \
                " &\n" + ind + "wait $!\n" + ind + "printf 'bg:%s\\n' \"$?\""
        if k == "cmdsub":
            # parts: [prefix, suffix]: prefix + $( body ) + suffix
            return ind + p[0] + "$(\n" + render_list(b[0], inner) + ind + ")" + p[1]
        raise ValueError(k)


def render_list(nodes, ind=""):
    out = ""
    for node in nodes:
        out += node.render(ind) + "\n"
    return out


def leaf(text):
    return Node("leaf", [text])


class Ctx:
    """Where a statement is being generated."""

    def __init__(self, r):
        self.r = r
        self.depth = 0
        self.loops = 0
        self.in_func = False
        self.nfuncs = 0         # functions f0..f(nfuncs-1) may be called
        self.counter = 0        # next private loop counter
        self.in_trap = False    # no kill inside trap/eval/source text
        self.in_sub = False     # maybe not the main shell: no kill of $$
        self.delim = 0


class Gen:
    def __init__(self, seed, index):
        self.r = random.Random("%s:%s" % (seed, index))
        self.ctx = Ctx(self.r)

    # ---------------------------------------------------------------- words
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def lit(self):
        r = self.r
        return "".join(r.choice("abcxyz01239-_.,:=@%+/") for _ in range(r.randint(1, 4)))

    def value_text(self):
        """Text of a value, before quoting: spaces, colons, globs,
        backslashes, empty."""
        r = self.r
        choices = [
            "", " ", "x", "a b", " lead", "trail ", "a  b", "a:b:c", ":a::b:",
            "x*", "[ab]", "?", "a\\b", "-n", "1", "42", "-3", "0", "a\tb",
            "f*", "a b:c", "*", "a'b", 'a"b', "$x", "`", "x\ny", "  ",
        ]
        if r.random() < 0.7:
            return r.choice(choices)
        return self.lit()

    def squote_word(self):
        return sq(self.value_text())

    def dq_piece(self):
        """A piece inside double quotes."""
        r = self.r
        c = r.randint(0, 9)
        if c <= 2:
            t = self.value_text()
            out = ""
            for ch in t:
                if ch in '"$`\\':
                    out += "\\" + ch
                else:
                    out += ch
            return out
        if c <= 5:
            return self.param(quoted=True)
        if c == 6:
            return self.cmdsub_word(quoted=True)
        if c == 7:
            return "$((" + self.arith() + "))"
        if c == 8:
            return "\\$" + r.choice(["", "x", "{a}"])
        return self.special_param()

    def special_param(self):
        return self.pick(["$#", "$1", "${2}", "$@", "$*", "$?", "${1-u}",
                          "${#}", "$0"])

    def dq_word(self):
        return '"' + "".join(self.dq_piece() for _ in range(self.r.randint(0, 3))) + '"'

    def pattern(self):
        r = self.r
        pieces = []
        for _ in range(r.randint(1, 3)):
            c = r.randint(0, 8)
            if c == 0:
                pieces.append("*")
            elif c == 1:
                pieces.append("?")
            elif c == 2:
                pieces.append(r.choice(["[ab]", "[!a]", "[a-c]", "[:]", "[[:space:]]",
                                        "[[:digit:]]", "[!x-z]"]))
            elif c == 3:
                pieces.append(r.choice(['"*"', "\\*", "'?'", '"a b"']))
            elif c == 4:
                pieces.append("$" + r.choice(STR_VARS))
            elif c == 5:
                pieces.append('"$' + r.choice(STR_VARS) + '"')
            else:
                pieces.append(r.choice(["a", "b", "x", ":", "1", "-", "."]))
        return "".join(pieces)

    def param(self, quoted=False, assignable=True):
        r = self.r
        v = r.choice(STR_VARS + NUM_VARS + ["u", "IFS"] if r.random() < 0.9 else ["1", "2", "#", "@", "*"])
        if v in ("#", "@", "*"):
            return r.choice(["$" + v, "${" + v + "}"])
        c = r.randint(0, 17)
        if c <= 3:
            return "$" + v if v not in ("1", "2") or True else "${%s}" % v
        if c == 4:
            return "${%s}" % v
        if c == 5:
            return "${#%s}" % v
        if c <= 9:
            op = r.choice(["%", "%%", "#", "##"])
            return "${%s%s%s}" % (v, op, self.pattern())
        op = r.choice([":-", "-", ":+", "+", ":-", "-", ":=", "=", ":?", "?"])
        if op in (":=", "=") and (not assignable or v in ("1", "2", "IFS")):
            op = ":-"
        if op in (":?", "?") and r.random() < 0.6:
            op = "-"
        w = self.param_word(quoted)
        return "${%s%s%s}" % (v, op, w)

    def param_word(self, quoted):
        r = self.r
        c = r.randint(0, 6)
        if c == 0:
            return ""
        if c == 1:
            return self.lit()
        if c == 2:
            return "$" + r.choice(STR_VARS)
        if c == 3:
            return '"' + self.value_text().replace("\\", "").replace('"', "").replace("$", "").replace("`", "") + '"'
        if c == 4 and not quoted:
            return self.squote_word()
        if c == 5:
            return "$((" + self.arith(1) + "))"
        return self.lit() + "$" + r.choice(STR_VARS)

    def cmdsub_word(self, quoted=False):
        r = self.r
        if r.random() < 0.2:
            # backquotes: a simple printf, no nested quoting hazards
            return "`printf '%s' " + self.lit() + "`"
        body = self.inline_list()
        return "$(" + body + ")"

    def inline_list(self):
        """One or two simple statements on a line, for $( )."""
        r = self.r
        ctx = self.ctx
        saved = ctx.in_trap
        ctx.in_trap = True
        stmts = []
        for _ in range(r.randint(1, 2)):
            c = r.randint(0, 9)
            if c <= 3:
                stmts.append("printf '%s' " + self.word())
            elif c == 4:
                stmts.append("printf '%s\\n' " + self.word() + " " + self.word())
            elif c == 5 and ctx.nfuncs:
                stmts.append("f%d %s" % (r.randrange(ctx.nfuncs), self.word()))
            elif c == 6:
                stmts.append(r.choice(["cat " + r.choice(FILES) + " 2>/dev/null",
                                       "exit %d" % r.randint(0, 3)]))
            elif c == 7:
                stmts.append(r.choice(STR_VARS) + "=" + self.word())
            elif c == 8:
                stmts.append("case " + self.word() + " in " + self.pattern() +
                             ") printf in;; *) printf out;; esac")
            else:
                stmts.append("printf '%s' " + self.word() + " | tr a-z A-Z")
        ctx.in_trap = saved
        return "; ".join(stmts)

    def word(self):
        """A word in argument position: a mix of pieces, sometimes
        unquoted expansions (subject to splitting and globbing)."""
        r = self.r
        pieces = []
        for _ in range(r.randint(1, 2)):
            c = r.randint(0, 9)
            if c <= 1:
                pieces.append(self.lit())
            elif c == 2:
                pieces.append(self.squote_word())
            elif c <= 4:
                pieces.append(self.dq_word())
            elif c <= 6:
                pieces.append(self.param())
            elif c == 7:
                pieces.append(self.cmdsub_word())
            elif c == 8:
                pieces.append("$((" + self.arith() + "))")
            else:
                pieces.append(r.choice(["\\ ", "\\*", "\\$x", "\\'", "\\\"", "a\\\\b", "*", "f?", "[f]1"]))
        return "".join(pieces)

    def words(self, lo=0, hi=3):
        return " ".join(self.word() for _ in range(self.r.randint(lo, hi)))

    # ----------------------------------------------------------- arithmetic
    def arith(self, depth=0):
        r = self.r
        if depth >= 3 or r.random() < 0.3:
            c = r.randint(0, 5)
            if c <= 1:
                return str(r.randint(0, 20))
            if c == 2:
                return r.choice(NUM_VARS)
            if c == 3:
                return "$" + r.choice(NUM_VARS)
            if c == 4:
                return r.choice(["010", "0x1f", "-5", "0"])
            return "${#" + r.choice(STR_VARS) + "}"
        c = r.randint(0, 9)
        a = self.arith(depth + 1)
        b = self.arith(depth + 1)
        if c <= 3:
            op = r.choice(["+", "-", "*", "<", "<=", ">", ">=", "==", "!=",
                           "&", "|", "^", "&&", "||"])
            return "(%s %s %s)" % (a, op, b)
        if c == 4:
            return "(%s %s (%s | 1))" % (a, r.choice(["/", "%"]), b)
        if c == 5:
            return "(%s %s (%s & 7))" % (a, r.choice(["<<", ">>"]), b)
        if c == 6:
            return r.choice(["-", "!", "~", "+"]) + "(" + a + ")"
        if c == 7:
            return "(%s ? %s : %s)" % (a, b, self.arith(depth + 1))
        if c == 8:
            return "(%s %s %s)" % (r.choice(NUM_VARS), r.choice(["=", "+=", "-=", "*=", "|=", "^="]), a)
        return "(%s)" % a

    # ----------------------------------------------------------- statements
    def redir(self):
        r = self.r
        if r.random() < 0.8:
            return ""
        f = r.choice(FILES)
        return r.choice([" >" + f, " >>" + f, " 2>/dev/null", " <" + f + " 2>/dev/null" if False else " >" + f, " >/dev/null"])

    def test_expr(self):
        r = self.r
        c = r.randint(0, 11)
        w1, w2 = self.word(), self.word()
        if c <= 2:
            return "[ %s %s %s ]" % (self.dq_word(), r.choice(["=", "!="]), self.dq_word())
        if c == 3:
            return "[ %s \"$%s\" ]" % (r.choice(["-n", "-z"]), r.choice(STR_VARS))
        if c == 4:
            return "[ \"$%s\" %s %d ]" % (r.choice(NUM_VARS), r.choice(["-lt", "-le", "-eq", "-ne", "-gt", "-ge"]), r.randint(-2, 5))
        if c == 5:
            return "[ %s %s ]" % (r.choice(["-f", "-e", "-s", "-d", "-r"]), r.choice(FILES + ["d1", "nope"]))
        if c == 6:
            return r.choice(["true", "false", ":", "! true", "! false"])
        if c == 7:
            return "test %s" % w1
        if c == 8:
            return "[ ! %s = %s ]" % (self.dq_word(), self.dq_word())
        if c == 9:
            return "(exit %d)" % r.choice([0, 0, 1, 2, 3])
        if c == 10:
            return "[ %s ]" % self.dq_word()
        return "[ $((%s)) -ne 0 ]" % self.arith(1)

    def assignment(self):
        r = self.r
        if r.random() < 0.3:
            return "%s=$((%s))" % (r.choice(NUM_VARS), self.arith())
        if r.random() < 0.15:
            return "%s=%d" % (r.choice(NUM_VARS), r.randint(-3, 9))
        txt = "%s=%s" % (r.choice(STR_VARS), self.word())
        if r.random() < 0.2:
            txt += " %s=%s" % (r.choice(STR_VARS), self.word())
        return txt

    def show(self):
        """A statement that prints."""
        r = self.r
        c = r.randint(0, 9)
        if c <= 3:
            fmt = r.choice(["%s\\n", "<%s>\\n", "[%s]", "%s|%s\\n", "%5s|\\n",
                            "%-3s|\\n", "%s\\n%s\\n", "%.2s\\n", "%b\\n"])
            return "printf '%s' %s" % (fmt, self.words(1, 3))
        if c == 4:
            return "printf '%%d %%x %%o|%%c\\n' %s %s %s %s" % (
                "$((%s))" % self.arith(), "$((%s))" % self.arith(),
                r.choice(["7", "010", "0x10", '"$n"', "-3"]), self.word())
        if c == 5:
            return "echo " + " ".join(r.choice(["a", "b", "-", "x:y", "12", "''", '""']) for _ in range(r.randint(0, 3)))
        if c == 6:
            v = r.choice(STR_VARS)
            return 'for _w in $%s; do printf "<%%s>" "$_w"; done; echo' % v
        if c == 7:
            return 'printf "%%s\\n" "$#" "$*"; printf "<%%s>" "$@" %s; echo' % ("" if r.random() < 0.5 else self.word())
        if c == 8:
            return "printf '<%s>' " + r.choice(["$*", "$@", '"$*"', '"$@"', "${*}", '"${1+"$@"}"', "${1+\"$@\"}", "$a$b", '"$a$b"', "${a}x", "$a$*"]) + "; echo"
        return "printf '%s\\n' " + self.dq_word()

    def heredoc(self):
        r = self.r
        ctx = self.ctx
        ctx.delim += 1
        d = "EOF%d" % ctx.delim
        quoted = r.random() < 0.3
        strip = r.random() < 0.25
        lines = []
        for _ in range(r.randint(0, 3)):
            c = r.randint(0, 5)
            if quoted or c <= 1:
                line = self.value_text().replace("\n", " ")
                if line == d:
                    line = "x"
                if not quoted:
                    line = line.replace("\\", "\\\\").replace("$", "\\$").replace("`", "\\`")
            elif c == 2:
                line = "v=" + self.param() + " " + "$((" + self.arith(1) + "))"
            elif c == 3:
                line = "a " + self.cmdsub_word() + " \\$x \\\\ '" + self.lit() + "' \"q\""
            elif c == 4:
                line = "$" + r.choice(STR_VARS) + " ${" + r.choice(STR_VARS) + ":-d} $#"
            else:
                line = "l\\\nc " + self.lit()
            if strip:
                line = "\t" * r.randint(0, 2) + line
            lines.append(line)
        op = "<<-" if strip else "<<"
        dtext = sq(d) if quoted else (r.choice([d, '"' + d + '"', "\\" + d]) if False else d)
        if quoted and r.random() < 0.5:
            dtext = '"' + d + '"'
        body = "".join(l + "\n" for l in lines) + ("\t" if strip and r.random() < 0.5 else "") + d
        c = r.randint(0, 5)
        if c <= 1:
            return leaf("cat " + op + dtext + "\n" + body)
        if c == 2:
            vs = " ".join(r.sample(STR_VARS, r.randint(1, 3)))
            return leaf("read " + r.choice(["", "-r "]) + vs + " " + op + dtext + " || true\n" + body + "\n" +
                        "printf '<%s>' " + " ".join('"$' + v + '"' for v in vs.split()) + "; echo")
        if c == 3:
            return leaf("while read -r _l; do printf '[%s]\\n' \"$_l\"; done " + op + dtext + "\n" + body)
        if c == 4:
            return leaf(r.choice(STR_VARS) + "=$(cat " + op + dtext + "\n" + body + "\n)")
        return leaf("cat " + op + dtext + " >" + r.choice(FILES) + "\n" + body)

    def simple(self):
        r = self.r
        ctx = self.ctx
        c = r.randint(0, 40)
        if c <= 6:
            return leaf(self.assignment())
        if c <= 12:
            return leaf(self.show())
        if c == 13:
            return self.heredoc()
        if c == 14:
            return leaf("set -- " + self.words(0, 4))
        if c == 15:
            return leaf("shift" + r.choice(["", " 1", " 2", " 0"]))
        if c == 16:
            return leaf(r.choice(["unset ", "export ", "unset -v "]) + r.choice(STR_VARS))
        if c == 17:
            if ctx.nfuncs:
                txt = "f%d %s" % (r.randrange(ctx.nfuncs), self.words(0, 3))
                if r.random() < 0.3:
                    txt += "; printf 'st:%s\\n' \"$?\""
                return leaf(txt + self.redir())
            return leaf(self.show())
        if c == 18:
            return leaf(r.choice(STR_VARS) + "=$(" + self.inline_list() + ")")
        if c == 19:
            return leaf(self.test_expr() + "; printf 't:%s\\n' \"$?\"")
        if c == 20:
            if ctx.loops and r.random() < 0.7:
                return leaf(r.choice(["break", "continue"]) + r.choice(["", "", " 1", " 2"]))
            if ctx.in_func:
                return leaf("return" + r.choice(["", " 0", " 1", " 3"]))
            return leaf(r.choice(["false", "true", ":"]))
        if c == 21:
            if ctx.in_func:
                return leaf("local " + r.choice(STR_VARS) + "=" + self.word())
            return leaf(r.choice(["set -e", "set +e", "set -u", "set +u", "set -f", "set +f", "set -C", "set +C"]))
        if c == 22:
            return leaf(r.choice([
                "IFS=:", "IFS=' :'", "IFS=", "unset IFS", "IFS=' \t\n'", "IFS=,", "IFS='a'",
                "IFS=':b'", "IFS=' '"]))
        if c == 23:
            v = r.choice(STR_VARS)
            return leaf('_o=$IFS; IFS=%s; set -- $%s; IFS=$_o; printf "%%s:" "$#" "$@"; echo' % (sq(r.choice([":", " :", ",", "a", ""])), v))
        if c == 24:
            f = r.choice(FILES)
            return leaf(r.choice([
                "printf '%%s\\n' %s >%s" % (self.word(), f),
                "printf '%%s\\n' %s >>%s" % (self.word(), f),
                "cat %s 2>/dev/null; printf 'c:%%s\\n' \"$?\"" % f,
                "cat <%s 2>/dev/null" % f,
                ": >%s" % f,
                "while read -r _l; do printf '{%%s}' \"$_l\"; done <%s 2>/dev/null; echo" % f,
                "exec 3>%s; printf 'fd3\\n' >&3; exec 3>&-; cat %s" % (f, f),
                "exec 4<%s 2>/dev/null && { read -r _l <&4; printf '%%s\\n' \"$_l\"; exec 4<&-; }" % f,
                "wc -l <%s 2>/dev/null" % f,
                "rm -f %s" % f,
                "printf x >|%s; cat %s" % (f, f),
                "{ printf 'a\\n'; printf 'b\\n' >&2; } 2>/dev/null >%s; cat %s" % (f, f),
                "printf '%%s\\n' %s 1>&2 2>/dev/null" % self.word(),
            ]))
        if c == 25:
            sig = r.choice(SIGNALS)
            if ctx.in_trap or ctx.in_sub:
                return leaf("trap " + sq(self.show()) + " EXIT")
            ctx.in_trap = True
            act = self.show()
            ctx.in_trap = False
            return leaf(r.choice([
                "trap %s %s; kill -s %s $$; printf 'after\\n'" % (sq(act), sig, sig),
                "trap %s EXIT" % sq(act),
                "trap - EXIT",
                "trap '' %s; kill -s %s $$; printf 'ign\\n'" % (sig, sig),
                "trap %s %s; trap - %s" % (sq(act), sig, sig),
            ]))
        if c == 26:
            if ctx.in_trap:
                return leaf(self.show())
            sig = r.choice(SIGNALS)
            # a subshell signalled by a child of its own (not its last
            # command, so no shell execs the sh in place of the subshell)
            act = ""
            if r.random() < 0.5:
                ctx.in_trap = True
                act = "trap %s %s; " % (sq(self.show()), sig)
                ctx.in_trap = False
            return leaf("(%ssh -c 'kill -s %s $PPID'; printf 'sub\\n'); printf 'st:%%s\\n' \"$?\"" % (act, sig))
        if c == 27:
            ctx.in_trap, saved = True, ctx.in_trap
            st = self.statement()
            ctx.in_trap = saved
            return leaf("eval " + sq(st.render()))
        if c == 28 and not ctx.in_trap:
            ctx.in_trap, saved = True, ctx.in_trap
            st = self.statement()
            ctx.in_trap = saved
            ctx.delim += 1
            d = "EOS%d" % ctx.delim
            return leaf("cat >inc.sh <<'%s'\n%s\n%s\n. ./inc.sh; printf 'dot:%%s\\n' \"$?\"" % (d, st.render(), d))
        if c == 29:
            return leaf("printf '%s\\n' " + r.choice(["*", "f*", "[fd]*", "?1", "*.sh", "nomatch*", "d1/*", "\\*"]))
        if c == 30:
            return leaf(r.choice(STR_VARS) + "=`printf '%s' " + self.lit() + "`")
        if c == 31:
            return leaf("(cd d1 && pwd && printf '%s\\n' \"$PWD\" && cd .. && pwd)")
        if c == 32:
            return leaf("set -- -a -b x -c y; OPTIND=1; while getopts ab:c _o 2>/dev/null; do printf '%s=%s;' \"$_o\" \"${OPTARG-}\"; done; echo \"$OPTIND\"")
        if c == 33:
            return leaf(r.choice(["(exit %d)" % r.randint(0, 4), "false", "true", "! true", "! false"]) + "; printf 's:%s\\n' \"$?\"")
        if c == 34:
            v = r.choice(STR_VARS)
            return leaf("%s=%s; %s=%s" % (v, self.word(), r.choice(STR_VARS), self.param()))
        if c == 35:
            return leaf(r.choice(["readonly r=%s" % self.word(), "r=%s" % self.word()]) + "; printf '%s\\n' \"$r\"")
        if c == 36:
            v = r.choice(STR_VARS)
            return leaf("%s=%s printf '%%s\\n' \"$%s\"; printf '%%s\\n' \"${%s-unset}\"" % (v, self.word(), v, v))
        if c == 37:
            return leaf("printf '%s\\n' " + self.param() + " " + self.param() + " " + self.param(quoted=False))
        if c == 38:
            return leaf("printf '%s\\n' \"" + self.param(quoted=True) + "\" " + "$((" + self.arith() + "))")
        if c == 39:
            return leaf("command " + self.show())
        return leaf(self.show())

    def body(self, lo=1, hi=3):
        return [self.statement() for _ in range(self.r.randint(lo, hi))]

    def sub_body(self, lo=1, hi=3):
        """A body that may run outside the main shell (a subshell, a
        pipeline stage, a function that may be called from one)."""
        saved = self.ctx.in_sub
        self.ctx.in_sub = True
        try:
            return self.body(lo, hi)
        finally:
            self.ctx.in_sub = saved

    def statement(self):
        r = self.r
        ctx = self.ctx
        if ctx.depth >= 3 or r.random() < 0.55:
            return self.simple()
        ctx.depth += 1
        try:
            return self.compound()
        finally:
            ctx.depth -= 1

    def compound(self):
        r = self.r
        ctx = self.ctx
        c = r.randint(0, 11)
        red = self.redir()
        if c == 0:
            return Node("brace", [red], [self.body()])
        if c == 1:
            return Node("subshell", [red], [self.sub_body()])
        if c == 2:
            n = r.choice([2, 2, 3, 4])
            bodies = [self.body(1, 2) for _ in range(n)]
            return Node("if", [red], bodies)
        if c in (3, 4):
            ctx.counter += 1
            cnt = "_k%d" % ctx.counter
            cond = [] if r.random() < 0.7 else [leaf(self.show())]
            ctx.loops += 1
            b = self.body()
            ctx.loops -= 1
            return Node(r.choice(["while", "until"]), [red, cnt, r.randint(0, 3)], [cond, b])
        if c in (5, 6):
            var = r.choice(STR_VARS + ["i", "i"])
            words = self.words(0, 4) if r.random() < 0.85 else None
            ctx.loops += 1
            b = self.body()
            ctx.loops -= 1
            return Node("for", [red, var, words], [b])
        if c == 7:
            pats = []
            for _ in range(r.randint(1, 3)):
                p = self.pattern()
                if r.random() < 0.3:
                    p += "|" + self.pattern()
                pats.append(p)
            if r.random() < 0.5:
                pats.append("*")
            return Node("case", [red, self.word()] + pats, [self.body(0, 2) for _ in pats])
        if c == 8 and not ctx.in_func and not ctx.in_trap:
            name = "f%d" % ctx.nfuncs
            saved = ctx.loops
            ctx.in_func = True
            ctx.loops = 0
            b = self.sub_body(1, 4)
            ctx.loops = saved
            ctx.in_func = False
            ctx.nfuncs += 1
            return Node("func", [name, r.random() < 0.2], [b])
        if c == 9:
            ops = [r.choice(["&&", "||"]) for _ in range(r.randint(1, 2))]
            return Node("andor", ops, [[self.statement()] for _ in range(len(ops) + 1)])
        if c == 10:
            if r.random() < 0.5:
                stages = [self.sub_body(1, 1), [leaf(r.choice(READERS))]]
            else:
                stages = [self.sub_body(1, 1) for _ in range(2)]
            return Node("pipe", [r.random() < 0.3, red], stages)
        if c == 11:
            if r.random() < 0.5:
                return Node("bg", [red], [self.sub_body(1, 2)])
            prefix = r.choice(STR_VARS) + "="
            return Node("cmdsub", [prefix, "; printf '%s\\n' \"$" + prefix[:-1] + "\""], [self.sub_body(1, 2)])
        return Node("brace", [red], [self.body()])

    def program(self):
        r = self.r
        ctx = self.ctx
        nodes = [leaf("mkdir d1 && : >d1/x && printf 'one\\ntwo\\n' >f1")]
        for v in STR_VARS:
            if r.random() < 0.6:
                nodes.append(leaf("%s=%s" % (v, self.squote_word())))
        # n and m always hold numbers: an empty or non-numeric variable in
        # $(( )) is an error in dash and 0 in bash, a difference that
        # would hide others.
        for v in NUM_VARS:
            init = leaf("%s=%d" % (v, r.randint(0, 5)))
            init.keep = True
            nodes.append(init)
        if r.random() < 0.3:
            nodes.append(leaf("set -- " + self.words(1, 3)))
        for _ in range(r.randint(0, 2)):
            ctx.depth = 0
            # function definitions at the top, so calls find them
            name = "f%d" % ctx.nfuncs
            ctx.in_func = True
            b = self.sub_body(1, 4)
            ctx.in_func = False
            ctx.nfuncs += 1
            nodes.append(Node("func", [name, r.random() < 0.2], [b]))
        for _ in range(r.randint(3, 10)):
            ctx.depth = 0
            nodes.append(self.statement())
        nodes.append(leaf("printf 'end:%s\\n' \"$?\""))
        return nodes


def generate(seed, index):
    """The program number INDEX of campaign SEED: a list of Node."""
    return Gen(seed, index).program()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: diffgen.py SEED INDEX")
    sys.stdout.write(render_list(generate(sys.argv[1], sys.argv[2])))
