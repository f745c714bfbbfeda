# Item access on exact lists takes a fast path; a list subclass's own __getitem__ and
# __setitem__ must still be called.
class Logged(list):
    def __getitem__(self, i):
        return ("get", i)

    def __setitem__(self, i, v):
        print("set", i, v)


l = Logged([1, 2, 3])
for i in range(2):
    print(l[i], l[-1])  # expect: ('get', 0) ('get', -1)
                        # expect: ('get', 1) ('get', -1)
l[1] = 5  # expect: set 1 5
print(list(l))  # expect: [1, 2, 3]


class Plain(list):
    pass


p = Plain([1, 2, 3])
p[0] = 10
p[-1] = 30
print(p[0], p[-1], p)  # expect: 10 30 [10, 2, 30]

# Exact lists: negative indexes, and the errors CPython gives.
a = [0] * 4
for i in range(-4, 4):
    a[i] = i
print(a)  # expect: [0, 1, 2, 3]
for bad in (4, -5, 2**70):
    try:
        a[bad] = 1
    except IndexError as e:
        print("IndexError:", e)  # expect: IndexError: list assignment index out of range
                                 # expect: IndexError: list assignment index out of range
                                 # expect: IndexError: cannot fit 'int' into an index-sized integer
try:
    a["x"] = 1
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: list indices must be integers or slices, not str
a[True] = 7
print(a)  # expect: [0, 7, 2, 3]

# Indexes beyond a machine word: IndexError for items, OverflowError for pop/insert.
b = [1]
seen = []
for k in (2**70, -(2**70)):
    for op in (lambda: b.__delitem__(k), lambda: b.pop(k), lambda: b.insert(k, 5)):
        try:
            op()
        except (IndexError, OverflowError) as e:
            seen.append(type(e).__name__ + ": " + str(e))
for line in seen:
    print(line)  # expect: IndexError: cannot fit 'int' into an index-sized integer
                 # expect: OverflowError: Python int too large to convert to C ssize_t
                 # expect: OverflowError: Python int too large to convert to C ssize_t
                 # expect: IndexError: cannot fit 'int' into an index-sized integer
                 # expect: OverflowError: Python int too large to convert to C ssize_t
                 # expect: OverflowError: Python int too large to convert to C ssize_t
print(b)  # expect: [1]
