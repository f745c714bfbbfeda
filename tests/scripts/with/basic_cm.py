class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with CM("a") as v:
    print("body", v)
with CM("x"), CM("y") as y:
    print("two managers", y)
with CM("plain"):
    pass

# expect: enter a
# expect: body A
# expect: exit a None
# expect: enter x
# expect: enter y
# expect: two managers Y
# expect: exit y None
# expect: exit x None
# expect: enter plain
# expect: exit plain None
