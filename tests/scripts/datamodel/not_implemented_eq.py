class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
print(A() == B())  # expect: A.__eq__
# expect: B.__eq__
# expect: True
print(A() == A())  # expect: A.__eq__
# expect: A.__eq__
# expect: False
class C:
    def __lt__(self, o):
        return NotImplemented
try:
    C() < C()
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: '<' not supported between instances of 'C' and 'C'
