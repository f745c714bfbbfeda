x = "outer"
r = [x for x in range(3)]
print(x, r)  # expect: outer [0, 1, 2]
y = 10
print([y + i for i in range(3)])  # expect: [10, 11, 12]
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)  # expect: [2, 4, 6]
fns = [lambda: i for i in range(3)]
print([f() for f in fns])  # expect: [2, 2, 2]
try:
    print(i)
except NameError as e:
    print("NameError:", e)  # expect: NameError: name 'i' is not defined
