class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder))  # expect: 6 11 True True
print(list(map(add5, [1, 2])))  # expect: [6, 7]
