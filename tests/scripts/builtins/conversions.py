print(int("10"), float("1.5"), str(10), bool("x"), list("ab"), tuple([1]))  # expect: 10 1.5 10 True ['a', 'b'] (1,)
print(dict(a=1), dict([("b", 2)]), set([1, 1]), frozenset([2, 2]) == frozenset({2}))  # expect: {'a': 1} {'b': 2} {1} True
print(int(), float(), str(), bool(), list(), tuple(), dict())  # expect: 0 0.0  False [] () {}
print(str(b"ab"), bytes("hi", "utf-8"), list(b"ab"))  # expect: b'ab' b'hi' [97, 98]
print(int("-0"), float("-0"), int(" 12 "), float(".5"), float("5."))  # expect: 0 -0.0 12 0.5 5.0
print(tuple({"x": 1}), list({"y": 2}.items()))  # expect: ('x',) [('y', 2)]
