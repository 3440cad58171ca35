# cosh-only: dash drops every empty parameter (mksh agrees with this test; bash also keeps a leading one)
# Unquoted $@ and $* are split as if the parameters were joined by the
# first character of IFS: with a non-blank one an empty parameter between
# others is an empty field, as XCU 2.5.2 allows.  An empty first parameter
# with nothing before it in the word makes no field.
set -- one "" two
IFS=x
printf '<%s>' $@; echo
printf '<%s>' $*; echo
printf '<%s>' a$@b; echo
for i in $@; do echo "-$i-"; done
IFS=' '
printf '<%s>' $@; echo
IFS=' x'
printf '<%s>' $@; echo
IFS=
printf '<%s>' $@; echo
IFS=:
set -- a "" "" b
printf '<%s>' $*; echo
set -- "" ""
echo "$# /$*/"
for i in $*; do echo "-$i-"; done
for i in =$*=; do echo "-$i-"; done
set -- "" "" two
printf '<%s>' $@; echo
