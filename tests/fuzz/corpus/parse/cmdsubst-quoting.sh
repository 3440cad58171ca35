# Quoting inside command substitutions, nested both ways.
echo "$(echo "a  b")"
echo "$(echo 'single "double" inside')"
echo "$(echo "$(echo "nested  quotes")")"
echo $(echo $(echo ')'))
echo "$( echo '(' )"
echo "$(echo x # a comment with ) paren
)"
echo "`echo \`echo inner-bq\``"
echo `echo "dq in bq"`
v=value
echo "$(echo "$v")" "`echo "$v"`"
echo "$(printf '%s\n' "a'b")"
# Case with unbalanced ) inside $( ).
echo "$(case a in a) echo ok-case ;; esac)"
