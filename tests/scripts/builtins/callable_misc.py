class C:
    def m(self):
        pass
print(callable(len), callable(C), callable(C().m), callable(C()), callable(None), callable(lambda: 0))  # expect: True True True False False True
print(callable(print), callable("s"), callable(str.upper))  # expect: True False True
