def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))  # expect: Hello, Ann!
print(greet("Bob", "Hi"))  # expect: Hi, Bob!
print(greet("Cy", punct="?"))  # expect: Hello, Cy?
print(greet(greeting="Yo", name="Di"))  # expect: Yo, Di!
def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f(3, []))  # expect: [1, 2] [1, 2] [3]
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))  # expect: [1] [2]
x = 5
def h(v=x):
    return v
x = 6
print(h())  # expect: 5
print(greet.__defaults__)  # expect: ('Hello', '!')
