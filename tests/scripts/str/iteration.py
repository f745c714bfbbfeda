for ch in "abc":
    print(ch)  # expect: a
    # expect: b
    # expect: c
print(list("hey"))  # expect: ['h', 'e', 'y']
print([c for c in "hello" if c != "l"])  # expect: ['h', 'e', 'o']
print(list(reversed("abc")))  # expect: ['c', 'b', 'a']
print(list(enumerate("ab")))  # expect: [(0, 'a'), (1, 'b')]
