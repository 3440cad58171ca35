# Output redirections: > >> >| and file creation/truncation.
echo first >f
cat f
echo second >f
cat f
echo third >>f
cat f
>>new; test -f new && echo "new created by >>"
echo x >"name with space"
cat "name with space"
# Redirection words are expanded but not split or globbed.
n="out file"
echo expanded >$n
cat "out file"
touch g1 g2
echo noglob >g*
cat 'g*'
# The redirection may be anywhere in the command.
>pos echo anywhere
cat pos
echo a >p1 b
cat p1
# fd number before >.
echo to-stdout 1>f1
cat f1
# >| overrides noclobber (and is a plain > without it).
echo clobber >|f
cat f
# Redirection to a file in a missing directory fails; the command does not run.
echo never >nodir/file 2>/dev/null
echo "status non-zero: $([ $? -ne 0 ] && echo yes)"
# Truncation happens even for a command that writes nothing.
echo data >t
: >t
test -s t || echo "t truncated"
