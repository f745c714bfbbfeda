class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Default:
    pass
print(bool(Empty()), bool(Truthy()), bool(Default()), len(Empty()))  # expect: False True True 0
if not Empty():
    print("empty is falsy")  # expect: empty is falsy
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: __len__() should return >= 0
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: __bool__ should return bool, returned int
