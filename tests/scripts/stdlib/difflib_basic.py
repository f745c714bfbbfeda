import difflib
from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())  # expect: [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
print(s.get_opcodes())  # expect: [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2), ('equal', 3, 5, 2, 4)]
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))  # expect: 0.888889 0.888889 0.888889
m = s.find_longest_match(0, 5, 0, 4)
print(m, m.a, m.b, m.size)  # expect: Match(a=0, b=0, size=2) 0 0 2
print(s.find_longest_match())  # expect: Match(a=0, b=0, size=2)

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))  # expect: 0.866
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))  # expect:   equal a[0:8] (private ) b[0:8] (private )
    # expect:  insert a[8:8] () b[8:17] (volatile )
    # expect:   equal a[8:29] (Thread currentThread;) b[17:38] (Thread currentThread;)
print(sorted(s.bjunk), sorted(s.bpopular))  # expect: [' '] []

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))  # expect: Match(a=0, b=4, size=5)
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))  # expect: Match(a=1, b=0, size=4)

# sequences of lines, set_seq1/set_seq2 reuse
s = SequenceMatcher()
s.set_seq2([1, 2, 3, 4, 5])
for a in ([1, 2, 3], [5, 4, 3, 2, 1], [], [9]):
    s.set_seq1(a)
    print(a, s.get_opcodes(), s.ratio())  # expect: [1, 2, 3] [('equal', 0, 3, 0, 3), ('insert', 3, 3, 3, 5)] 0.75
    # expect: [5, 4, 3, 2, 1] [('insert', 0, 0, 0, 4), ('equal', 0, 1, 4, 5), ('delete', 1, 5, 5, 5)] 0.2
    # expect: [] [('insert', 0, 0, 0, 5)] 0.0
    # expect: [9] [('replace', 0, 1, 0, 5)] 0.0
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, "", "").get_opcodes())  # expect: 1.0 []

# autojunk: popular elements of a long b are ignored by the search
a = "x" * 10 + "hello" + "x" * 10
b = "x" * 300 + "hello"
print(SequenceMatcher(None, a, b).get_matching_blocks()[:3])  # expect: [Match(a=0, b=290, size=15), Match(a=25, b=305, size=0)]
print(SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()[:3])  # expect: [Match(a=0, b=290, size=15), Match(a=25, b=305, size=0)]
print(SequenceMatcher(None, a, b).bpopular)  # expect: {'x'}

# grouped opcodes
a = [str(i) for i in range(30)]
b = a[:]
b[5] = "five"
del b[20]
b.insert(25, "new")
for g in SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(g)  # expect: [('equal', 3, 5, 3, 5), ('replace', 5, 6, 5, 6), ('equal', 6, 8, 6, 8)]
    # expect: [('equal', 18, 20, 18, 20), ('delete', 20, 21, 20, 20), ('equal', 21, 23, 20, 22)]
    # expect: [('equal', 24, 26, 23, 25), ('insert', 26, 26, 25, 26), ('equal', 26, 28, 26, 28)]
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))  # expect: []
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))  # expect: []

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))  # expect: ['apple', 'ape']
words = ["False", "None", "True", "and", "as", "assert", "async", "await", "break",
         "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
         "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
         "pass", "raise", "return", "try", "while", "with", "yield"]
print(difflib.get_close_matches("wheel", words))  # expect: ['while']
print(difflib.get_close_matches("apple", words))  # expect: ['False']
print(difflib.get_close_matches("accept", words))  # expect: ['except']
print(difflib.get_close_matches("lamdba", ["lambda", "lamb", "dba", "lamdba"], n=2, cutoff=0.3))  # expect: ['lamdba', 'lambda']
for bad in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches("x", ["y"], *bad)
    except ValueError as e:
        print("ValueError:", e)  # expect: ValueError: n must be > 0: 0
        # expect: ValueError: cutoff must be in [0.0, 1.0]: 1.5

before = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n",
          "eight\n", "nine\n", "ten\n", "eleven\n"]
after = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n",
         "eight\n", "nine\n", "ten\n", "eleven\n", "twelve\n"]
print("".join(difflib.unified_diff(before, after, fromfile="before.py", tofile="after.py")), end="")  # expect: --- before.py
# expect: +++ after.py
# expect: @@ -1,6 +1,6 @@
# expect: +zero
# expect:  one
# expect: -two
# expect: -three
# expect: +tree
# expect:  four
# expect:  five
# expect:  six
# expect: @@ -9,3 +9,4 @@
# expect:  nine
# expect:  ten
# expect:  eleven
# expect: +twelve
print("".join(difflib.unified_diff(before, after, "a", "b", "2005-01-26 23:30:50",  # expect: --- a	2005-01-26 23:30:50
# expect: +++ b	2010-04-02 10:20:52
# expect: @@ -1,4 +1,4 @@
# expect: +zero
# expect:  one
# expect: -two
# expect: -three
# expect: +tree
# expect:  four
# expect: @@ -11 +11,2 @@
# expect:  eleven
# expect: +twelve
                                   "2010-04-02 10:20:52", n=1)), end="")
print("".join(difflib.context_diff(before, after, fromfile="before.py", tofile="after.py")), end="")  # expect: *** before.py
# expect: --- after.py
# expect: ***************
# expect: *** 1,6 ****
# expect:   one
# expect: ! two
# expect: ! three
# expect:   four
# expect:   five
# expect:   six
# expect: --- 1,6 ----
# expect: + zero
# expect:   one
# expect: ! tree
# expect:   four
# expect:   five
# expect:   six
# expect: ***************
# expect: *** 9,11 ****
# expect: --- 9,12 ----
# expect:   nine
# expect:   ten
# expect:   eleven
# expect: + twelve
print("".join(difflib.context_diff(before, after, n=0)), end="")  # expect: ***
# expect: ---
# expect: ***************
# expect: *** 0 ****
# expect: --- 1 ----
# expect: + zero
# expect: ***************
# expect: *** 2,3 ****
# expect: ! two
# expect: ! three
# expect: --- 3 ----
# expect: ! tree
# expect: ***************
# expect: *** 11 ****
# expect: --- 12 ----
# expect: + twelve
for line in difflib.unified_diff("one two three".split(), "one three four".split(),
                                 lineterm=""):
    print(line)  # expect: ---
    # expect: +++
    # expect: @@ -1,3 +1,3 @@
    # expect:  one
    # expect: -two
    # expect:  three
    # expect: +four
print(list(difflib.unified_diff(["a"], ["a"])))  # expect: []
print(list(difflib.unified_diff([], ["a\n"])), list(difflib.unified_diff(["a\n"], [])))  # expect: ['--- \n', '+++ \n', '@@ -0,0 +1 @@\n', '+a\n'] ['--- \n', '+++ \n', '@@ -1 +0,0 @@\n', '-a\n']
print(list(difflib.context_diff([], ["a\n", "b\n"])), list(difflib.context_diff(["a\n"], [])))  # expect: ['*** \n', '--- \n', '***************\n', '*** 0 ****\n', '--- 1,2 ----\n', '+ a\n', '+ b\n'] ['*** \n', '--- \n', '***************\n', '*** 1 ****\n', '- a\n', '--- 0 ----\n']
try:
    list(difflib.unified_diff([b"a"], ["b"]))
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: lines to compare must be str, not bytes (b'a')
try:
    list(difflib.unified_diff(["a"], ["b"], fromfile=1))
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: all arguments must be str, not: 1
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"c\n"])))  # expect: [b'--- \n', b'+++ \n', b'@@ -1,2 +1,2 @@\n', b' a\n', b'-\xff\n', b'+c\n']

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print("".join(result), end="")  # expect:     1. Beautiful is better than ugly.
# expect: -   2. Explicit is better than implicit.
# expect: -   3. Simple is better than complex.
# expect: +   3.   Simple is better than complex.
# expect: ?     ++
# expect: -   4. Complex is better than complicated.
# expect: ?            ^                     ---- ^
# expect: +   4. Complicated is better than complex.
# expect: ?           ++++ ^                      ^
# expect: +   5. Flat is better than nested.
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                          "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")  # expect: - one
# expect: ?  ^
# expect: + ore
# expect: ?  ^
# expect: - two
# expect: - three
# expect: ?  -
# expect: + tree
# expect: + emu
print("".join(difflib.restore(diff, 1)), end="")  # expect: one
# expect: two
# expect: three
print("".join(difflib.restore(diff, 2)), end="")  # expect: ore
# expect: tree
# expect: emu
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: unknown delta choice (must be 1 or 2): 3
print(list(difflib.ndiff(["a\tb\n"], ["a\tc\n"])))  # expect: ['- a\tb\n', '?  \t^\n', '+ a\tc\n', '?  \t^\n']
print(list(difflib.ndiff(["same\n", "x\n"], ["y\n", "same\n"])))  # expect: ['+ y\n', '  same\n', '- x\n']
print(list(difflib.ndiff(["abc\n", "def\n", "ghi\n"], ["xyz\n"])))  # expect: ['+ xyz\n', '- abc\n', '- def\n', '- ghi\n']
print(list(difflib.ndiff(["#\n", "a\n"], ["b\n", "#\n"], linejunk=difflib.IS_LINE_JUNK)))  # expect: ['+ b\n', '  #\n', '- a\n']
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))  # expect: True True False
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))  # expect: True True False
