words = "the cat and the hat and the bat".split()
s = set(words)
print(sorted(s))  # expect: ['and', 'bat', 'cat', 'hat', 'the']
print(len(s))  # expect: 5
print(sorted(s - {"the"}))  # expect: ['and', 'bat', 'cat', 'hat']
print(sorted({w[0] for w in words}))  # expect: ['a', 'b', 'c', 'h', 't']
print("cat" in s, "dog" in s)  # expect: True False
