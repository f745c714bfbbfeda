a = [1, 2, 3]
try:
    a.remove(9)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: list.remove(x): x not in list
try:
    a.index(9)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: 9 is not in list
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: pop from empty list
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: list index out of range
try:
    a[5] = 0
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: list assignment index out of range
print(a.index(3, 1), a.index(2, 0, 2))  # expect: 2 1
