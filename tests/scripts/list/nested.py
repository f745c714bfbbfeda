grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)  # expect: [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
print(grid[1][2], grid[-1][-1])  # expect: 5 8
grid[0][0] = "x"
print(grid[0])  # expect: ['x', 1, 2]
print([row[1] for row in grid])  # expect: [1, 4, 7]
print(list(zip(*grid)))  # expect: [('x', 3, 6), (1, 4, 7), (2, 5, 8)]
a = [1, [2, [3, [4]]]]
print(a[1][1][1][0])  # expect: 4
