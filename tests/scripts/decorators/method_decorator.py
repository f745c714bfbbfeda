def logged(m):
    def w(self, *a):
        print(f"{type(self).__name__}.{m.__name__}{a}")
        return m(self, *a)
    return w
class Acct:
    def __init__(self):
        self.bal = 0
    @logged
    def deposit(self, amt):
        self.bal += amt
        return self.bal
a = Acct()
a.deposit(5)  # expect: Acct.deposit(5,)
print(a.deposit(10))  # expect: Acct.deposit(10,)
# expect: 15
