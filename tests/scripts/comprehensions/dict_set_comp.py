print({x: x ** 2 for x in range(5)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
print({v: k for k, v in {"a": 1, "b": 2}.items()})  # expect: {1: 'a', 2: 'b'}
print(sorted({x % 3 for x in range(10)}))  # expect: [0, 1, 2]
print({w: len(w) for w in "the quick brown the".split()})  # expect: {'the': 3, 'quick': 5, 'brown': 5}
print({(i, j): i * j for i in range(2) for j in range(2) if i <= j})  # expect: {(0, 0): 0, (0, 1): 0, (1, 1): 1}
