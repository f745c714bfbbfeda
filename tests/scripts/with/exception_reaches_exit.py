class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, repr(ev), tb is not None)
def f():
    with Tracker():
        return "returned"
print(f())
try:
    with Tracker():
        raise RuntimeError("boom")
except RuntimeError:
    print("caught after exit")
for i in range(2):
    with Tracker():
        if i == 0:
            continue
        print("body", i)

# expect: exit got None None False
# expect: returned
# expect: exit got RuntimeError RuntimeError('boom') True
# expect: caught after exit
# expect: exit got None None False
# expect: body 1
# expect: exit got None None False
