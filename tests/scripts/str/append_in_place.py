# `s += t` on a local string that nothing else references grows it in place (linear, not
# quadratic, in a loop); every other reference must keep seeing the old value.


def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s


# (30,000 appends: under AddressSanitizer, whose realloc always moves the block, the
# loop is quadratic, and 100,000 took 20 s of a busy CI machine.)
r = build(30000)
print(len(r), r[:4], r[-4:])  # expect: 60000 abab abab


def constants_stay():
    s = "const"
    s += "-grown"
    s += "!"
    return s


print(constants_stay(), constants_stay())  # expect: const-grown! const-grown!


def aliases():
    s = "x" * 3
    t = s
    s += "y"
    items = [s]
    s += "z"
    d = {s: 1}
    s += "w"
    return t, items, d, s


print(aliases())  # expect: ('xxx', ['xxxy'], {'xxxyz': 1}, 'xxxyzw')


def self_append():
    s = "ab" * 2
    s += s
    s += s[1:3]
    return s


print(self_append())  # expect: ababababba


def hashes():
    s = "key" + str(1)
    h1 = hash(s)
    s += "-more"
    return h1 == hash("key1"), hash(s) == hash("key1-more"), {s: 1}.get("key1-more")


print(hashes())  # expect: (True, True, 1)


def unicode():
    s = "é" * 40
    first = s[37]
    s += "ü" * 3
    s += "ß"
    return len(s), s[37:], s[-1], s[-2], s.index("ß"), first


print(unicode())  # expect: (44, 'éééüüüß', 'ß', 'ü', 43, 'é')


class Sub(str):
    def __radd__(self, other):
        return "radd:" + other


def subclasses():
    s = "a" * 2
    s += Sub("b")
    t = Sub("q")
    t += "r"
    return s, type(t).__name__, t


print(subclasses())  # expect: ('radd:aa', 'str', 'qr')


def gen():
    s = "g" * 2
    while len(s) < 5:
        s += "+"
        yield s


print(list(gen()))  # expect: ['gg+', 'gg++', 'gg+++']
try:
    s = "a" * 2
    s += 1
except TypeError as e:
    print(e)  # expect: can only concatenate str (not "int") to str


def walrus():
    s = "p" * 2
    s += (s := "q")
    return s


print(walrus())  # expect: ppq
