#!/usr/bin/python3
"""Tab completion quotes what it inserts and reads quoted words: file names
with characters special to the shell come out with backslashes in an
unquoted word and in the style of an opened "..." or '...'; a word typed
with backslashes or quotes is dequoted before it is matched; a directory
gets a '/' and can be completed into; command names are quoted too;
$NAME and ${NAME} complete (the brace closed), also inside "...".

Each scenario types a prefix and Tab, finishes the line, and judges by the
command's output (printf '<%s>\\n' WORD), never by the screen's redraws.
All pass under SHELL_UNDER_TEST=bash too, except where bash falls short
and the scenario says so: job completion after '%' (bash: only with
`complete -j`), a quoted command word, a '$' in a command name."""

import os
import re
import stat
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, main, under_test, with_shell  # noqa: E402

FILES = {
    "my file.txt": "",
    "it's": "",
    "a$b": "",
    "q\"uote": "",
    "semi;colon&amp": "",
    "star*[x]": "",
    "new\nline": "",
    "two words one": "",
    "two words two": "",
}

PRINTF = "printf '<%s>\\n' "


def settle():
    # readline works on each key as it comes; a pause lets the Tab's
    # insertion land before the next keys, as a person's typing does.
    time.sleep(0.3)


def complete(sh, *parts):
    """Types the printf command and then each part (a part ending in a
    Tab waits for the completion), then Enter; returns the lines printed
    between < and >, joined by newlines."""
    sh.send(PRINTF)
    for p in parts:
        sh.send(p)
        if p.endswith("\t"):
            settle()
    sh.send("\r")
    out = sh.expect_prompt()
    # Terminal controls (bracketed paste on and off with TERM=xterm) and
    # carriage returns are no output.
    out = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out).replace("\r", "")
    # The echoed line comes first; the output starts at the first '<' at
    # the start of a line.
    lines = out.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("<"):
            text = "\n".join(lines[i:])
            return text[1:text.rindex(">")]
    raise AssertionError("no output in %r" % out)


def expect(sh, want, *parts):
    got = complete(sh, *parts)
    check(got == want, "%r completed to %r, want %r" % ("".join(parts), got, want))


def with_files(fn):
    return with_shell(files=FILES)(fn)


@with_files
def backslash_quoting(sh):
    # An unquoted word: a backslash before each special character.
    expect(sh, "my file.txt", "my\t")
    expect(sh, "it's", "it\t")
    expect(sh, "a$b", "a\t")
    expect(sh, "q\"uote", "q\t")
    expect(sh, "semi;colon&amp", "sem\t")
    expect(sh, "star*[x]", "sta\t")


@with_files
def after_escaped_space(sh):
    # The typed word is dequoted before it is matched.
    expect(sh, "my file.txt", "my\\ f\t")
    expect(sh, "it's", "it\\'\t")
    expect(sh, "a$b", "a\\$\t")


@with_files
def inside_double_quotes(sh):
    # The quote goes on: only $ ` " \ need backslashes, and a complete
    # name gets the closing quote.
    expect(sh, "my file.txt", "\"my f\t")
    expect(sh, "it's", "\"it\t")
    expect(sh, "a$b", "\"a\t")
    expect(sh, "q\"uote", "\"q\t")
    expect(sh, "semi;colon&amp", "\"sem\t")


@with_files
def inside_single_quotes(sh):
    expect(sh, "my file.txt", "'my f\t")
    expect(sh, "a$b", "'a\t")
    expect(sh, "it's", "'it\t")


@with_files
def newline_in_name(sh):
    # A backslash-newline would be a continuation: single quotes.
    expect(sh, "new\nline", "new\t")


@with_files
def common_prefix_stays_open(sh):
    # Two matches: the common part goes in with the quote still open,
    # and the next Tab finishes it.
    expect(sh, "two words one", "tw\t", "o\t")
    expect(sh, "two words two", "\"tw\t", "t\t")
    expect(sh, "two words one", "'tw\t", "o\t")


@with_files
def directories(sh):
    os.makedirs(os.path.join(sh.tmp, "my dir"))
    with open(os.path.join(sh.tmp, "my dir", "inner file"), "w"):
        pass
    # A directory gets '/', no closing quote and no space: the next Tab
    # goes on inside it, whatever quoting the first one chose.
    expect(sh, "my dir/inner file", "my\\ d\t", "in\t")
    expect(sh, "my dir/inner file", "\"my d\t", "in\t")
    expect(sh, "my dir/inner file", "'my d\t", "in\t")


@with_files
def tilde_prefix_kept(sh):
    # A tilde the user typed stays a tilde prefix, not a quoted '~'.
    expect(sh, sh.tmp + "/my file.txt", "~/my\\ f\t")


def command_names(sh):
    bindir = os.path.join(sh.tmp, "bin dir")
    os.makedirs(bindir)
    names = {"my tool's": ["my\t"]}
    if under_test() != "bash":
        # bash does not complete a command word that is quoted or has a
        # backslash ("my t and my\ t find nothing), and leaves a '$' in
        # a command name unquoted (my\ tool$x runs "my tool"): these
        # for cosh only.
        names["my tool's"] += ["my\\ t\t", "\"my t\t", "'my t\t"]
        names["dollar$tool"] = ["doll\t", "\"doll\t"]
    for name, typings in names.items():
        tool = os.path.join(bindir, name)
        with open(tool, "w") as f:
            f.write("#!/bin/sh\necho ran-tool\n")
        os.chmod(tool, stat.S_IRWXU)
    sh.run("PATH=\"$PATH:$HOME/bin dir\"")
    for typings in names.values():
        for typed in typings:
            sh.send(typed)
            settle()
            sh.send("\r")
            out = sh.expect_prompt()
            check("ran-tool" in out, "%r ran the command: %r" % (typed, out))


def variables(sh):
    sh.run("complete_me_var=ok-var")
    expect(sh, "ok-var", "$complete_me_v\t")
    expect(sh, "ok-var", "${complete_me_v\t")
    expect(sh, "ok-var", "\"$complete_me_v\t")
    expect(sh, "ok-var", "\"${complete_me_v\t")
    # A variable that names a directory gets a '/'.
    expect(sh, sh.tmp + "/", "${HOM\t")
    expect(sh, sh.tmp + "/", "$HOM\t")


def job_names(sh):
    if under_test() == "bash":
        return  # bash completes jobs only after `complete -j`
    sh.run("sleep 30 &")
    expect(sh, "%sleep", "%sl\t")
    sh.run("kill %1")


main([backslash_quoting, after_escaped_space, inside_double_quotes,
      inside_single_quotes, newline_in_name, common_prefix_stays_open,
      directories, tilde_prefix_kept, command_names, variables, job_names])
