# cosh-only: dash runs a command named "--"; bash and mksh agree with cosh:
# eval -- takes the operands after "--" as the text.
eval -- 'echo hi'
eval -- ; echo "empty [$?]"
