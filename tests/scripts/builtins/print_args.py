import sys
print("a", "b", "c")  # expect: a b c
print("a", "b", sep="-")  # expect: a-b
print("x", end="")
print("y")  # expect: xy
print("no", "sep", sep="")  # expect: nosep
print(1, 2, 3, sep=", ", end=".\n")  # expect: 1, 2, 3.
print()  # expect:
print("to stderr", file=sys.stderr)
print(*[1, 2, 3])  # expect: 1 2 3
print("a", None, 1.5, [1], sep="|")  # expect: a|None|1.5|[1]
print("multi\nline")  # expect: multi
# expect: line
