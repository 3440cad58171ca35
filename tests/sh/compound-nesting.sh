# Deeply nested compound commands.
for i in 1 2 3; do
  case $i in
    1) if [ $i = 1 ]; then
         while :; do
           for j in a b; do
             { echo "$i$j"; }
           done
           break
         done
       fi ;;
    2) ( until :; do :; done; echo "sub $i" ) ;;
    *) f() { for k in x; do case $k in x) echo "f $1 $k" ;; esac; done; }
       f $i ;;
  esac
done
# A loop inside a pipeline inside a command substitution inside a loop.
for n in 1 2; do
  echo "n=$n: $(for m in a b c; do echo "$n$m"; done | tr '\n' ' ')"
done
# if inside && inside a subshell inside a pipeline.
(true && if true; then echo deep; fi) | cat
