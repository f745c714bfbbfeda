print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)))  # expect: True True False
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))  # expect: True True True
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(int, object))  # expect: True False True
print(type(1) == int, type(1.0).__name__, type("").__name__, type(None).__name__)  # expect: True float str NoneType
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(range(1)).__name__)  # expect: list tuple dict set range
print(type(len).__name__, type(lambda: 0).__name__, type(type).__name__)  # expect: builtin_function_or_method function type
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
