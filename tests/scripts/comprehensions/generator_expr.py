g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g))  # expect: 0 2 [4, 6] []
print(sum(x for x in range(101)))  # expect: 5050
print(max(len(w) for w in ["a", "abc", "ab"]))  # expect: 3
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))  # expect: True False
print(list((i, j) for i in range(2) for j in "ab"))  # expect: [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
print(type(g).__name__)  # expect: generator
print(",".join(str(i) for i in range(3)))  # expect: 0,1,2
