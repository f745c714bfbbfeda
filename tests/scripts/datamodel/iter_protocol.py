class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))  # expect: [3, 2, 1]
for x in Countdown(2):
    print(x)  # expect: 2
    # expect: 1
class Repeat:
    def __init__(self, v, k):
        self.v, self.k = v, k
    def __iter__(self):
        for _ in range(self.k):
            yield self.v
print(list(Repeat("a", 3)), sum(Repeat(2, 5)), "a" in Repeat("a", 1))  # expect: ['a', 'a', 'a'] 10 True
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))  # expect: 2 1 done
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq())  # expect: [0, 10, 20] True
