class A:
    def __init__(self):
        print("A init")
        self.a = 1
class B(A):
    def __init__(self):
        print("B init start")
        super().__init__()
        self.b = 2
        print("B init end")
class C(B):
    pass
c = C()  # expect: B init start
# expect: A init
# expect: B init end
print(c.a, c.b)  # expect: 1 2
class D(A):
    def __init__(self, x):
        self.x = x
d = D(5)
print(hasattr(d, "a"), d.x)  # expect: False 5
