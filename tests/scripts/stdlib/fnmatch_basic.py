import fnmatch

patterns = ["*.py", "a*b*c", "*", "**", "?", "[abc]", "[!abc]", "[a-z]*.txt", "[]]",
            "[!]]", "[", "a[b", "*a*b*", "x.y+z", "[a-c-e]", "[z-a]", "[!z-a]", "[a\\]]",
            "ab*", "*ab", "a**b", "[^x]", "[--0]", "[[]", "[a-cz-a]", "[&~|]", "[!]", "[]"]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))  # expect: '*.py' '(?s:.*\\.py)\\Z'
    # expect: 'a*b*c' '(?s:a(?>.*?b).*c)\\Z'
    # expect: '*' '(?s:.*)\\Z'
    # expect: '**' '(?s:.*)\\Z'
    # expect: '?' '(?s:.)\\Z'
    # expect: '[abc]' '(?s:[abc])\\Z'
    # expect: '[!abc]' '(?s:[^abc])\\Z'
    # expect: '[a-z]*.txt' '(?s:[a-z].*\\.txt)\\Z'
    # expect: '[]]' '(?s:[]])\\Z'
    # expect: '[!]]' '(?s:[^]])\\Z'
    # expect: '[' '(?s:\\[)\\Z'
    # expect: 'a[b' '(?s:a\\[b)\\Z'
    # expect: '*a*b*' '(?s:(?>.*?a)(?>.*?b).*)\\Z'
    # expect: 'x.y+z' '(?s:x\\.y\\+z)\\Z'
    # expect: '[a-c-e]' '(?s:[a-c\\-e])\\Z'
    # expect: '[z-a]' '(?s:(?!))\\Z'
    # expect: '[!z-a]' '(?s:.)\\Z'
    # expect: '[a\\]]' '(?s:[a\\\\]\\])\\Z'
    # expect: 'ab*' '(?s:ab.*)\\Z'
    # expect: '*ab' '(?s:.*ab)\\Z'
    # expect: 'a**b' '(?s:a.*b)\\Z'
    # expect: '[^x]' '(?s:[\\^x])\\Z'
    # expect: '[--0]' '(?s:[\\--0])\\Z'
    # expect: '[[]' '(?s:[\\[])\\Z'
    # expect: '[a-cz-a]' '(?s:[a-c])\\Z'
    # expect: '[&~|]' '(?s:[\\&\\~\\|])\\Z'
    # expect: '[!]' '(?s:\\[!\\])\\Z'
    # expect: '[]' '(?s:\\[\\])\\Z'

names = ["main.py", "test_main.py", "README", "data.txt", "a.b", "abc", "axbyc", "b",
         "]", "[", "x.y+z", "-", "e", "^", "x", "a\\", "a[b", ".hidden.py", "a\nb.py"]
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])  # expect: '*.py' ['main.py', 'test_main.py', '.hidden.py', 'a\nb.py']
    # expect: 'a*b*c' ['abc', 'axbyc']
    # expect: '*' ['main.py', 'test_main.py', 'README', 'data.txt', 'a.b', 'abc', 'axbyc', 'b', ']', '[', 'x.y+z', '-', 'e', '^', 'x', 'a\\', 'a[b', '.hidden.py', 'a\nb.py']
    # expect: '**' ['main.py', 'test_main.py', 'README', 'data.txt', 'a.b', 'abc', 'axbyc', 'b', ']', '[', 'x.y+z', '-', 'e', '^', 'x', 'a\\', 'a[b', '.hidden.py', 'a\nb.py']
    # expect: '?' ['b', ']', '[', '-', 'e', '^', 'x']
    # expect: '[abc]' ['b']
    # expect: '[!abc]' [']', '[', '-', 'e', '^', 'x']
    # expect: '[a-z]*.txt' ['data.txt']
    # expect: '[]]' [']']
    # expect: '[!]]' ['b', '[', '-', 'e', '^', 'x']
    # expect: '[' ['[']
    # expect: 'a[b' ['a[b']
    # expect: '*a*b*' ['a.b', 'abc', 'axbyc', 'a[b', 'a\nb.py']
    # expect: 'x.y+z' ['x.y+z']
    # expect: '[a-c-e]' ['b', '-', 'e']
    # expect: '[z-a]' []
    # expect: '[!z-a]' ['b', ']', '[', '-', 'e', '^', 'x']
    # expect: '[a\\]]' []
    # expect: 'ab*' ['abc']
    # expect: '*ab' []
    # expect: 'a**b' ['a.b', 'a[b']
    # expect: '[^x]' ['^', 'x']
    # expect: '[--0]' ['-']
    # expect: '[[]' ['[']
    # expect: '[a-cz-a]' ['b']
    # expect: '[&~|]' []
    # expect: '[!]' []
    # expect: '[]' []

print(fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatch("main.py", "*.py"))  # expect: False True
print(fnmatch.filter(names, "*.py"), fnmatch.filter(["x1", "y1", "x2"], "x?"))  # expect: ['main.py', 'test_main.py', '.hidden.py', 'a\nb.py'] ['x1', 'x2']
print(fnmatch.fnmatchcase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*a*a*c"))  # expect: False
