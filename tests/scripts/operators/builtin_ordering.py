# Comparisons of strs, ints and tuples of them take a fast path (no dunder lookup); it
# must agree with the full protocol, including subclasses that override it, NaN inside
# tuples, and TypeError for unorderable items.
class S(str):
    def __lt__(self, o):
        return True


print(S("b") < "a", "b" < S("a"))  # expect: True False
print("a" < "b", "é" < "z", "z" < "é", "" < "a", "ab" < "a")  # expect: True False True True False
print((1, "a") < (1, "b"), (1, 2) < (1, 2, 3), (1, 2) == (1, 2))  # expect: True True True
print((1, (2, "x")) < (1, (2, "y")), ((((1,),),),) < ((((2,),),),))  # expect: True True
print(sorted(["b", "a", "é", "A", "aa"]))  # expect: ['A', 'a', 'aa', 'b', 'é']
print(sorted([(2, "a"), (1, "z"), (1, "b")]))  # expect: [(1, 'b'), (1, 'z'), (2, 'a')]
print((1, float("nan")) < (1, 2.0), (1, 2) < (1, 2.5))  # expect: False True
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)  # expect: TypeError '<' not supported between instances of 'str' and 'int'
print(max(["x", "yy", "y"]), min([(3, "a"), (1, "b")]))  # expect: yy (1, 'b')
print("a" <= "a", "b" >= "a", "a" != "a", ("a",) > ("b",), (True, 1) < (1, 2))  # expect: True True False False True
print(sorted([S("b"), S("a")]))  # expect: ['a', 'b']
