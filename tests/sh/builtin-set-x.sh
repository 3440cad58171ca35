# set -x: trace goes to stderr, not stdout.
out=$("$SH" -c 'set -x; echo traced' 2>/dev/null)
echo "stdout: $out"
err=$("$SH" -c 'set -x; echo traced' 2>&1 >/dev/null)
case $err in *"echo traced"*) echo "stderr has the trace" ;; *) echo "trace: $err" ;; esac
err=$("$SH" -c 'set -x; set +x; echo quiet' 2>&1 >/dev/null)
case $err in *"echo quiet"*) echo "still tracing" ;; *) echo "set +x stops tracing" ;; esac
