import shlex

cases = [
    'ls -l "my file.txt" other',
    "echo 'single quoted' \"double $HOME\" plain",
    r'a\ b c\"d "e\"f" "g\h" \\x',
    'a"b c"d e',
    "cmd # a comment",
    "'' \"\" x",
    "  leading   and trailing  ",
    "tab\tand\nnewline",
    "naïve café",
]
for s in cases:
    print(shlex.split(s))
    print(shlex.split(s, posix=False))
print(shlex.split("cmd arg # comment here", comments=True))
print(shlex.split("one\ntwo # c\nthree", comments=True))

for bad in ['"unterminated', "it's", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for s in ["", "simple", "with space", "it's", "$HOME", "a&b", "safe-_.,:/@%+=", "é", "x\ny"]:
    print(repr(s), shlex.quote(s))
args = ["grep", "-r", "hello world", "it's", ""]
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)

# The lexer itself: punctuation characters are tokens of their own.
lex = shlex.shlex("a = b+c; d('x y')")
print(list(lex))
lex = shlex.shlex("a = b+c; d('x y')", posix=True)
print(list(lex))
lex = shlex.shlex("first second third")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("x\ny\nz", posix=True)
lex.whitespace_split = True
for tok in lex:
    print(tok, lex.lineno)
lex = shlex.shlex("key=value", posix=True)
lex.wordchars += "="
print(list(lex), lex.error_leader("f.cfg", 3))

# expect: ['ls', '-l', 'my file.txt', 'other']
# expect: ['ls', '-l', '"my file.txt"', 'other']
# expect: ['echo', 'single quoted', 'double $HOME', 'plain']
# expect: ['echo', "'single quoted'", '"double $HOME"', 'plain']
# expect: ['a b', 'c"d', 'e"f', 'g\\h', '\\x']
# expect: ['a\\', 'b', 'c\\"d', '"e\\"', 'f"', '"g\\h"', '\\\\x']
# expect: ['ab cd', 'e']
# expect: ['a"b', 'c"d', 'e']
# expect: ['cmd', '#', 'a', 'comment']
# expect: ['cmd', '#', 'a', 'comment']
# expect: ['', '', 'x']
# expect: ["''", '""', 'x']
# expect: ['leading', 'and', 'trailing']
# expect: ['leading', 'and', 'trailing']
# expect: ['tab', 'and', 'newline']
# expect: ['tab', 'and', 'newline']
# expect: ['naïve', 'café']
# expect: ['naïve', 'café']
# expect: ['cmd', 'arg']
# expect: ['one', 'two', 'three']
# expect: '"unterminated' ValueError: No closing quotation
# expect: "it's" ValueError: No closing quotation
# expect: 'trailing\\' ValueError: No escaped character
# expect: '' ''
# expect: 'simple' simple
# expect: 'with space' 'with space'
# expect: "it's" 'it'"'"'s'
# expect: '$HOME' '$HOME'
# expect: 'a&b' 'a&b'
# expect: 'safe-_.,:/@%+=' safe-_.,:/@%+=
# expect: 'é' 'é'
# expect: 'x\ny' 'x
# expect: y'
# expect: grep -r 'hello world' 'it'"'"'s' ''
# expect: True
# expect: ['a', '=', 'b', '+', 'c', ';', 'd', '(', "'x y'", ')']
# expect: ['a', '=', 'b', '+', 'c', ';', 'd', '(', 'x y', ')']
# expect: first second
# expect: pushed third ''
# expect: x 2
# expect: y 3
# expect: z 3
# expect: ['key=value'] "f.cfg", line 3:
