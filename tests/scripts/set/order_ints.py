# Sets iterate in CPython's hash-table slot order (ints hash to themselves), not in
# insertion order: displays, set(), add, comprehensions, growth past resizes.
print({3, 1, 2})  # expect: {1, 2, 3}
print(set([3, 1, 2, 100, -1, 64]))  # expect: {64, 1, 2, 3, 100, -1}
print({10, 2, 18})  # expect: {2, 18, 10}
s = set()
s.add(10)
s.add(2)
s.add(18)
print(s)  # expect: {18, 10, 2}
print({1, 17, 33, 49, 65, 81})  # expect: {65, 1, 33, 49, 17, 81}
print(set([1, 17, 33, 49, 65, 81]))  # expect: {65, 1, 33, 49, 17, 81}
print({x * 7 for x in range(20)})  # expect: {0, 133, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126}
print(set(range(100, 0, -3)))  # expect: {1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67, 70, 73, 76, 79, 82, 85, 88, 91, 94, 97, 100}
print({-5, -3, 2**40, 2**70, -(2**65), 0, 7})  # expect: {1099511627776, 1180591620717411303424, 0, 7, -36893488147419103232, -5, -3}
print(set([2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**63]))  # expect: {2305843009213693951, 2305843009213693952, 2305843009213693953, 9223372036854775808, -2305843009213693952}
print({i * 8 for i in range(30)})  # expect: {0, 128, 8, 136, 16, 144, 24, 152, 32, 160, 40, 168, 48, 176, 56, 184, 64, 192, 72, 200, 80, 208, 88, 216, 96, 224, 104, 232, 112, 120}
print({True, 2, 0})  # expect: {0, True, 2}
for x in {7, 15, 23, 1}:
    print(x, end=" ")
print()  # expect: 1 23 7 15
print([x for x in {31, 63, 95, 127, 1}])  # expect: [1, 31, 63, 95, 127]
print(*{3, 11, 19, 27})  # expect: 19 3 11 27
print(list({4, 12, 20}), tuple({4, 12, 20}))  # expect: [12, 20, 4] (12, 20, 4)
big = set()
for i in range(60000):
    big.add(i * 3)
print(list(big)[:6], list(big)[-4:])  # expect: [0, 131073, 3, 131076, 6, 131079] [131061, 131064, 131067, 131070]
