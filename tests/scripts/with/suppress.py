class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):  # expect: suppressed KeyError 'nope'
    {}["nope"]
    print("not reached")
print("after suppress")  # expect: after suppress
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("propagated", e)  # expect: propagated passes through
