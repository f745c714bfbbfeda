# array: CPython 3.11's exceptions and messages for out-of-range and wrong-type items,
# bad type codes and initializers, indexes, and method misuse.
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Idx:
    def __index__(self):
        return 7


# Every integer type code at and around its limits (the message says which C check failed).
edges = [-(2**64), -(2**63) - 1, -(2**63), -(2**31) - 1, -(2**15) - 1, -129, -1,
         128, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64]
for code in "bBhHiIlLqQ":
    print(code)
    for v in edges:
        try:
            A(code, [v])
        except OverflowError as e:
            print(" ", v, e)
show(lambda: A("i", [2**31 - 1, -(2**31)]))
show(lambda: A("B", [0, 255]))
show(lambda: A("b", [Idx()]))

# Wrong item types
for code in "bBhHiIlLqQ":
    show(lambda: A(code, ["x"]))
show(lambda: A("i", [1.5]))
show(lambda: A("q", [None]))
show(lambda: A("d", ["x"]))
show(lambda: A("f", [None]))
show(lambda: A("d", [2**2000]))
show(lambda: A("u", [1]))
show(lambda: A("u", ["ab"]))

# Methods report the same errors; the array is left unchanged
a = A("h", [1, 2])
show(lambda: a.append(40000))
show(lambda: a.append("1"))
show(lambda: a.insert(0, 1.0))
show(lambda: a.__setitem__(0, 2**15))
show(lambda: a.fromlist([3, 2**20]))
print(a)
show(lambda: a.extend([3, 2**20]))  # the items before the bad one stay, as in CPython
print(a)

# Construction
show(lambda: A())
show(lambda: A("z"))
show(lambda: A("ii"))
show(lambda: A(5))
show(lambda: A("i", [1], 2))
show(lambda: A("i", initializer=[1]))
show(lambda: A("i", "abc"))
show(lambda: A("i", 5))
show(lambda: A("i", None))
show(lambda: A("i", A("u", "ab")))
show(lambda: A("u", A("i", [1])))
show(lambda: A("i", b"\x01\x00\x00"))

# Indexing and slicing
a = A("i", [1, 2, 3])
show(lambda: a["x"])
show(lambda: a[1.0])
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a.__setitem__(3, 1))
show(lambda: a.__setitem__("x", 1))
show(lambda: a.__delitem__(3))
show(lambda: a.__setitem__(slice(0, 1), [1]))
show(lambda: a.__setitem__(slice(0, 1), A("d", [1])))
show(lambda: a.__setitem__(slice(None, None, 2), A("i", [1])))
show(lambda: a[::0])

# Methods
show(lambda: A("i").pop())
show(lambda: a.pop(3))
show(lambda: a.remove(9))
show(lambda: a.index(9))
show(lambda: a.index(1, 1))
show(lambda: a.index(1, "x"))
show(lambda: a.count())
show(lambda: a.fromlist((1,)))
show(lambda: a.frombytes("x"))
show(lambda: a.frombytes(b"123"))
show(lambda: a.frombytes(A("h", [1, 2])))
show(lambda: a.tobytes(1))
show(lambda: a.tounicode())
show(lambda: a.fromunicode("a"))
show(lambda: A("u").fromunicode(1))
show(lambda: a.extend(5))
show(lambda: a.extend(A("d")))
print(a)

# Operators
show(lambda: a + [1])
show(lambda: a + A("d"))
show(lambda: a * "x")
show(lambda: a * 1.5)
show(lambda: A("i", [1]) * 10**17)
show(lambda: A("q", [1]) * 2**62)
show(lambda: a == [1, 2, 3])


def iadd():
    b = A("i")
    b += [1]


show(iadd)

# expect: b
# expect:   -18446744073709551616 Python int too large to convert to C long
# expect:   -9223372036854775809 Python int too large to convert to C long
# expect:   -9223372036854775808 signed short integer is less than minimum
# expect:   -2147483649 signed short integer is less than minimum
# expect:   -32769 signed short integer is less than minimum
# expect:   -129 signed char is less than minimum
# expect:   128 signed char is greater than maximum
# expect:   256 signed char is greater than maximum
# expect:   32768 signed short integer is greater than maximum
# expect:   65536 signed short integer is greater than maximum
# expect:   2147483648 signed short integer is greater than maximum
# expect:   4294967296 signed short integer is greater than maximum
# expect:   9223372036854775808 Python int too large to convert to C long
# expect:   18446744073709551616 Python int too large to convert to C long
# expect: B
# expect:   -18446744073709551616 Python int too large to convert to C long
# expect:   -9223372036854775809 Python int too large to convert to C long
# expect:   -9223372036854775808 unsigned byte integer is less than minimum
# expect:   -2147483649 unsigned byte integer is less than minimum
# expect:   -32769 unsigned byte integer is less than minimum
# expect:   -129 unsigned byte integer is less than minimum
# expect:   -1 unsigned byte integer is less than minimum
# expect:   256 unsigned byte integer is greater than maximum
# expect:   32768 unsigned byte integer is greater than maximum
# expect:   65536 unsigned byte integer is greater than maximum
# expect:   2147483648 unsigned byte integer is greater than maximum
# expect:   4294967296 unsigned byte integer is greater than maximum
# expect:   9223372036854775808 Python int too large to convert to C long
# expect:   18446744073709551616 Python int too large to convert to C long
# expect: h
# expect:   -18446744073709551616 Python int too large to convert to C long
# expect:   -9223372036854775809 Python int too large to convert to C long
# expect:   -9223372036854775808 signed short integer is less than minimum
# expect:   -2147483649 signed short integer is less than minimum
# expect:   -32769 signed short integer is less than minimum
# expect:   32768 signed short integer is greater than maximum
# expect:   65536 signed short integer is greater than maximum
# expect:   2147483648 signed short integer is greater than maximum
# expect:   4294967296 signed short integer is greater than maximum
# expect:   9223372036854775808 Python int too large to convert to C long
# expect:   18446744073709551616 Python int too large to convert to C long
# expect: H
# expect:   -18446744073709551616 Python int too large to convert to C long
# expect:   -9223372036854775809 Python int too large to convert to C long
# expect:   -9223372036854775808 signed integer is less than minimum
# expect:   -2147483649 signed integer is less than minimum
# expect:   -32769 unsigned short is less than minimum
# expect:   -129 unsigned short is less than minimum
# expect:   -1 unsigned short is less than minimum
# expect:   65536 unsigned short is greater than maximum
# expect:   2147483648 signed integer is greater than maximum
# expect:   4294967296 signed integer is greater than maximum
# expect:   9223372036854775808 Python int too large to convert to C long
# expect:   18446744073709551616 Python int too large to convert to C long
# expect: i
# expect:   -18446744073709551616 Python int too large to convert to C long
# expect:   -9223372036854775809 Python int too large to convert to C long
# expect:   -9223372036854775808 signed integer is less than minimum
# expect:   -2147483649 signed integer is less than minimum
# expect:   2147483648 signed integer is greater than maximum
# expect:   4294967296 signed integer is greater than maximum
# expect:   9223372036854775808 Python int too large to convert to C long
# expect:   18446744073709551616 Python int too large to convert to C long
# expect: I
# expect:   -18446744073709551616 can't convert negative value to unsigned int
# expect:   -9223372036854775809 can't convert negative value to unsigned int
# expect:   -9223372036854775808 can't convert negative value to unsigned int
# expect:   -2147483649 can't convert negative value to unsigned int
# expect:   -32769 can't convert negative value to unsigned int
# expect:   -129 can't convert negative value to unsigned int
# expect:   -1 can't convert negative value to unsigned int
# expect:   4294967296 unsigned int is greater than maximum
# expect:   9223372036854775808 unsigned int is greater than maximum
# expect:   18446744073709551616 Python int too large to convert to C unsigned long
# expect: l
# expect:   -18446744073709551616 Python int too large to convert to C long
# expect:   -9223372036854775809 Python int too large to convert to C long
# expect:   9223372036854775808 Python int too large to convert to C long
# expect:   18446744073709551616 Python int too large to convert to C long
# expect: L
# expect:   -18446744073709551616 can't convert negative value to unsigned int
# expect:   -9223372036854775809 can't convert negative value to unsigned int
# expect:   -9223372036854775808 can't convert negative value to unsigned int
# expect:   -2147483649 can't convert negative value to unsigned int
# expect:   -32769 can't convert negative value to unsigned int
# expect:   -129 can't convert negative value to unsigned int
# expect:   -1 can't convert negative value to unsigned int
# expect:   18446744073709551616 Python int too large to convert to C unsigned long
# expect: q
# expect:   -18446744073709551616 int too big to convert
# expect:   -9223372036854775809 int too big to convert
# expect:   9223372036854775808 int too big to convert
# expect:   18446744073709551616 int too big to convert
# expect: Q
# expect:   -18446744073709551616 can't convert negative int to unsigned
# expect:   -9223372036854775809 can't convert negative int to unsigned
# expect:   -9223372036854775808 can't convert negative int to unsigned
# expect:   -2147483649 can't convert negative int to unsigned
# expect:   -32769 can't convert negative int to unsigned
# expect:   -129 can't convert negative int to unsigned
# expect:   -1 can't convert negative int to unsigned
# expect:   18446744073709551616 int too big to convert
# expect: array('i', [2147483647, -2147483648])
# expect: array('B', [0, 255])
# expect: array('b', [7])
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: TypeError: must be real number, not str
# expect: TypeError: must be real number, not NoneType
# expect: OverflowError: int too large to convert to float
# expect: TypeError: array item must be unicode character
# expect: TypeError: array item must be unicode character
# expect: OverflowError: signed short integer is greater than maximum
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is greater than maximum
# expect: array('h', [1, 2])
# expect: OverflowError: signed short integer is greater than maximum
# expect: array('h', [1, 2, 3])
# expect: TypeError: array() takes at least 1 argument (0 given)
# expect: ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: TypeError: array() argument 1 must be a unicode character, not str
# expect: TypeError: array() argument 1 must be a unicode character, not int
# expect: TypeError: array() takes at most 2 arguments (3 given)
# expect: TypeError: array.array() takes no keyword arguments
# expect: TypeError: cannot use a str to initialize an array with typecode 'i'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'NoneType' object is not iterable
# expect: TypeError: cannot use a unicode array to initialize an array with typecode 'i'
# expect: TypeError: array item must be unicode character
# expect: ValueError: bytes length not a multiple of item size
# expect: TypeError: array indices must be integers
# expect: TypeError: array indices must be integers
# expect: IndexError: array index out of range
# expect: IndexError: array index out of range
# expect: IndexError: array assignment index out of range
# expect: TypeError: array indices must be integers
# expect: IndexError: array assignment index out of range
# expect: TypeError: can only assign array (not "list") to array slice
# expect: TypeError: bad argument type for built-in operation
# expect: ValueError: attempt to assign array of size 1 to extended slice of size 2
# expect: ValueError: slice step cannot be zero
# expect: IndexError: pop from empty array
# expect: IndexError: pop index out of range
# expect: ValueError: array.remove(x): x not in array
# expect: ValueError: array.index(x): x not in array
# expect: ValueError: array.index(x): x not in array
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: TypeError: array.count() takes exactly one argument (0 given)
# expect: TypeError: arg must be list
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: bytes length not a multiple of item size
# expect: TypeError: a bytes-like object is required
# expect: TypeError: array.tobytes() takes no arguments (1 given)
# expect: ValueError: tounicode() may only be called on unicode type arrays
# expect: ValueError: fromunicode() may only be called on unicode type arrays
# expect: TypeError: fromunicode() argument must be str, not int
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: can only extend with array of same kind
# expect: array('i', [1, 2, 3])
# expect: TypeError: can only append array (not "list") to array
# expect: TypeError: bad argument type for built-in operation
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: MemoryError:
# expect: MemoryError:
# expect: False
# expect: TypeError: can only extend array with array (not "list")
