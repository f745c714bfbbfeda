print(1 in [1, 2], 1 in (1,), 1 in {1}, 1 in {1: "x"}, "x" in {1: "x"})  # expect: True True True True False
print("ab" in "cabd", [1] in [[1], [2]], (1, 2) in [(1, 2)])  # expect: True True True
print(3 not in range(3), 2 in range(3))  # expect: True True
print("k" in {"k": None}.keys(), None in {"k": None}.values())  # expect: True True
