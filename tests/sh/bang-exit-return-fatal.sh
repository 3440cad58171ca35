# '!' inverts the status of a pipeline that completed, never that of
# exit, return or a fatal expansion error (XCU 2.9.2, 2.8.1).
"$SH" -c '! exit 3'
echo "exit: $?"
"$SH" -c '! exit 0'
echo "exit 0: $?"
"$SH" -c 'f() { ! return 3; }; f; echo "return: $?"'
"$SH" -c 'f() { ! return 0; }; f; echo "return 0: $?"'
"$SH" -c '! : ${u:?boom}; echo not reached' 2>/dev/null
echo "fatal: $([ $? -ne 0 ] && echo non-zero)"
printf '%s\n' '! : ${u:?boom}' 'echo not reached' >script
"$SH" script 2>/dev/null
echo "fatal in script: $([ $? -ne 0 ] && echo non-zero)"
# A pipeline that ran is still inverted.
! false
echo "false: $?"
! true
echo "true: $?"
! false | true
echo "pipeline: $?"
