# not-under-valgrind: $SH is then a wrapper script, whose argv[0] valgrind does not pass on
# A login shell (-l, or $0 starting with '-') runs $HOME/.profile first,
# interactive or not.  (/etc/profile is read too, but this machine's is
# not ours to write.)
printf 'echo profile ran\nFROM_PROFILE=yes\n' > .profile
HOME=$PWD "$SH" -l -c 'echo "[$FROM_PROFILE]"' 2>/dev/null | grep -v '^$'
HOME=$PWD "$SH" -c 'echo "not login: [$FROM_PROFILE]"'
ln -s "$SH" ./-sh
PATH=$PWD:$PATH
HOME=$PWD -sh -c 'echo "dash zero: [$FROM_PROFILE]"' 2>/dev/null | grep -v '^$'
