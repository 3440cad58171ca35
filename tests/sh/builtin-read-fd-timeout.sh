# cosh-only: dash lacks -u, -t, -s and -p (bash agrees: REF_SH=bash)
# read -u fd reads another descriptor; -t gives up after the time (status
# 142 as bash and mksh, what was read is assigned); -t 0 only tells whether
# input is there.  -s and -p do nothing when the input is not a terminal.
read -u 3 v 3<<END
from three
END
echo "[$v]"
read -u 9 v 2>/dev/null; echo "bad fd st=$?"
read -t 0 </dev/null; echo "t0 st=$?"
(printf ab; sleep 2) | { read -t 0.2 v; echo "st=$? [$v]"; }
read -t 0.5 v </dev/null; echo "eof st=$?"
read -t x v </dev/null 2>/dev/null; echo "bad timeout st=$?"
echo hi | { read -s -p 'prompt' v; echo "[$v]"; }
