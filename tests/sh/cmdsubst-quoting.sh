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
echo "$(case a in (a) echo ok-paren-case ;; esac)"
# Here-doc inside $( ).
echo "$(cat <<'END'
heredoc in subst with ) and "quotes"
END
)"
# Substitution in a here-doc.
cat <<END
result: $(echo "in heredoc")
END
