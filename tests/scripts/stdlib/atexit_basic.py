import atexit


def goodbye(name, punct="."):
    print("goodbye", name + punct)


def never():
    print("never printed")


def failing():
    raise ValueError("handler failed")


atexit.register(goodbye, "first")
atexit.register(never)
atexit.register(failing)
atexit.register(goodbye, "second", punct="!")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated runs first")


print(decorated.__name__)  # expect: decorated

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: the first argument must be callable
print("end of script")  # expect: end of script
# The handlers run at exit, last registered first; the failing one is reported on
# stderr and the exit status stays 0.
# expect: decorated runs first
# expect: goodbye second!
# expect: goodbye first.
