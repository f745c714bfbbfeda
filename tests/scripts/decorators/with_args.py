def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bo"))  # expect: ['hi bo', 'hi bo', 'hi bo']
def prefix(p, sep=": "):
    def deco(f):
        def w(msg):
            return p + sep + f(msg)
        return w
    return deco
@prefix("LOG")
@prefix("inner", sep="> ")
def log(m):
    return m
print(log("message"))  # expect: LOG: inner> message
