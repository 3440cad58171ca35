# printf knows no option, but a first argument "-x" is one and invalid:
# status 2, nothing printed (as dash and bash).  "-" alone and whatever
# follows "--" are formats.
printf -v x '%s' foo 2>/dev/null; echo "st=$?"
printf -5 2>/dev/null; echo "st=$?"
printf -; echo " st=$?"
printf -- '-%s\n' x; echo "st=$?"
