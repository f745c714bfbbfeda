# Float arithmetic reuses the object of a temporary operand for its result; no value that a
# name, container or other reference can reach may change.
a = 1.5
b = 2.5
c = a * b + 1.0
print(a, b, c)  # expect: 1.5 2.5 4.75
p = a * b
q = p + 1.0
print(p, q)  # expect: 3.75 4.75
items = [a * b]
r = items[0] + 1.0
print(items, r)  # expect: [3.75] 4.75
s = items.pop() - 0.75
print(s, items)  # expect: 3.0 []
keep = [0.5 * 3.0]
t = keep[-1]
u = keep.pop() * 2.0
print(t, u)  # expect: 1.5 3.0


def pair():
    x = 0.25 * 2.0
    return x, x * 2.0 + 0.5


print(pair())  # expect: (0.5, 1.5)
v = 10.0
v -= 2.0 * 3.0
v += v * 0.5
print(v)  # expect: 6.0
acc = 0.0
seen = []
for i in range(5):
    acc += i * 0.5 + 0.25
    seen.append(acc)
print(seen)  # expect: [0.25, 1.0, 2.25, 4.0, 6.25]
# A subclass result is never written into: float + float of an exact float temporary.


class F(float):
    pass


w = F(2.0)
x = w * 1.0 + 1.0
print(type(x).__name__, x, type(w).__name__, w)  # expect: float 3.0 F 2.0
consts = 1.0 + 2.0
print(consts, 1.0 + 2.0)  # expect: 3.0 3.0
print((1.5 * 2.0) ** 2.0, 2.0 ** (1.0 + 1.0), 1 / (0.5 * 4))  # expect: 9.0 4.0 0.5
try:
    print(1.0 / (0.5 - 0.5))
except ZeroDivisionError as e:
    print(e)  # expect: float division by zero
