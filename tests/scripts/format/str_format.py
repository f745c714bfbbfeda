print("{} {}".format("a", "b"))  # expect: a b
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{name} is {age}".format(name="Ann", age=30))  # expect: Ann is 30
print("{0[1]} {d[key]}".format([10, 20], d={"key": "v"}))  # expect: 20 v
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))  # expect: 3,4
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))  # expect:        r|l       |   c    |
print("{:.2f} {:,} {:08.3f} {:+}".format(3.14159, 1234567, -3.14159, 5))  # expect: 3.14 1,234,567 -003.142 +5
print("{0:{1}}|".format("w", 5))  # expect: w    |
print("{{}} {}".format("braces"))  # expect: {} braces
print("{!r} {!s}".format("x", "y"))  # expect: 'x' y
print("{:x} {:b} {:#o}".format(255, 5, 8))  # expect: ff 101 0o10
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: Replacement index 1 out of range for positional args tuple
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'missing'
