print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("  a  b   c ".split())  # expect: ['a', 'b', 'c']
print("a b c d".split(" ", 2))  # expect: ['a', 'b', 'c d']
print("a,b,c".rsplit(",", 1))  # expect: ['a,b', 'c']
print("  x y  z ".rsplit())  # expect: ['x', 'y', 'z']
print("".split(), "".split(","))  # expect: [] ['']
print("abc".split("abc"))  # expect: ['', '']
print("a--b--c".split("--"))  # expect: ['a', 'b', 'c']
print("one two three".rsplit(None, 1))  # expect: ['one two', 'three']
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: empty separator
