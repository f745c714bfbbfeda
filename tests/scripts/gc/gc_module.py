# The gc module's interface.
import gc

print(gc.isenabled())  # expect: True
gc.disable()
print(gc.isenabled())  # expect: False
gc.enable()
print(gc.isenabled())  # expect: True
print(type(gc.collect()).__name__)  # expect: int
print(type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)  # expect: int int
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: invalid generation
c = gc.get_count()
print(type(c).__name__, len(c))  # expect: tuple 3
t = gc.get_threshold()
print(type(t).__name__, len(t), t[0] > 0)  # expect: tuple 3 True
old = t
gc.set_threshold(5000)
print(gc.get_threshold()[0])  # expect: 5000
gc.set_threshold(*old)
print(gc.get_threshold() == old)  # expect: True
try:
    gc.enable(1)
except TypeError:
    print("TypeError")  # expect: TypeError
