# cosh-only: dash reads \1 as octal; mksh agrees (REF_SH=mksh), and bash -e
# XSI echo makes only \0num octal: "\1" and "\8" stay as they are.
echo '\1|\18|\8|\01' | od -An -c
