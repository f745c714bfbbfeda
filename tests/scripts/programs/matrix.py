def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mpow(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
a = [[1, 2], [3, 4]]
print(matmul(a, a))  # expect: [[7, 10], [15, 22]]
print(matmul(a, identity(2)) == a)  # expect: True
print(mpow([[1, 1], [1, 0]], 90)[0][1])  # expect: 2880067194370816120
t = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(t)  # expect: [[1, 4], [2, 5], [3, 6]]
