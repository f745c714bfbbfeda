class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt - self._balance)
        self._balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
class Savings(Account):
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))
a = Savings("ann", 100)
a.deposit(50)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed)  # expect: error: need 350 more 350
try:
    a.deposit(-1)
except ValueError as e:
    print("error:", e)  # expect: error: deposit must be positive
a.withdraw(30)
a.add_interest()
print(a, a.balance, a.history)  # expect: Account('ann', 122.4) 122.4 [('dep', 50), ('wd', 30), ('dep', 2.4)]
