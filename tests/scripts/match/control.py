# match inside loops, functions, generators and classes; control flow out of cases;
# the subject is evaluated once; bindings stay visible after the statement.
calls = []


def subject():
    calls.append(1)
    return (1, 2)


match subject():
    case (0, _):
        pass
    case (1, b):
        print("b =", b)
print("subject evaluated", len(calls), "time(s)")

for i in range(6):
    match i % 3, i:
        case (0, 0):
            continue
        case (0, n):
            print("multiple of 3:", n)
        case (_, 4):
            break
        case (r, n):
            print(n, "rem", r)
print("after loop, n =", n)


def gen(items):
    for it in items:
        match it:
            case [x, y]:
                yield x + y
            case int(v):
                yield v
            case _:
                return


print(list(gen([[1, 2], 5, [3, 4], "stop", 9])))


class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 0


print(Config.level)


def nested(v):
    match v:
        case [int(a), [int(b), *more]] if more:
            match more:
                case [c]:
                    return ("one more", a, b, c)
                case _:
                    return ("many more", a, b, len(more))
        case [int(a), [int(b)]]:
            return ("pair", a, b)
        case _:
            return None


print(nested([1, [2, 3]]), nested([1, [2, 3, 4]]), nested([1, [2]]), nested("x"))


def or_bindings(v):
    match v:
        case [x, 0] | [0, x] | {"x": x}:
            return x
        case (1 | 2 | 3) as small:
            return f"small {small}"
    return "none"


print(or_bindings([5, 0]), or_bindings([0, 7]), or_bindings({"x": 9}), or_bindings(2), or_bindings(8))

# Sequence patterns use len() and iteration; str is not a sequence here.
match "ab":
    case [a, b]:
        print("str as sequence?!")
    case _:
        print("str is not a sequence pattern subject")
match range(2, 5):
    case [a, *rest]:
        print("range", a, rest)
match (1, 2, 3, 4, 5):
    case [first, *middle, last]:
        print(first, middle, last)
    case _:
        pass

# expect: b = 2
# expect: subject evaluated 1 time(s)
# expect: 1 rem 1
# expect: 2 rem 2
# expect: multiple of 3: 3
# expect: after loop, n = 3
# expect: [3, 5, 7]
# expect: 3
# expect: ('one more', 1, 2, 3) ('many more', 1, 2, 2) ('pair', 1, 2) None
# expect: 5 7 9 small 2 none
# expect: str is not a sequence pattern subject
# expect: range 2 [3, 4]
# expect: 1 [2, 3, 4] 5
from collections import deque
match deque([1, 2, 3]):
    case [a, *rest]:
        print("deque", a, rest)  # expect: deque 1 [2, 3]
