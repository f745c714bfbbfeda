"""N-queens: count every placement of n non-attacking queens, with sets for the occupied
columns and diagonals, and list the first few solutions for n = 8."""


def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    return place(0)


def main():
    for n in range(4, 12):
        print(n, sum(1 for _ in solve(n)))
    for solution in list(solve(8))[:3]:
        print(" ".join(str(c) for c in solution))


if __name__ == "__main__":
    main()
