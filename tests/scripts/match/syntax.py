# `match` and `case` are soft keywords: names everywhere but at the head of a match
# statement and its case clauses. Pattern errors are syntax errors.
match = [1, 2]
case = {"x": 1}
print(match[0], case["x"])
match.append(3)
print(match)
match, case = case, match
print(match, case)


def match(*args):
    return args


print(match(1, 2))
case = 5
match (case):
    case 5:
        print("five")

bad = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case a as _:\n        pass\n",
    "match x:\n    case C(x=1, 2):\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case {'k': v, **v}:\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
]
for src in bad:
    try:
        exec(src)
        print("no error")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")

# An irrefutable pattern is fine when guarded or last.
for x in [1, 2]:
    match x:
        case y if y > 1:
            print("big", y)
        case y:
            print("small", y)

# expect: 1 1
# expect: [1, 2, 3]
# expect: {'x': 1} [1, 2, 3]
# expect: (1, 2)
# expect: five
# expect: SyntaxError: name capture 'y' makes remaining patterns unreachable (line 2)
# expect: SyntaxError: wildcard makes remaining patterns unreachable (line 2)
# expect: SyntaxError: name capture 'y' makes remaining patterns unreachable (line 2)
# expect: SyntaxError: multiple assignments to name 'a' in pattern (line 2)
# expect: SyntaxError: alternative patterns bind different names (line 2)
# expect: SyntaxError: mapping pattern checks duplicate key ('a') (line 2)
# expect: SyntaxError: attribute name repeated in class pattern: a (line 2)
# expect: SyntaxError: multiple starred names in sequence pattern (line 2)
# expect: SyntaxError: patterns may only match literals and attribute lookups (line 2)
# expect: SyntaxError: cannot use '_' as a target (line 2)
# expect: SyntaxError: positional patterns follow keyword patterns (line 2)
# expect: SyntaxError: invalid syntax (line 2)
# expect: SyntaxError: multiple assignments to name 'v' in pattern (line 2)
# expect: SyntaxError: expected an indented block after 'match' statement on line 1 (line 2)
# expect: small 1
# expect: big 2
