class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(3.5)
print(f"{m:usd} {m:.1f} {m}")  # expect: $3.50 3.5 3.5
print(format(m, "usd"), "{:usd}".format(m))  # expect: $3.50 $3.50
