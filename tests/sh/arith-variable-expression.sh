# cosh-only: dash takes only an integer constant from a variable; bash and mksh agree with this output.
# In $(( )) a variable whose value is no integer constant is evaluated as
# an expression of its own: a name reads that variable (unset or empty
# is 0), x=1+2 counts as (1+2).
x=1+2; echo $((x * 2))
foo=5 bar=foo; echo $((bar + 1))
s=abc; echo $((s + 5))
e=; echo $((e + 1))
n=' -3 '; echo $((n * 2))
a='b=7'; echo $((a)) $b
