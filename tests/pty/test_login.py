#!/usr/bin/python3
"""A login shell on a terminal: `cosh -l`, and cosh started by login(1)
with an argv[0] of "-cosh", read /etc/profile, then ~/.profile, then $ENV
(set by that .profile); $0 is what the caller passed.  A shell that is not
a login shell reads no profile.

The shell is $COSH (the built ./cosh under make check); CI points COSH at
the installed /usr/bin/cosh of the Debian package."""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import PROMPT, check, main, shell_argv, under_test, with_shell  # noqa: E402

# The shell itself, without ptylib's -i, as an absolute path: pexpect
# passes the path it found as argv[0].
SHELL = os.path.abspath(shutil.which(shell_argv()[0]) or shell_argv()[0])
DASH_ZERO = "-" + os.path.basename(SHELL)

# The profile sets the prompt the tests wait for: seeing it proves that the
# profile ran, and ran after /etc/profile (Debian's resets a PS1 it finds).
PROFILE = (
    "PROFILE_SAW_PATH=$PATH\n"
    "PROFILE_SAW_ENV=${ENV_RAN-not-yet}\n"
    "FROM_PROFILE=profile-$((6*7))\n"
    "PS1='%s'\n"
    "ENV=$HOME/envfile; export ENV\n" % PROMPT
)
ENVFILE = "ENV_RAN=yes; ENV_SAW=${FROM_PROFILE-unset}\n"
FILES = {".profile": PROFILE, "envfile": ENVFILE}
# Not the prompt the tests wait for: only the profile's PS1 lets them on.
BEFORE = {"PS1": "NO-PROFILE-YET> ", "ENV": None}


def etc_profile_path():
    """$PATH as /etc/profile leaves it for our .profile, according to dash
    (None when dash is not installed): the same environment, a login shell
    that runs no command of its own."""
    dash = shutil.which("dash")
    if not dash:
        return None
    home = tempfile.mkdtemp(prefix="cosh-login-")
    try:
        with open(os.path.join(home, ".profile"), "w") as f:
            f.write(PROFILE)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
               "PS1": BEFORE["PS1"], "LC_ALL": "C", "TERM": "dumb"}
        out = subprocess.run([dash, "-l", "-c", 'printf %s "$PROFILE_SAW_PATH"'],
                             env=env, cwd=home, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=10)
        return out.stdout.decode()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def check_profile_read(sh):
    check(sh.value("$FROM_PROFILE") == "profile-42", "~/.profile was read")
    # $ENV comes after ~/.profile, which chose it.
    check(sh.value("$PROFILE_SAW_ENV") == "not-yet", "$ENV ran before ~/.profile")
    check(sh.value("$ENV_RAN:$ENV_SAW") == "yes:profile-42",
          "the $ENV set by ~/.profile was read after it")
    # /etc/profile ran before ~/.profile: .profile saw the PATH that
    # /etc/profile gives (vacuous where /etc/profile leaves PATH alone).
    want = etc_profile_path()
    if want is not None:
        got = sh.value("$PROFILE_SAW_PATH")
        check(got == want, "~/.profile saw PATH %r, dash's saw %r (was /etc/profile read first?)"
              % (got, want))


@with_shell(argv=[SHELL, "-l"], extra_env=BEFORE, files=FILES)
def login_option(sh):
    check_profile_read(sh)
    check(sh.value("$0") == SHELL, "$0 of cosh -l is the path it was started by")
    # Non-interactive, the same login shell reads the profiles but not $ENV.
    out = subprocess.run([SHELL, "-l", "-c", 'echo "[$FROM_PROFILE] [${ENV_RAN-no env}]"'],
                         env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                              "HOME": sh.tmp, "LC_ALL": "C"},
                         cwd=sh.tmp, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=10)
    lines = out.stdout.decode().splitlines()
    check(out.returncode == 0 and "[profile-42] [no env]" in lines,
          "cosh -l -c reads ~/.profile and not $ENV: status %d, %r, stderr %r"
          % (out.returncode, lines, out.stderr.decode()[-800:]))


# As login(1) and sshd start a login shell: argv[0] is "-cosh".  Python
# execs the shell with that argv[0] in its own place (same pid, same pty).
@with_shell(argv=[sys.executable, "-c", "import os, sys; os.execv(sys.argv[1], sys.argv[2:])",
                  SHELL, DASH_ZERO],
            extra_env=BEFORE, files=FILES)
def login_argv0_dash(sh):
    check_profile_read(sh)
    check(sh.value("$0") == DASH_ZERO, "$0 of a shell started as %s" % DASH_ZERO)


# The control: an interactive shell that is not a login shell reads $ENV
# only; the prompt is the environment's.
@with_shell(argv=[SHELL, "-i"], files=FILES)
def not_login(sh):
    if under_test() == "cosh":
        check(sh.value("$PS1") == PROMPT, "PS1 from the environment")
    check(sh.value("${FROM_PROFILE-unset}") == "unset", "~/.profile was not read")


if __name__ == "__main__":
    main([login_option, login_argv0_dash, not_login])
