s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])  # expect: cde abc hij hij abcdefg
print(s[::2], s[1::2], s[::-1], s[::-2])  # expect: acegi bdfhj jihgfedcba jhfdb
print(s[8:2:-1], s[8:2:-3], s[-1:-4:-1])  # expect: ihgfed if jih
print(repr(s[5:2]), repr(s[100:]), s[-100:3])  # expect: '' '' abc
print(s[0], s[-1], s[5])  # expect: a j f
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: string index out of range
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: slice step cannot be zero
