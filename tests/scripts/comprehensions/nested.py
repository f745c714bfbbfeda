m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in m][:4])  # expect: [1, 4, 7, 2]
print([[row[i] for row in m] for i in range(3)])  # expect: [[1, 4, 7], [2, 5, 8], [3, 6, 9]]
print([x for row in m for x in row if x % 2])  # expect: [1, 3, 5, 7, 9]
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 3)})  # expect: {1: {1: 1, 2: 2}, 2: {1: 2, 2: 4}}
print(sum(sum(r) for r in m))  # expect: 45
