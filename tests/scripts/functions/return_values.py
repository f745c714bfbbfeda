def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())  # expect: 1 two [3] (1, 'two', [3])
def early(x):
    if x:
        return "early"
    print("not early")
print(early(1))  # expect: early
print(early(0))  # expect: not early
# expect: None
def nested():
    def inner():
        return "inner"
    return inner
print(nested()())  # expect: inner
