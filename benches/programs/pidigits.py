"""Digits of pi from Gibbons' unbounded spigot algorithm (big-integer arithmetic)."""


def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main(count=3000):
    digits = []
    for i, d in zip(range(count), pi_digits()):
        digits.append(str(d))
    text = "".join(digits)
    for start in range(0, count, 50):
        print(text[start:start + 50])
    print("sum", sum(map(int, text)))


if __name__ == "__main__":
    main()
