#!/usr/bin/python3
"""Command history: $HISTFILE is written on every way out of an interactive
shell (exit, ^D, exec, SIGHUP at the prompt, during a foreground job and
with a stopped job); a command typed over several lines is one entry, also
once read back from the file; fc -l lists, fc -s runs again (with old=new),
fc -e runs what the editor left.  Judged by files, by the numbered lines
of fc -l and by values, not by wording.

bash differs in one way that the scenarios allow for: without lithist it
joins the lines of a multi-line entry with "; " where cosh keeps the
newlines; both make one entry."""

import os
import re
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import (check, job_in_front, main, shell_argv, state,  # noqa: E402
                    stop_sleep, under_test, wait_for, with_shell, Shell)

import pexpect  # noqa: E402


def histfile(sh):
    return os.path.join(sh.tmp, "history")


def history_text(sh):
    try:
        with open(histfile(sh), errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def type_commands(sh):
    """Two commands for the file to keep."""
    sh.run("echo hist-one-$((40+2))")
    sh.run("echo hist-two-$((40+3))")


def check_saved(sh, how):
    text = history_text(sh)
    check("echo hist-one-$((40+2))" in text and "echo hist-two-$((40+3))" in text,
          "after %s, $HISTFILE has the commands: %r" % (how, text))


def wait_gone(sh, how):
    sh.child.expect(pexpect.EOF)
    wait_for(lambda: not sh.child.isalive(), what="the shell to leave after " + how)


def numbered(listing):
    """The entries of fc -l output: [(number, [lines...]), ...].  A line
    that starts with a number starts an entry (bash writes "N\\t CMD",
    POSIX "N\\tCMD"); a line that starts with a tab continues one."""
    entries = []
    for line in listing.replace("\r", "").split("\n"):
        m = re.match(r"^(\d+)\t ?(.*)$", line)
        if m:
            entries.append((int(m.group(1)), [m.group(2)]))
        elif line.startswith("\t") and entries:
            entries[-1][1].append(line[1:])
    return entries


def fc_list(sh, args=""):
    out = sh.run("fc -l " + args)
    # What came back starts with the echo of the typed line.
    return numbered(out.split("\n", 1)[1] if "\n" in out else "")


# ---- the history file on every way out ----

def saved_on_exit(sh):
    type_commands(sh)
    sh.sendline("exit")
    wait_gone(sh, "exit")
    check_saved(sh, "exit")


def saved_on_eof(sh):
    type_commands(sh)
    sh.send("\x04")
    wait_gone(sh, "^D")
    check_saved(sh, "^D")


def saved_on_exec(sh):
    type_commands(sh)
    # The shell becomes true, which exits: nothing of the shell is left
    # to write the file afterwards.
    sh.sendline("exec true")
    wait_gone(sh, "exec true")
    check_saved(sh, "exec true")


def saved_on_sighup_at_prompt(sh):
    type_commands(sh)
    os.kill(sh.pid, signal.SIGHUP)
    wait_gone(sh, "SIGHUP")
    check_saved(sh, "SIGHUP at the prompt")


def saved_on_sighup_during_foreground_job(sh):
    type_commands(sh)
    sh.sendline("sleep 101")
    p = job_in_front(sh, "sleep", "101")
    os.kill(sh.pid, signal.SIGHUP)
    wait_gone(sh, "SIGHUP")
    wait_for(lambda: state(p) is None, what="the job to end with the shell")
    check_saved(sh, "SIGHUP during a foreground job")
    check("sleep 101" in history_text(sh), "the running command is in $HISTFILE too")


def saved_on_sighup_with_stopped_job(sh):
    type_commands(sh)
    p = stop_sleep(sh, "102")
    os.kill(sh.pid, signal.SIGHUP)
    wait_gone(sh, "SIGHUP")
    wait_for(lambda: state(p) is None, what="the stopped job to end with the shell")
    check_saved(sh, "SIGHUP with a stopped job")


@with_shell(extra_env={"HISTSIZE": "3"})
def histsize_limits_the_file(sh):
    for i in range(6):
        sh.run("echo size-%d" % i)
    sh.sendline("exit")
    wait_gone(sh, "exit")
    text = history_text(sh)
    check("echo size-0" not in text and "echo size-1" not in text,
          "only the last $HISTSIZE entries are kept: %r" % text)
    check("exit" in text and "echo size-5" in text, "the newest are kept: %r" % text)


# ---- one entry per command ----

def multiline_is_one_entry(sh):
    sh.run("echo before-loop")
    sh.sendline("for i in 1 2")
    sh.sendline("do echo loop-$i")
    sh.sendline("done")
    sh.child.expect_exact("loop-2")
    sh.expect_prompt()
    entries = fc_list(sh, "-2")
    check(len(entries) == 2, "two entries for two commands: %r" % entries)
    check(entries[0][1] == ["echo before-loop"], "the first is the echo: %r" % entries)
    loop = "\n".join(entries[1][1])
    check("for i in 1 2" in loop and "do echo loop-$i" in loop and "done" in loop,
          "the loop is one entry: %r" % entries)
    # And again once read back from the file by a new shell.
    sh.sendline("exit")
    wait_gone(sh, "exit")
    again = Shell(extra_env={"HISTFILE": histfile(sh)})
    try:
        entries = fc_list(again)
        loops = [e for e in entries if any("for i in 1 2" in line for line in e[1])]
        check(len(loops) == 1 and any("done" in line for line in loops[0][1]),
              "the loop read back as one entry: %r" % entries)
        check(not any(e[1][0].startswith("do echo") or e[1][0] == "done" for e in entries),
              "no line of the loop is an entry of its own: %r" % entries)
        # Run again, it is the same loop.
        out = again.run("fc -s for")
        check("loop-1" in out and "loop-2" in out, "the loop runs again: %r" % out)
        again.leave()
    finally:
        again.close()


def last_command_before_exit_is_kept(sh):
    sh.sendline("if true")
    sh.sendline("then echo last-$((6*7))")
    sh.sendline("fi")
    sh.child.expect_exact("last-42")
    sh.expect_prompt()
    sh.send("\x04")
    wait_gone(sh, "^D")
    text = history_text(sh)
    check("if true" in text and "echo last-$((6*7))" in text and "fi" in text,
          "the multi-line command before ^D is in $HISTFILE: %r" % text)


# ---- fc ----

def fc_lists(sh):
    sh.run("echo list-a")
    sh.run("echo list-b")
    entries = fc_list(sh)
    texts = [e[1][0] for e in entries]
    check(texts[-2:] == ["echo list-a", "echo list-b"],
          "fc -l ends with the previous commands: %r" % entries)
    check(entries[-1][0] == entries[-2][0] + 1, "numbers follow: %r" % entries)
    check(not any(t.startswith("fc") for t in texts),
          "fc -l does not list itself: %r" % entries)
    first = entries[-2][0]
    one = fc_list(sh, str(first))
    check([e[1][0] for e in one][:1] == ["echo list-a"],
          "fc -l N starts at entry N: %r" % one)
    rev = fc_list(sh, "-r %d %d" % (first, first + 1))
    check([e[1][0] for e in rev] == ["echo list-b", "echo list-a"], "-r reverses: %r" % rev)
    back = fc_list(sh, "%d %d" % (first + 1, first))
    check([e[1][0] for e in back] == ["echo list-b", "echo list-a"],
          "first after last lists backwards: %r" % back)
    pref = fc_list(sh, "'echo list-a' 'echo list-a'")
    check([e[1][0] for e in pref] == ["echo list-a"], "a prefix names an entry: %r" % pref)
    out = sh.run("fc -ln -1")
    check(re.search(r"^\t ?fc -l", out.replace("\r", ""), re.M) is not None
          and not numbered(out), "-n leaves the numbers out: %r" % out)


def fc_l_in_a_pipeline(sh):
    # fc runs in a subshell there: it lists its copy of the history.
    sh.run("echo piped-entry")
    sh.run("fc -l | cat > listed; (fc -ln -2) > listed-2")
    with open(os.path.join(sh.tmp, "listed")) as f:
        entries = numbered(f.read())
    check(entries and entries[-1][1] == ["echo piped-entry"],
          "fc -l in a pipeline lists the history: %r" % entries)
    with open(os.path.join(sh.tmp, "listed-2")) as f:
        check("echo piped-entry" in f.read(), "fc -l in a subshell too")


def fc_s_runs_again(sh):
    sh.run("echo again >> runs")
    sh.run("fc -s")
    sh.run("fc -s echo")
    with open(os.path.join(sh.tmp, "runs")) as f:
        check(f.read() == "again\n" * 3, "fc -s ran the command twice more")
    texts = [e[1][0] for e in fc_list(sh, "-3")]
    check(texts == ["echo again >> runs"] * 3,
          "the command run, not fc, is in the history: %r" % texts)


def fc_s_substitutes(sh):
    sh.run("echo subst-foo > out-1")
    sh.run("fc -s 1=2")
    with open(os.path.join(sh.tmp, "out-2")) as f:
        check(f.read() == "subst-foo\n", "fc -s old=new ran the changed command")
    sh.run("fc -s foo=bar echo")
    with open(os.path.join(sh.tmp, "out-2")) as f:
        check(f.read() == "subst-bar\n", "fc -s old=new first: only the first occurrence")
    check(sh.status() == 0, "status of the command run")
    texts = [e[1][0] for e in fc_list(sh, "-3 -2")]
    check(texts == ["echo subst-foo > out-2", "echo subst-bar > out-2"],
          "the changed commands are in the history: %r" % texts)


@with_shell(extra_env={"FCEDIT": "sed -i s/foo/bar/"})
def fc_e_runs_the_edited_command(sh):
    sh.run("echo foo > edited")
    sh.run("fc")
    with open(os.path.join(sh.tmp, "edited")) as f:
        check(f.read() == "bar\n", "fc ran what FCEDIT left")
    sh.run("echo foo-2 > edited-2")
    sh.run("fc -e 'sed -i s/2/3/g' -1")
    check(os.path.exists(os.path.join(sh.tmp, "edited-3")), "fc -e EDITOR ran the edit")
    texts = [e[1][0] for e in fc_list(sh, "-4")]
    check(texts == ["echo foo > edited", "echo bar > edited",
                    "echo foo-2 > edited-2", "echo foo-3 > edited-3"],
          "the edited commands replace fc in the history: %r" % texts)
    # An editor that fails: nothing runs, nothing enters the history.
    os.unlink(os.path.join(sh.tmp, "edited-3"))
    sh.run("fc -e false 'echo foo-3'")
    check(sh.status() != 0, "fc gives the editor's failure")
    check(not os.path.exists(os.path.join(sh.tmp, "edited-3")), "nothing ran")
    texts = [e[1][0] for e in fc_list(sh, "1")]
    check(texts.count("echo foo-3 > edited-3") == 1, "no entry for the failed edit: %r" % texts)


def fc_without_history(sh):
    if under_test() != "cosh":
        return     # bash -c 'fc -l' lists nothing, status 0
    # A shell with no history (not interactive): an error, not a crash.
    r = subprocess.run(shell_argv()[:1] + ["-c", "fc -l; echo st=$?; fc -s; echo st=$?"],
                       capture_output=True, text=True, timeout=10,
                       env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": sh.tmp})
    check(r.stdout == "st=1\nst=1\n", "fc without history fails with 1: %r" % r.stdout)
    check(r.stderr.count("fc") == 2, "and says so: %r" % r.stderr)


main([saved_on_exit, saved_on_eof, saved_on_exec, saved_on_sighup_at_prompt,
      saved_on_sighup_during_foreground_job, saved_on_sighup_with_stopped_job,
      histsize_limits_the_file, multiline_is_one_entry, last_command_before_exit_is_kept,
      fc_lists, fc_l_in_a_pipeline, fc_s_runs_again, fc_s_substitutes, fc_e_runs_the_edited_command,
      fc_without_history])
