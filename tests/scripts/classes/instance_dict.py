class Rec:
    kind = "record"
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
r = Rec(a=1, b="two")
print(r.__dict__)  # expect: {'a': 1, 'b': 'two'}
r.c = [3]
print(r.__dict__, r.kind)  # expect: {'a': 1, 'b': 'two', 'c': [3]} record
delattr(r, "a")
print(r.__dict__, hasattr(r, "a"))  # expect: {'b': 'two', 'c': [3]} False
print(vars(r))  # expect: {'b': 'two', 'c': [3]}
