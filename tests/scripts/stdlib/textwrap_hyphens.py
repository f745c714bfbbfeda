import textwrap

t = ("The well-known state-of-the-art approach: re-use mother-in-law's e-mail. "
     "Dr. Smith  went home.  He said hi. x")
for width in (10, 15, 20, 30):
    print(width, textwrap.wrap(t, width))
    print(width, textwrap.wrap(t, width, break_on_hyphens=False))
    print(width, textwrap.wrap(t, width, fix_sentence_endings=True))
print(textwrap.wrap("a--b---c ----- d-e-f-g", 3))
print(textwrap.wrap("hello-world-foo-bar-baz", 7))
print(textwrap.wrap("x" * 30 + "-" + "y" * 5, 12))
print(textwrap.wrap("123-456 abc-def-", 5))
print(textwrap.wrap("Look, goof-ball -- use the -b option!", 8))
print(textwrap.fill("Hello world. Bye now.  OK? yes!  Fine. 'Quoted.' end", 80, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=12, break_long_words=False)
print(w.wrap("supercalifragilistic-expialidocious word"))
print(textwrap.wrap("one\ttwo three\nfour", 8, tabsize=4))
print(textwrap.wrap("non\xa0breaking\xa0space here", 10))
w = textwrap.TextWrapper()
print(w.wordsep_re.split("Hello there -- you goof-ball, use the -b option!"))
print(w.wordsep_simple_re.split("Hello there -- you"))
print(textwrap.shorten("The well-known state-of-the-art approach", 25))

# expect: 10 ['The well-', 'known', 'state-of-', 'the-art', 'approach:', 're-use', 'mother-in-', "law's", 'e-mail.', 'Dr. Smith', 'went home.', 'He said', 'hi. x']
# expect: 10 ['The', 'well-known', 'state-of-t', 'he-art', 'approach:', 're-use mot', 'her-in-law', "'s e-mail.", 'Dr. Smith', 'went home.', 'He said', 'hi. x']
# expect: 10 ['The well-', 'known', 'state-of-', 'the-art', 'approach:', 're-use', 'mother-in-', "law's", 'e-mail.', 'Dr.  Smith', 'went home.', 'He said', 'hi.  x']
# expect: 15 ['The well-known', 'state-of-the-', 'art approach:', 're-use mother-', "in-law's", 'e-mail. Dr.', 'Smith  went', 'home.  He said', 'hi. x']
# expect: 15 ['The well-known ', 'state-of-the-ar', 't approach:', 're-use', "mother-in-law's", 'e-mail. Dr.', 'Smith  went', 'home.  He said', 'hi. x']
# expect: 15 ['The well-known', 'state-of-the-', 'art approach:', 're-use mother-', "in-law's", 'e-mail.  Dr.', 'Smith  went', 'home.  He said', 'hi.  x']
# expect: 20 ['The well-known', 'state-of-the-art', 'approach: re-use', "mother-in-law's", 'e-mail. Dr. Smith', 'went home.  He said', 'hi. x']
# expect: 20 ['The well-known', 'state-of-the-art', 'approach: re-use', "mother-in-law's", 'e-mail. Dr. Smith', 'went home.  He said', 'hi. x']
# expect: 20 ['The well-known', 'state-of-the-art', 'approach: re-use', "mother-in-law's", 'e-mail.  Dr.  Smith', 'went home.  He said', 'hi.  x']
# expect: 30 ['The well-known state-of-the-', 'art approach: re-use mother-', "in-law's e-mail. Dr. Smith", 'went home.  He said hi. x']
# expect: 30 ['The well-known', 'state-of-the-art approach:', "re-use mother-in-law's e-mail.", 'Dr. Smith  went home.  He said', 'hi. x']
# expect: 30 ['The well-known state-of-the-', 'art approach: re-use mother-', "in-law's e-mail.  Dr.  Smith", 'went home.  He said hi.  x']
# expect: ['a--', 'b', '---', 'c -', '---', '- d', '-e-', 'f-g']
# expect: ['hello-', 'world-', 'foo-', 'bar-baz']
# expect: ['xxxxxxxxxxxx', 'xxxxxxxxxxxx', 'xxxxxx-yyyyy']
# expect: ['123-', '456', 'abc-', 'def-']
# expect: ['Look,', 'goof-', 'ball --', 'use the', '-b', 'option!']
# expect: Hello world.  Bye now.  OK? yes!  Fine.  'Quoted.'  end
# expect: ['supercalifragilistic-', 'expialidocious', 'word']
# expect: ['one two', 'three', 'four']
# expect: ['non\xa0breaki', 'ng\xa0space', 'here']
# expect: ['', 'Hello', '', ' ', '', 'there', '', ' ', '', '--', '', ' ', '', 'you', '', ' ', '', 'goof-', '', 'ball,', '', ' ', '', 'use', '', ' ', '', 'the', '', ' ', '', '-b', '', ' ', '', 'option!', '']
# expect: ['Hello', ' ', 'there', ' ', '--', ' ', 'you']
# expect: The well-known [...]
