class A:
    pass
class B(A):
    pass
b = B()
print(type(b) is B, type(b) is A, type(b) == B)  # expect: True False True
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(b, (int, A)))  # expect: True False True
print(issubclass(B, A), issubclass(B, (str, A)), issubclass(A, object))  # expect: True True True
print(type(b).__name__, type(B).__name__, type(type).__name__)  # expect: B type type
print(type(1), type("s"), type([]), type(None), type(B()))  # expect: <class 'int'> <class 'str'> <class 'list'> <class 'NoneType'> <class '__main__.B'>
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))  # expect: True False True
print(B.__name__, B.__qualname__)  # expect: B B
