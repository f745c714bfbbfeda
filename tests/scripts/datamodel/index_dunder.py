class Idx:
    def __index__(self):
        return 2
lst = ["a", "b", "c", "d"]
print(lst[Idx()], lst[Idx():], hex(Idx()), bin(Idx()), range(10)[Idx()])  # expect: c ['c', 'd'] 0x2 0b10 2
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))  # expect: 7 2.5
