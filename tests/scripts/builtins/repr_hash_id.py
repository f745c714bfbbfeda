print(repr(1), repr("a"), repr([1, "a"]), repr(None), repr(1.5), repr((1,)))  # expect: 1 'a' [1, 'a'] None 1.5 (1,)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))  # expect: True True
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))  # expect: True True
print({1: "int", 1.0: "float", True: "bool"})  # expect: {1: 'bool'}
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))  # expect: True False
print(isinstance(id(a), int), isinstance(hash("x"), int))  # expect: True True
print(hash(-1) == hash(-1), hash(2**64) == hash(2**64))  # expect: True True
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'list'
