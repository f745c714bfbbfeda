"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
estimated with the power method on A^T A."""


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    return [sum(a(i, j) * uj for j, uj in enumerate(u)) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum(a(j, i) * uj for j, uj in enumerate(u)) for i in range(n)]


def at_times_a(u):
    return times_transposed(times(u))


def spectral_norm(n, rounds=10):
    u = [1.0] * n
    for _ in range(rounds):
        v = at_times_a(u)
        u = at_times_a(v)
    vbv = sum(ui * vi for ui, vi in zip(u, v))
    vv = sum(vi * vi for vi in v)
    return (vbv / vv) ** 0.5


if __name__ == "__main__":
    print(f"{spectral_norm(250):.9f}")
