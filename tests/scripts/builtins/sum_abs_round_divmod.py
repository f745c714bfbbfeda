print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([]), sum(range(5), start=100))  # expect: 6 13 0.75 0 110
print(sum([[1], [2]], []))  # expect: [1, 2]
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
print(abs(-5), abs(3.5), abs(-0.0), abs(-2**70), abs(True))  # expect: 5 3.5 0.0 1180591620717411303424 1
print(round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 2), round(15, -1), round(25, -1))  # expect: 2 4 -2 0.3 20 20
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))  # expect: (3, 2) (-4, 3) (3.0, 2.5)
print(pow(2, 8), pow(2, -2), pow(3, 4, 5), pow(2, 100, 10**9 + 7))  # expect: 256 0.25 1 976371285
