# Command substitution: $( ) and backquotes, trailing newlines, nesting.
echo "[$(echo hello)]"
echo "[`echo hello`]"
# Trailing newlines are removed, inner ones kept.
v=$(printf 'a\n\nb\n\n\n')
echo "[$v]"
# Unquoted results are split; quoted are not.
w=$(echo "x   y")
echo $(echo "x   y") "$(echo "x   y")"
# Nesting.
echo $(echo outer $(echo inner $(echo innermost)))
echo `echo outer \`echo inner\``
# Quotes inside $( ) are independent of the outer quotes.
echo "$(echo "inner quoted" 'single')"
echo "$(echo ")")"
echo "$(case x in x) echo case-in-subst ;; esac)"
# Backslashes in backquotes.
echo `echo '\$HOME'`
echo "`echo \"dq in bq\"`"
# Status of the substitution is the status of the command.
v=$(false); echo "status $?"
v=$(exit 3); echo "status $?"
# Subshell environment: assignments do not leak.
n=1
echo "$(n=2; echo $n)" "$n"
# Substitution inside assignments is not split.
a=$(echo "1    2")
echo "$a"
# Empty substitution produces no field unquoted, one empty field quoted.
set -- $(true)
echo "$#"
set -- "$(true)"
echo "$#"
# Substitution with a here-doc and a pipeline.
echo "$(printf 'b\na\n' | sort | tr '\n' ' ')"
# Multi-line $( ).
m=$(
  echo line1
  echo line2
)
echo "$m"
