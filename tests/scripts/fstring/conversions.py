class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
p = P()
print(f"{p} {p!s} {p!r}")  # expect: str-P str-P repr-P
print(f"{'é'!a}")  # expect: '\xe9'
print(f"{[p]}")  # expect: [repr-P]
s = "tab\there"
print(f"{s!r}")  # expect: 'tab\there'
print(f"{p!r:>10}|")  # expect:     repr-P|
