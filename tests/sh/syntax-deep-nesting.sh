# cosh-only: dash crashes on these (SIGSEGV); bash reports an error
# Constructs nested far beyond any real script are a syntax error (status
# 2, a message), never a crash of the shell.
for open in '(' '{ ' '$(' '${x:-'; do
	i=0 s=
	while [ $i -lt 200 ]; do s="$s$open$open$open$open$open"; i=$((i + 1)); done
	s="$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s"
	s="$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s"
	printf '%s\n' "$s" >deep.sh
	"$SH" deep.sh 2>err.txt
	st=$?
	case $(cat err.txt) in
	*"nested too deeply"*) msg=yes ;;
	*) msg=no ;;
	esac
	echo "[$open] status $st, message $msg"
done
