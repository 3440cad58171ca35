"""Privileges (issue 14): a shell started set-user-ID or set-group-ID goes
back to the real ids unless -p (set -o privileged) keeps them; set +p gives
them up at that point; and no start-up file ($ENV, ~/.coshrc, ~/.profile)
is read while the ids differ.

The shell under test is copied to a temporary directory, given to nobody
(or to nobody's group) and marked set-user-ID (set-group-ID); the test,
running as root, starts it.  The ids are read from /proc/PID/status of the
shell itself and from `id` in a child.  Needs root and a file system that
honours the set-user-ID bit: otherwise the whole file is skipped (77, which
automake counts as a skip, never as a pass)."""
import os
import pwd
import grp
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import SH, case, check, main

STATE = {}


def setup():
    if not SH:
        print("SKIP: neither SHELL_UNDER_TEST nor COSH is set")
        sys.exit(77)
    if os.geteuid() != 0 or os.getuid() != 0:
        print("SKIP: needs root to make a set-user-ID copy owned by nobody")
        sys.exit(77)
    try:
        nobody = pwd.getpwnam("nobody").pw_uid
        nogroup = grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_gid
    except KeyError:
        print("SKIP: no user nobody")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="cosh-priv.")
    os.chmod(tmp, 0o755)
    if os.statvfs(tmp).f_flag & os.ST_NOSUID:
        shutil.rmtree(tmp)
        print("SKIP: %s is on a nosuid file system" % tmp)
        sys.exit(77)
    src = shutil.which(SH[0]) or SH[0]
    suid = os.path.join(tmp, "suid-sh")
    sgid = os.path.join(tmp, "sgid-sh")
    probe = os.path.join(tmp, "suid-id")
    for path, uid, gid, mode, what in (
            (probe, nobody, 0, 0o4755, shutil.which("id") or "/usr/bin/id"),
            (suid, nobody, 0, 0o4755, src), (sgid, 0, nogroup, 0o2755, src)):
        shutil.copyfile(what, path)
        os.chown(path, uid, gid)
        os.chmod(path, mode)
    STATE.update(tmp=tmp, suid=suid, sgid=sgid, nobody=nobody,
                 nogroup=nogroup)
    # The bit must work here (some containers drop it silently).
    out = sh(probe, ["-u"])[1]
    if out.strip() != str(nobody):
        shutil.rmtree(tmp)
        print("SKIP: the set-user-ID bit has no effect here (id -u: %r)"
              % out)
        sys.exit(77)


def sh(path, args, env=None, cwd=None):
    """(status, stdout, stderr) of path args, from a clean environment."""
    e = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C",
         "HOME": STATE["tmp"]}
    e.update(env or {})
    p = subprocess.run([path] + args, env=e, cwd=cwd or STATE["tmp"],
                       stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=15)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


# The shell's own ids (real, effective, saved) and those a child gets.
# Scripts that run with elevated ids end with set +p: LeakSanitizer (in a
# sanitizer build) cannot read /proc for a process that runs as nobody.
IDS = ('set -- $(grep "^Uid:" /proc/$$/status); echo "uid $2 $3 $4"; '
       'set -- $(grep "^Gid:" /proc/$$/status); echo "gid $2 $3 $4"; '
       'echo "child $(id -u) $(id -g)"')


def ids(path, args):
    code, out, err = sh(path, args + ["-c", IDS + "; set +p"])
    check(code == 0, "the shell failed", code, out, err)
    return out


@case
def setuid_without_p_drops_to_the_real_ids():
    out = ids(STATE["suid"], [])
    check(out == "uid 0 0 0\ngid 0 0 0\nchild 0 0\n",
          "started set-user-ID without -p, the ids are not the real ones", out)


@case
def setuid_with_p_keeps_the_effective_id():
    n = STATE["nobody"]
    out = ids(STATE["suid"], ["-p"])
    check(out == "uid 0 %d %d\ngid 0 0 0\nchild %d 0\n" % (n, n, n),
          "-p did not keep the set-user-ID id", out)


@case
def set_plus_p_drops_then():
    n = STATE["nobody"]
    code, out, err = sh(STATE["suid"], [
        "-p", "-c",
        'case $- in *p*) echo "p on";; esac; echo "child $(id -u)"; '
        'set +p; case $- in *p*) ;; *) echo "p off";; esac; ' + IDS])
    check(code == 0 and out == "p on\nchild %d\np off\nuid 0 0 0\n"
          "gid 0 0 0\nchild 0 0\n" % n, "set +p did not drop", code, out, err)


@case
def set_o_privileged_is_p():
    code, out, err = sh(STATE["suid"], [
        "-o", "privileged", "-c",
        'set -o | grep "^privileged"; set +o privileged; id -u; '
        'set -o | grep "^privileged"'])
    check(code == 0 and out.split() == ["privileged", "on", "0",
                                        "privileged", "off"],
          "set -o privileged", code, out, err)


@case
def setgid_without_p_drops_to_the_real_group():
    out = ids(STATE["sgid"], [])
    check(out == "uid 0 0 0\ngid 0 0 0\nchild 0 0\n",
          "started set-group-ID without -p, the ids are not the real ones",
          out)


@case
def setgid_with_p_keeps_the_effective_group():
    g = STATE["nogroup"]
    out = ids(STATE["sgid"], ["-p"])
    check(out == "uid 0 0 0\ngid 0 %d %d\nchild 0 %d\n" % (g, g, g),
          "-p did not keep the set-group-ID group", out)


def startup_files(path, args, env):
    """Which start-up files an interactive (or login) shell read."""
    tmp = STATE["tmp"]
    home = os.path.join(tmp, "home")
    os.makedirs(home, exist_ok=True)
    marks = os.path.join(tmp, "marks")
    shutil.rmtree(marks, ignore_errors=True)
    os.mkdir(marks)
    os.chmod(marks, 0o777)
    for name in ("env", ".coshrc", ".profile"):
        with open(os.path.join(home, name), "w") as f:
            f.write(": > %s/%s\n" % (marks, name.lstrip(".")))
        os.chmod(os.path.join(home, name), 0o644)
    os.chmod(home, 0o755)
    e = {"HOME": home}
    e.update({k: v.replace("HOME", home) for k, v in env.items()})
    code, out, err = sh(path, args + ["-c", "echo ran; set +p"], env=e)
    check(code == 0 and out == "ran\n", "the shell failed", code, out, err)
    return sorted(os.listdir(marks))


@case
def no_env_file_while_the_ids_differ():
    got = startup_files(STATE["suid"], ["-p", "-i"], {"ENV": "HOME/env"})
    check(got == [], "read %s with the ids of the file's owner" % got)


@case
def no_coshrc_while_the_ids_differ():
    got = startup_files(STATE["suid"], ["-p", "-i"], {})
    check(".coshrc" not in got and "coshrc" not in got,
          "read ~/.coshrc with the ids of the file's owner")


@case
def no_profile_while_the_ids_differ():
    got = startup_files(STATE["suid"], ["-p", "-l"], {})
    check(got == [], "read %s with the ids of the file's owner" % got)


@case(cosh_only=True)
def env_read_once_dropped():
    # Without -p the shell is back to the real ids first: then $ENV is
    # the real user's own business (dash and ksh read it; bash reads none).
    got = startup_files(STATE["suid"], ["-i"], {"ENV": "HOME/env"})
    check(got == ["env"], "without -p, $ENV after the drop: %s" % got)


if __name__ == "__main__":
    setup()
    try:
        main()
    finally:
        shutil.rmtree(STATE["tmp"], ignore_errors=True)
