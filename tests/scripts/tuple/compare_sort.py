pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pts))  # expect: [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
print(max(pts), min(pts))  # expect: (2, 'b') (1, 'a')
print((1, 2, 3) < (1, 2), (1, 2) < (1, 2, 3))  # expect: False True
print(() < (0,), (1, "a") == (1, "a"))  # expect: True True
