print(repr("a\tb".expandtabs()))  # expect: 'a       b'
print(repr("a\tb".expandtabs(4)))  # expect: 'a   b'
print(repr("ab\tcd\te".expandtabs(3)))  # expect: 'ab cd e'
print(repr("\t".expandtabs(2)))  # expect: '  '
