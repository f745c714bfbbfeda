x = "global"
class C:
    x = "class"
    y = x + "!"
    def get(self):
        return x
print(C.y, C().get())  # expect: class! global
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
for _ in range(3):
    Counter()
print(Counter.instances)  # expect: 3
class Nested:
    class Inner:
        value = 42
print(Nested.Inner.value, Nested.Inner.__name__)  # expect: 42 Inner
